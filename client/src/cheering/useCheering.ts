// Room-wide cheering: sending one emoji (`sendRoomReaction`), and what RoomReactionBurst events
// bring: floaters to draw (see cheerFloaters.ts) and a running total per emoji for this visit.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { useRoomEvents } from '../events/useRoomEvents';
import { graphql } from '../gql';
import { readableError } from '../ui/readableError';
import { MAX_ON_SCREEN, planFloaters, type Floater } from './cheerFloaters';

const sendRoomReactionMutation = graphql(`
  mutation SendRoomReaction($roomId: ID!, $emoji: String!) {
    sendRoomReaction(roomId: $roomId, emoji: $emoji)
  }
`);

export interface Cheering {
  totals: Record<string, number>;
  floaters: Floater[];
  error: string | null;
  cheer(emoji: string): void;
  /** A floater finished its animation. */
  landed(id: number): void;
}

export function useCheering(roomId: string): Cheering {
  const apollo = useApolloClient();
  const [totals, setTotals] = useState<Record<string, number>>({});
  const [floaters, setFloaters] = useState<Floater[]>([]);
  const [error, setError] = useState<string | null>(null);
  const nextId = useRef(0);

  // Hot path: at most one burst per room every 250 ms.
  useRoomEvents((event) => {
    if (event.__typename !== 'RoomReactionBurst') return;
    setTotals((current) => {
      const next = { ...current };
      for (const { emoji, count } of event.counts) next[emoji] = (next[emoji] ?? 0) + count;
      return next;
    });
    const firstId = nextId.current;
    nextId.current += 100;
    setFloaters((current) => [...current, ...planFloaters(event.counts, firstId, MAX_ON_SCREEN - current.length)]);
  });

  const cheer = useCallback(
    (emoji: string) => {
      apollo
        .mutate({ mutation: sendRoomReactionMutation, variables: { roomId, emoji }, fetchPolicy: 'no-cache' })
        .then(() => setError(null))
        .catch((caught) => setError(readableError(caught)));
    },
    [apollo, roomId],
  );

  const landed = useCallback((id: number) => setFloaters((current) => current.filter((f) => f.id !== id)), []);
  return { totals, floaters, error, cheer, landed };
}
