// Room-wide cheering: the shell around burstWindow. The first cheer in a quiet room opens a 250 ms
// window and its one timer; everything sent until it closes goes out as one `RoomReactionBurst`.
// A quiet room holds no timer and publishes nothing. Nothing is stored.
import type { PubSub } from '../pubsub';
import { cleanEmoji } from '../reactions/emoji';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { addCheer, closeWindow, createBurstWindows } from './burstWindow';

/** One burst per room per window, however many people cheer. */
export const BURST_WINDOW_MS = 250;

export interface CheeringDeps {
  pubsub: PubSub;
  rooms: Pick<Rooms, 'requirePoster'>;
}

export type Cheering = ReturnType<typeof createCheering>;

export function createCheering({ pubsub, rooms }: CheeringDeps) {
  const windows = createBurstWindows();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let disposed = false;

  function flush(roomId: string): void {
    timers.delete(roomId);
    const counts = closeWindow(windows, roomId);
    if (counts) pubsub.publish('room', roomId, { type: 'RoomReactionBurst', roomId, counts });
  }

  return {
    /**
     * Hot path: runs once per cheer, thousands a second in a busy room. Members only
     * (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND otherwise); one emoji (BAD_USER_INPUT otherwise).
     */
    async sendRoomReaction(viewer: Viewer, roomId: string, emoji: string): Promise<boolean> {
      await rooms.requirePoster(viewer, roomId);
      const clean = cleanEmoji(emoji);
      if (disposed) return true;
      if (addCheer(windows, roomId, clean))
        timers.set(
          roomId,
          setTimeout(() => flush(roomId), BURST_WINDOW_MS),
        );
      return true;
    },

    /** Timers running now (one per room with an open window); for tests and gauges. */
    activeTimers(): number {
      return timers.size;
    },

    /** Releases every timer; cheers in open windows are dropped. */
    dispose(): void {
      disposed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      windows.clear();
    },
  };
}
