// Tells the room the viewer is typing: `setTyping(true)` at most every 3 s while they type (the
// server forgets it 6 s after the last one), `setTyping(false)` once when they stop (sent, left the
// field, cleared it, or left the room). Failures are ignored: typing is a hint.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { graphql } from '../gql';

const REPEAT_MS = 3000;

const setTypingMutation = graphql(`
  mutation SetTyping($roomId: ID!, $typing: Boolean!) {
    setTyping(roomId: $roomId, typing: $typing)
  }
`);

/** Call with true on every keystroke that leaves text, false when the viewer stops. */
export type TypingNotifier = (typing: boolean) => void;

export function useTypingNotifier(roomId: string): TypingNotifier {
  const apollo = useApolloClient();
  /** When `true` was last sent; 0 when the server thinks the viewer is not typing. */
  const saidAt = useRef(0);

  const send = useCallback(
    (typing: boolean) => {
      apollo.mutate({ mutation: setTypingMutation, variables: { roomId, typing }, fetchPolicy: 'no-cache' }).catch(() => {});
    },
    [apollo, roomId],
  );

  useEffect(
    () => () => {
      if (saidAt.current !== 0) send(false);
      saidAt.current = 0;
    },
    [send],
  );

  return useCallback(
    (typing: boolean) => {
      const now = Date.now();
      if (typing && now - saidAt.current >= REPEAT_MS) {
        saidAt.current = now;
        send(true);
      } else if (!typing && saidAt.current !== 0) {
        saidAt.current = 0;
        send(false);
      }
    },
    [send],
  );
}
