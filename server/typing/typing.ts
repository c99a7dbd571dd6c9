// Typing indicators: the shell around typingState and the shared throttle. Read, decide, publish
// `TypingChanged` (at most twice a second per room, leading and trailing edge, so the final state
// always goes out; never while the room is large), and own the room's two timers: the next expiry
// and the end of the throttle interval. A room with nobody typing and a closed interval holds none.
import { cooling, idleThrottle, onChange, onWake, type Throttle } from '../presence/throttle';
import type { Presence } from '../presence/presence';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { applyTyping, expireTyping, needsRefresh, nextExpiry, typingUserIds, type Typists } from './typingState';

/** At most one `TypingChanged` per room per this interval: twice a second. */
export const TYPING_BROADCAST_INTERVAL_MS = 500;

export interface TypingDeps {
  pubsub: PubSub;
  rooms: Pick<Rooms, 'requirePoster'>;
  presence: Pick<Presence, 'isLarge'>;
  now?: () => number;
}

export type Typing = ReturnType<typeof createTyping>;

type Timer = ReturnType<typeof setTimeout>;

interface RoomTyping {
  typists: Typists;
  throttle: Throttle;
  expiry: { at: number; timer: Timer } | null;
  wake: Timer | null;
}

export function createTyping({ pubsub, rooms, presence, now = () => Date.now() }: TypingDeps) {
  const byRoom = new Map<string, RoomTyping>();
  let disposed = false;

  function publish(roomId: string, room: RoomTyping): void {
    pubsub.publish('room', roomId, { type: 'TypingChanged', roomId, userIds: typingUserIds(room.typists) });
  }

  /** The set changed: send now, or let the wake-up at the end of the interval send it. */
  function announce(roomId: string, room: RoomTyping): void {
    if (presence.isLarge(roomId)) return;
    const decision = onChange(room.throttle, now(), TYPING_BROADCAST_INTERVAL_MS);
    room.throttle = decision.next;
    if (decision.send) publish(roomId, room);
  }

  function wake(roomId: string, room: RoomTyping): void {
    room.wake = null;
    const { send, next } = onWake(room.throttle, now());
    room.throttle = next;
    if (send && !presence.isLarge(roomId)) publish(roomId, room);
    settle(roomId, room);
  }

  function expire(roomId: string, room: RoomTyping): void {
    room.expiry = null;
    if (expireTyping(room.typists, now())) announce(roomId, room);
    settle(roomId, room);
  }

  /**
   * The one place timers are set and released. The wake-up runs while the interval is open, so a
   * send waiting for it goes out and a new change cannot follow the last send too soon; the room is
   * forgotten once nobody types and the interval has closed.
   */
  function settle(roomId: string, room: RoomTyping): void {
    const t = now();
    const due = nextExpiry(room.typists);
    if (room.expiry && room.expiry.at !== due) {
      clearTimeout(room.expiry.timer);
      room.expiry = null;
    }
    if (due !== null && !room.expiry && !disposed) {
      room.expiry = { at: due, timer: setTimeout(() => expire(roomId, room), Math.max(0, due - t)) };
    }
    const intervalOpen = room.throttle.pending || cooling(room.throttle, t, TYPING_BROADCAST_INTERVAL_MS);
    if (intervalOpen && !room.wake && !disposed) {
      room.wake = setTimeout(() => wake(roomId, room), Math.max(0, room.throttle.lastSentAt + TYPING_BROADCAST_INTERVAL_MS - t));
    }
    if (room.typists.size === 0 && !room.expiry && !room.wake) byRoom.delete(roomId);
  }

  return {
    /** Members only (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND otherwise). Always true once allowed. */
    async setTyping(viewer: Viewer, roomId: string, typing: boolean): Promise<boolean> {
      const { user } = await rooms.requirePoster(viewer, roomId);
      if (disposed) return true;
      let room = byRoom.get(roomId);
      if (!room) byRoom.set(roomId, (room = { typists: new Map(), throttle: idleThrottle, expiry: null, wake: null }));
      const changed = applyTyping(room.typists, user.id, typing, now());
      if (changed || (typing && needsRefresh(room.throttle.lastSentAt, now()))) announce(roomId, room);
      settle(roomId, room);
      return true;
    },

    /** Who is typing in the room now, first to start first. */
    typingUserIds(roomId: string): string[] {
      const room = byRoom.get(roomId);
      return room ? typingUserIds(room.typists) : [];
    },

    /** Timers running now; for tests and gauges. */
    activeTimers(): number {
      let count = 0;
      for (const room of byRoom.values()) count += (room.expiry ? 1 : 0) + (room.wake ? 1 : 0);
      return count;
    },

    /** Releases every timer and forgets every room; later calls change nothing. */
    dispose(): void {
      disposed = true;
      for (const room of byRoom.values()) {
        if (room.expiry) clearTimeout(room.expiry.timer);
        if (room.wake) clearTimeout(room.wake);
      }
      byRoom.clear();
    },
  };
}
