// Open-loop load: calls happen at fixed scheduled times, whether or not earlier calls have returned,
// so a slow server shows up as latency (measured from the scheduled time) instead of quietly
// lowering the offered rate (coordinated omission).
import { Samples } from './stats';

/** Wall-clock time in epoch milliseconds with sub-millisecond resolution. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export interface OpenLoopOptions {
  /** Calls per second. */
  rate: number;
  seconds: number;
  /** Epoch ms of the first call; call i is due at startAt + i * 1000 / rate. */
  startAt: number;
  /** Starts call i; its promise must settle (the loop waits for all of them, never for one). */
  fire: (index: number, scheduledAt: number) => Promise<unknown>;
}

export interface OpenLoopResult {
  fired: number;
  /** How late each call started after its scheduled time, in ms: the load generator's own lag. */
  lateness: Samples;
}

/** Fires floor(rate × seconds) calls on schedule, then waits until every one has settled. */
export async function runOpenLoop({ rate, seconds, startAt, fire }: OpenLoopOptions): Promise<OpenLoopResult> {
  const total = Math.floor(rate * seconds);
  const interval = 1000 / rate;
  const lateness = new Samples();
  const pending: Promise<unknown>[] = [];
  let next = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = nowMs();
      // Every call that is due goes out now; a late timer never skips or merges calls.
      while (next < total && startAt + next * interval <= now) {
        const scheduledAt = startAt + next * interval;
        lateness.push(now - scheduledAt);
        pending.push(fire(next, scheduledAt).catch(() => undefined));
        next++;
      }
      if (next >= total) return done();
      setTimeout(tick, Math.max(0, startAt + next * interval - nowMs()));
    };
    tick();
  });
  await Promise.all(pending);
  return { fired: total, lateness };
}
