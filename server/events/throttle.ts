// A per-key throttle with its own timers, over the pure rule in presence/throttle.ts: the first
// touch of a key fires at once, later touches within `intervalMs` fire once at the end of the
// interval, so the last change always goes out and never more than once per interval per key.
// No timer runs for a quiet key.
import { idleThrottle, onChange, onWake, type Throttle as ThrottleState } from '../presence/throttle';

export interface Throttle<K> {
  touch(key: K): void;
  /** Drops a key's state and pending fire. */
  forget(key: K): void;
  dispose(): void;
}

export function createThrottle<K>(intervalMs: number, fire: (key: K) => void, now: () => number = Date.now): Throttle<K> {
  const states = new Map<K, ThrottleState>();
  const timers = new Map<K, ReturnType<typeof setTimeout>>();

  function wake(key: K): void {
    timers.delete(key);
    const decision = onWake(states.get(key) ?? idleThrottle, now());
    states.set(key, decision.next);
    if (decision.send) fire(key);
  }

  return {
    touch(key) {
      const decision = onChange(states.get(key) ?? idleThrottle, now(), intervalMs);
      states.set(key, decision.next);
      if (decision.send) fire(key);
      else if (!timers.has(key))
        timers.set(
          key,
          setTimeout(() => wake(key), Math.max(0, decision.wakeAt - now())),
        );
    },
    forget(key) {
      clearTimeout(timers.get(key));
      timers.delete(key);
      states.delete(key);
    },
    dispose() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      states.clear();
    },
  };
}
