// Moves the viewer's read marker while they are looking at the room: `markRead(roomId, lastSeq)`
// a second after new events arrive — at most once a second, with the newest seq then, so a busy room
// is still marked — only while the page is visible and the window focused (and once more on the way
// out, if one was waiting). The answer updates the room's badge counts
// in the cache; the server also sends UnreadChanged to the viewer's other tabs.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';

const DELAY_MS = 1000;

const markReadMutation = graphql(`
  mutation MarkRead($roomId: ID!, $seq: Int!) {
    markRead(roomId: $roomId, seq: $seq) {
      lastReadSeq
      unreadCount
      mentionCount
    }
  }
`);

const attentive = () => document.visibilityState === 'visible' && document.hasFocus();

/** The window gained or lost focus, or the page was shown or hidden. */
function useAttention(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const bump = () => setChanges((n) => n + 1);
    window.addEventListener('focus', bump);
    window.addEventListener('blur', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.removeEventListener('focus', bump);
      window.removeEventListener('blur', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return changes;
}

/**
 * `readSeq` is where the marker was when the room was opened (null: not a member, nothing to do);
 * `enabled` is false while the viewer is not looking at the newest messages.
 */
export function useMarkRead(roomId: string, lastSeq: number, readSeq: number | null, enabled: boolean): void {
  const apollo = useApolloClient();
  const attention = useAttention();
  const marked = useRef(0);
  /** The newest seq to mark, and the timer that will mark it. */
  const wanted = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const send = useRef((_seq: number) => {});

  send.current = (seq: number) => {
    if (seq <= marked.current) return;
    const before = marked.current;
    marked.current = seq;
    apollo
      .mutate({
        mutation: markReadMutation,
        variables: { roomId, seq },
        fetchPolicy: 'no-cache',
        update(cache, { data }) {
          if (!data) return;
          const { lastReadSeq, unreadCount, mentionCount } = data.markRead;
          cache.modify({
            id: cache.identify({ __typename: 'Room', id: roomId }),
            fields: { myMembership: (membership) => (membership ? { ...membership, lastReadSeq, unreadCount, mentionCount } : membership) },
          });
        },
      })
      .catch(() => {
        if (marked.current === seq) marked.current = before; // the next event tries again
      });
  };

  // Leaving the room with a mark still waiting: the viewer saw those messages.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      send.current(wanted.current);
    },
    [],
  );

  useEffect(() => {
    const stop = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    if (readSeq === null || !enabled || !attentive()) return stop();
    marked.current = Math.max(marked.current, readSeq);
    if (lastSeq <= marked.current) return;
    wanted.current = lastSeq;
    if (timer.current) return; // the waiting one sends the newest seq
    timer.current = setTimeout(() => {
      timer.current = null;
      send.current(wanted.current);
    }, DELAY_MS);
  }, [lastSeq, readSeq, enabled, attention]);
}
