// The `userEvents` stream: one user's own events across all their rooms. It follows the room topics
// of the user's rooms (joining and leaving as memberships change) and their personal topic, and
// turns timeline changes into at most one UnreadChanged per room per second.
import { BoundedSubscription } from '../memoryPubSub';
import type { PubSub, Topics, UserEventPayload } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import { requireUser, type Viewer } from '../users/viewer';
import type { SlowConsumerHandler } from './roomEvents';
import { createThrottle } from './throttle';

export interface UserEventsDeps {
  pubsub: PubSub;
  rooms: Rooms;
  subscriberQueueLimit: number;
  /** Shortest time between two UnreadChanged for one room. */
  unreadIntervalMs?: number;
}

export type UserEventStreams = ReturnType<typeof createUserEventStreams>;

/** Does this room event change the user's unread or mention counts? */
export function affectsUnread(event: Topics['room'], userId: string): boolean {
  if (event.type === 'MessageAdded') return event.message.threadRootId === null && event.message.authorId !== userId;
  return event.type === 'MessageDeleted';
}

export function createUserEventStreams({ pubsub, rooms, subscriberQueueLimit, unreadIntervalMs = 1000 }: UserEventsDeps) {
  async function stream(viewer: Viewer, onSlowConsumer: SlowConsumerHandler): Promise<AsyncIterableIterator<UserEventPayload>> {
    const userId = requireUser(viewer, 'follow your events').id;
    const options = { limit: subscriberQueueLimit, onOverflow: onSlowConsumer };
    const out = new BoundedSubscription<UserEventPayload>(options, () => {});
    const feeds = new Map<string, AsyncIterableIterator<Topics['room']>>();
    const unread = createThrottle<string>(unreadIntervalMs, (roomId) => out.push({ type: 'UnreadChanged', roomId }));

    async function pump<T>(feed: AsyncIterableIterator<T>, handle: (event: T) => void): Promise<void> {
      for await (const event of feed) handle(event);
    }

    function follow(roomId: string): void {
      if (feeds.has(roomId)) return;
      const feed = pubsub.subscribe('room', roomId, options);
      feeds.set(roomId, feed);
      // Hot path: once per room event per member following their user events.
      void pump(feed, (event) => {
        if (event.type === 'MembershipEnded' && event.userId === userId) unfollow(roomId);
        else if (affectsUnread(event, userId)) unread.touch(roomId);
      });
    }

    function unfollow(roomId: string): void {
      void feeds.get(roomId)?.return?.();
      feeds.delete(roomId);
      unread.forget(roomId);
    }

    const personal = pubsub.subscribe('user', userId, options);
    void pump(personal, (event) => {
      if (event.type === 'UnreadChanged') return unread.touch(event.roomId);
      if (event.type === 'RoomAdded') follow(event.roomId);
      out.push(event);
    });
    // Read after the personal topic is followed, so a RoomAdded meanwhile is not missed.
    for (const roomId of await rooms.memberRoomIds(userId)) follow(roomId);

    const end = async () => {
      unread.dispose();
      await personal.return?.();
      for (const roomId of [...feeds.keys()]) unfollow(roomId);
      return out.return();
    };
    const iterator: AsyncIterableIterator<UserEventPayload> = {
      next: () => out.next(),
      return: end,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }

  return { stream };
}
