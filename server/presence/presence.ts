// Presence: who follows which room live, derived from open roomEvents streams (one process's view).
// The shell around presenceState: read, decide, publish `PresenceChanged`, and own the one trailing
// timer a large room may need. Dead sockets need nothing here: graphql-ws keep-alive terminates them,
// their streams end, and the stream's leave function runs.
import type { PubSub } from '../pubsub';
import { closeStream, createPresenceState, isOnline, openStream, planBroadcast, presentUserIds, viewerCount, type PresenceChange } from './presenceState';
import { idleThrottle, onWake, type Throttle } from './throttle';

export interface PresenceDeps {
  pubsub: PubSub;
  largeRoomViewers: number;
  now?: () => number;
}

export type Presence = ReturnType<typeof createPresence>;

interface RoomBroadcast {
  throttle: Throttle;
  timer: ReturnType<typeof setTimeout> | null;
}

export function createPresence({ pubsub, largeRoomViewers, now = () => Date.now() }: PresenceDeps) {
  const state = createPresenceState();
  /** Rooms with at least one viewer; dropped with their timer when the last one leaves. */
  const broadcasts = new Map<string, RoomBroadcast>();
  let disposed = false;

  function publish(roomId: string, joinedIds: string[], leftIds: string[]): void {
    pubsub.publish('room', roomId, { type: 'PresenceChanged', roomId, viewerCount: viewerCount(state, roomId), joinedIds, leftIds });
  }

  function stopTimer(room: RoomBroadcast): void {
    if (room.timer) clearTimeout(room.timer);
    room.timer = null;
  }

  /** The trailing edge in a large room: the count as it is now. */
  function wake(roomId: string, room: RoomBroadcast): void {
    room.timer = null;
    const { send, next } = onWake(room.throttle, now());
    room.throttle = next;
    if (send) publish(roomId, [], []);
  }

  function broadcast(change: PresenceChange): void {
    const room = broadcasts.get(change.roomId) ?? { throttle: idleThrottle, timer: null };
    const plan = planBroadcast(room.throttle, change, now(), largeRoomViewers);
    room.throttle = plan.next;
    if (plan.send) publish(change.roomId, plan.send.joinedIds, plan.send.leftIds);
    if (!room.throttle.pending) stopTimer(room);
    if (plan.wakeAt !== null && !room.timer && !disposed) {
      room.timer = setTimeout(() => wake(change.roomId, room), Math.max(0, plan.wakeAt - now()));
    }
    if (change.viewerCount === 0) {
      stopTimer(room);
      broadcasts.delete(change.roomId);
    } else broadcasts.set(change.roomId, room);
  }

  return {
    /** A roomEvents stream started; returns the function that ends it (calling it twice is harmless). */
    enter(roomId: string, userId: string | null): () => void {
      broadcast(openStream(state, roomId, userId));
      let left = false;
      return () => {
        if (left) return;
        left = true;
        broadcast(closeStream(state, roomId, userId));
      };
    },

    viewerCount(roomId: string): number {
      return viewerCount(state, roomId);
    },

    /** Above LARGE_ROOM_VIEWERS viewers: no per-user presence, typing or read-marker events. */
    isLarge(roomId: string): boolean {
      return viewerCount(state, roomId) > largeRoomViewers;
    },

    /** Signed-in users following the room, in the order they came. */
    onlineUserIds(roomId: string): string[] {
      return presentUserIds(state, roomId);
    },

    isOnline(userId: string): boolean {
      return isOnline(state, userId);
    },

    /** Timers running now (at most one per large room with a waiting update); for tests and gauges. */
    activeTimers(): number {
      let count = 0;
      for (const room of broadcasts.values()) if (room.timer) count++;
      return count;
    },

    /** Releases every timer; later changes are still counted but never scheduled. */
    dispose(): void {
      disposed = true;
      for (const room of broadcasts.values()) stopTimer(room);
    },
  };
}
