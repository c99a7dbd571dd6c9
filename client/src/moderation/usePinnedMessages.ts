// The open room's pinned messages, read with the room's lastSeq and kept live by the room's
// durable events (see pinnedList.ts for why none is missed or applied twice). Read again after a
// reconnect, and whenever events turn out to have been missed.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoomEvent } from '../events/roomEventStream';
import { useReconnected } from '../events/useReconnected';
import { useRoomEvents } from '../events/useRoomEvents';
import { graphql } from '../gql';
import { applyPinEvent, fromRead, type PinnedList, type PinnedMessage } from './pinnedList';

const pinnedMessagesQuery = graphql(`
  query PinnedMessages($roomId: ID!) {
    room(id: $roomId) {
      id
      lastSeq
      pinnedMessages {
        ...MessageFields
        pinnedAt
      }
    }
  }
`);

export interface PinnedMessages {
  /** Most recently pinned first. */
  messages: PinnedMessage[];
  ids: ReadonlySet<string>;
}

export function usePinnedMessages(roomId: string): PinnedMessages {
  const apollo = useApolloClient();
  const [list, setList] = useState<PinnedList | null>(null);
  /** What is shown, and the events received while a read is in flight (applied to its answer). */
  const state = useRef<{ list: PinnedList | null; during: RoomEvent[] | null }>({ list: null, during: null });
  const [reads, setReads] = useState(0);
  const reread = useCallback(() => setReads((n) => n + 1), []);

  const show = (next: PinnedList | null) => {
    if (!next || next === state.current.list) return;
    state.current.list = next;
    setList(next);
  };

  useEffect(() => {
    let cancelled = false;
    const events: RoomEvent[] = [];
    state.current.during = events;
    apollo
      .query({ query: pinnedMessagesQuery, variables: { roomId }, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        state.current.during = null;
        const { list: next, gap } = fromRead(data.room.pinnedMessages, data.room.lastSeq, events);
        show(next);
        if (gap) reread();
      })
      .catch(() => {
        if (cancelled) return;
        state.current.during = null;
        // Keep what is shown as current as it can be; the next reconnect reads it again.
        let current = state.current.list;
        for (const event of events) if (current) current = applyPinEvent(current, event).list;
        show(current);
      });
    return () => {
      cancelled = true;
    };
  }, [apollo, roomId, reads, reread]);

  useReconnected(reread);

  useRoomEvents((event) => {
    const { list: current, during } = state.current;
    if (during) return void during.push(event);
    if (!current) return;
    const { list: next, gap } = applyPinEvent(current, event);
    show(next);
    if (gap) reread();
  });

  const messages = useMemo(() => list?.messages ?? [], [list]);
  const ids = useMemo(() => new Set(messages.map((m) => m.id)), [messages]);
  return { messages, ids };
}
