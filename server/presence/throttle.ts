// Pure leading-and-trailing throttle: at most one send per interval, and the last change always goes
// out. The caller owns the clock and the timer; these functions only decide. Presence (large rooms,
// 5 s) and typing (500 ms) share it.

export interface Throttle {
  /** When the last send went out; -Infinity before the first. */
  lastSentAt: number;
  /** A change arrived inside the interval and waits for the trailing send. */
  pending: boolean;
}

export const idleThrottle: Throttle = { lastSentAt: -Infinity, pending: false };

export type ThrottleDecision = { send: true; next: Throttle } | { send: false; next: Throttle; wakeAt: number };

/** True while a send at `now` would come sooner than `intervalMs` after the last one. */
export function cooling(state: Throttle, now: number, intervalMs: number): boolean {
  return now < state.lastSentAt + intervalMs;
}

/**
 * Something changed at `now`. Leading edge: send at once when the interval has passed and nothing
 * waits. Otherwise the change waits for a wake-up at `wakeAt`, the end of the interval.
 */
export function onChange(state: Throttle, now: number, intervalMs: number): ThrottleDecision {
  if (!state.pending && !cooling(state, now, intervalMs)) return { send: true, next: { lastSentAt: now, pending: false } };
  return { send: false, next: { lastSentAt: state.lastSentAt, pending: true }, wakeAt: state.lastSentAt + intervalMs };
}

/** The wake-up at the end of an interval. Trailing edge: send when a change is waiting. */
export function onWake(state: Throttle, now: number): { send: boolean; next: Throttle } {
  if (!state.pending) return { send: false, next: state };
  return { send: true, next: { lastSentAt: now, pending: false } };
}

/** A send that did not ask the throttle (a small room's presence): it carries any waiting change. */
export function sentOutside(now: number): Throttle {
  return { lastSentAt: now, pending: false };
}
