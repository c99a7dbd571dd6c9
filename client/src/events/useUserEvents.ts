// The one `userEvents` subscription of a signed-in viewer, kept in the Apollo cache: UnreadChanged
// sets the room's badge counts, RoomAdded puts the room in the list, Mentioned makes the room flash
// for a moment. After a reconnect the room list is read again (counts may have moved meanwhile).
// Every event is also handed to the user event bus for the other features (moderation notices).
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { roomsQuery } from '../rooms/useRooms';
import { useSession } from '../users/useSession';
import { useUserEventBus } from './UserEventBusContext';
import { openUserEventStream, type UserEvent } from './userEventStream';
import { useSocket } from './useSocket';

const FLASH_MS = 2500;

/** Returns the rooms to flash now (someone mentioned the viewer there). */
export function useUserEvents(): ReadonlySet<string> {
  const apollo = useApolloClient();
  const bus = useUserEventBus();
  const socket = useSocket();
  const { signedIn } = useSession();
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!signedIn) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();

    function flash(roomId: string): void {
      setFlashing((current) => new Set(current).add(roomId));
      const timer = setTimeout(() => {
        timers.delete(timer);
        setFlashing((current) => {
          const next = new Set(current);
          next.delete(roomId);
          return next;
        });
      }, FLASH_MS);
      timers.add(timer);
    }

    function apply(event: UserEvent): void {
      const { cache } = apollo;
      if (event.__typename === 'UnreadChanged') {
        const { unreadCount, mentionCount } = event;
        cache.modify({
          id: cache.identify({ __typename: 'Room', id: event.room.id }),
          fields: { myMembership: (membership) => (membership ? { ...membership, unreadCount, mentionCount } : membership) },
        });
      } else if (event.__typename === 'RoomAdded') {
        cache.updateQuery({ query: roomsQuery }, (data) => {
          if (!data || data.rooms.edges.some((edge) => edge.node.id === event.room.id)) return data;
          return { ...data, rooms: { ...data.rooms, edges: [{ __typename: 'RoomEdge' as const, node: event.room }, ...data.rooms.edges] } };
        });
      } else if (event.__typename === 'Mentioned') {
        flash(event.room.id);
      }
      bus.publish(event);
    }

    const stream = openUserEventStream(socket.client, {
      onEvent: apply,
      onResumed: () => void apollo.refetchQueries({ include: [roomsQuery] }).catch(() => {}),
    });
    return () => {
      stream.close();
      for (const timer of timers) clearTimeout(timer);
      setFlashing(new Set());
    };
  }, [apollo, socket, bus, signedIn]);

  return flashing;
}
