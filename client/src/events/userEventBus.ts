// Fans the viewer's one `userEvents` subscription out to the features that care (room list badges,
// moderation notices, held messages), like the room event bus does for one room's stream.
import type { UserEvent } from './userEventStream';

export type UserEventListener = (event: UserEvent) => void;

export interface UserEventBus {
  /** Hot path: once per event for this user. Listeners run in the order they subscribed. */
  publish(event: UserEvent): void;
  subscribe(listener: UserEventListener): () => void;
}

export function createUserEventBus(): UserEventBus {
  const listeners = new Set<UserEventListener>();
  return {
    publish(event) {
      for (const listener of [...listeners]) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
