// A per-key throttle: the first touch of a key fires at once, later touches within `intervalMs`
// fire once at the end of the interval, so the last change always goes out and never more than
// once per interval per key. No timer runs for a quiet key.

export interface Throttle<K> {
  touch(key: K): void;
  /** Drops a key's pending fire. */
  forget(key: K): void;
  dispose(): void;
}

export function createThrottle<K>(intervalMs: number, fire: (key: K) => void, now: () => number = Date.now): Throttle<K> {
  const lastFired = new Map<K, number>();
  const pending = new Map<K, ReturnType<typeof setTimeout>>();

  function fireNow(key: K): void {
    pending.delete(key);
    lastFired.set(key, now());
    fire(key);
  }

  return {
    touch(key) {
      if (pending.has(key)) return;
      const wait = (lastFired.get(key) ?? -Infinity) + intervalMs - now();
      if (wait <= 0) fireNow(key);
      else pending.set(key, setTimeout(() => fireNow(key), wait));
    },
    forget(key) {
      clearTimeout(pending.get(key));
      pending.delete(key);
      lastFired.delete(key);
    },
    dispose() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      lastFired.clear();
    },
  };
}
