// Fans one room's event stream out to the features that follow it (timeline, threads, typing,
// presence, read markers, cheering), so the room keeps a single roomEvents subscription.
import type { RoomEvent } from './roomEventStream';

export type RoomEventListener = (event: RoomEvent) => void;

export interface RoomEventBus {
  /** Hot path: once per delivered event. Listeners run in the order they subscribed. */
  publish(event: RoomEvent): void;
  subscribe(listener: RoomEventListener): () => void;
}

export function createRoomEventBus(): RoomEventBus {
  const listeners = new Set<RoomEventListener>();
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
