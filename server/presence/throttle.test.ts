import { describe, expect, it } from 'vitest';
import { idleThrottle, onChange, onWake, sentOutside, type Throttle } from './throttle';

/** Drives the throttle like a shell would: changes at the given times, wake-ups when asked for. */
function run(changeTimes: number[], intervalMs: number): number[] {
  let state: Throttle = idleThrottle;
  let wakeAt: number | null = null;
  const sends: number[] = [];
  const wakeUntil = (t: number) => {
    while (wakeAt !== null && wakeAt <= t) {
      const at: number = wakeAt;
      wakeAt = null;
      const woke = onWake(state, at);
      state = woke.next;
      if (woke.send) sends.push(at);
    }
  };
  for (const t of changeTimes) {
    wakeUntil(t);
    const decision = onChange(state, t, intervalMs);
    state = decision.next;
    if (decision.send) sends.push(t);
    else if (wakeAt === null) wakeAt = decision.wakeAt;
  }
  wakeUntil(Infinity);
  return sends;
}

describe('throttle', () => {
  it('sends the first change at once (leading edge)', () => {
    expect(onChange(idleThrottle, 1000, 500)).toEqual({ send: true, next: { lastSentAt: 1000, pending: false } });
  });

  it('holds changes inside the interval for one trailing send at its end', () => {
    const first = onChange(idleThrottle, 0, 500);
    const second = onChange(first.next, 100, 500);
    expect(second).toEqual({ send: false, next: { lastSentAt: 0, pending: true }, wakeAt: 500 });
    expect(onWake(second.next, 500)).toEqual({ send: true, next: { lastSentAt: 500, pending: false } });
  });

  it('sends nothing on a wake-up when no change waits', () => {
    const state = onChange(idleThrottle, 0, 500).next;
    expect(onWake(state, 500)).toEqual({ send: false, next: state });
  });

  it('never sends twice within one interval, however many changes come, and always sends the last one', () => {
    const changes = Array.from({ length: 200 }, (_, i) => i * 17); // a change every 17 ms for 3.4 s
    const sends = run(changes, 500);
    for (let i = 1; i < sends.length; i++) expect(sends[i] - sends[i - 1]).toBeGreaterThanOrEqual(500);
    expect(sends.at(-1)).toBeGreaterThanOrEqual(changes.at(-1)!);
    expect(sends.length).toBeLessThanOrEqual(Math.ceil(changes.at(-1)! / 500) + 1);
  });

  it('counts a send made outside it as the start of a new interval', () => {
    expect(onChange(sentOutside(1000), 1200, 500)).toMatchObject({ send: false, wakeAt: 1500 });
  });
});
