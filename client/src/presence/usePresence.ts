// Who is following the open room live: the viewer count and the members online, read once and then
// kept current by PresenceChanged (`viewerCount` as sent; `joined`/`left` applied to the list;
// large rooms send no per-user changes, so their list is the one read). Presence is not replayed,
// so it is read again after every reconnect; changes that arrive while it is being read are
// applied on top of the answer.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReconnected } from '../events/useReconnected';
import { useRoomEvents } from '../events/useRoomEvents';
import type { RoomEventOf } from '../events/roomEventStream';
import { graphql } from '../gql';
import type { RoomPresenceQuery } from '../gql/graphql';

const ONLINE_LIMIT = 50;

const roomPresenceQuery = graphql(`
  query RoomPresence($roomId: ID!, $first: Int!) {
    room(id: $roomId) {
      id
      viewerCount
    }
    onlineMembers(roomId: $roomId, first: $first) {
      edges {
        node {
          id
          displayName
          username
          isGuest
        }
      }
    }
  }
`);

export type OnlineMember = RoomPresenceQuery['onlineMembers']['edges'][number]['node'];

export interface Presence {
  /** Null until first read. */
  viewerCount: number | null;
  members: OnlineMember[];
}

type Change = RoomEventOf<'PresenceChanged'>;

function applyChange(presence: Presence, change: Change): Presence {
  const left = new Set(change.left.map((user) => user.id));
  const staying = presence.members.filter((m) => !left.has(m.id));
  const joined = change.joined.filter((user) => !staying.some((m) => m.id === user.id));
  return { viewerCount: change.viewerCount, members: [...staying, ...joined] };
}

export function usePresence(roomId: string): Presence {
  const apollo = useApolloClient();
  const [presence, setPresence] = useState<Presence>({ viewerCount: null, members: [] });
  /** Changes received while a read is in flight, applied to its answer. */
  const during = useRef<Change[] | null>(null);

  const read = useCallback(() => {
    const changes: Change[] = [];
    during.current = changes;
    apollo
      .query({ query: roomPresenceQuery, variables: { roomId, first: ONLINE_LIMIT }, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (!data || during.current !== changes) return;
        during.current = null;
        const read: Presence = { viewerCount: data.room.viewerCount, members: data.onlineMembers.edges.map((edge) => edge.node) };
        setPresence(changes.reduce(applyChange, read));
      })
      .catch(() => {
        if (during.current === changes) during.current = null;
      });
  }, [apollo, roomId]);

  useEffect(read, [read]);
  useReconnected(read);

  useRoomEvents((event) => {
    if (event.__typename !== 'PresenceChanged') return;
    during.current?.push(event);
    setPresence((current) => applyChange(current, event));
  });

  return presence;
}
