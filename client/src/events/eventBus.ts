// Fans one subscription out to the features that follow it, so each stream is subscribed once:
// a room's roomEvents (timeline, threads, typing, presence, read markers, cheering) and the viewer's
// userEvents (room list badges, moderation notices, held messages).

export interface EventBus<E> {
  /** Hot path: once per delivered event. Listeners run in the order they subscribed. */
  publish(event: E): void;
  subscribe(listener: (event: E) => void): () => void;
}

export function createEventBus<E>(): EventBus<E> {
  const listeners = new Set<(event: E) => void>();
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
