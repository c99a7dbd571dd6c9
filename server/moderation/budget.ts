// A per-key token-bucket budget with its own sweeping, for limits that are not about one room:
// every signed-in user's mutations, whatever they are.
import type { RateLimit } from '../config';
import { isFull, take, type Bucket } from './rateLimits';

export type Budget = ReturnType<typeof createBudget>;

export function createBudget(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, bucket] of buckets) if (isFull(bucket, limit, at)) buckets.delete(key);
  }, 60_000);
  sweep.unref();

  return {
    /** Takes `cost` tokens; on refusal takes none and says how long until there would be enough. */
    spend(key: string, cost = 1): { ok: true } | { ok: false; retryAfterMs: number } {
      const at = now();
      let bucket = buckets.get(key);
      for (let spent = 0; spent < cost; spent++) {
        const result = take(bucket, limit, at);
        if (!result.ok) {
          const perToken = limit.windowMs / limit.count;
          return { ok: false, retryAfterMs: result.retryAfterMs + Math.ceil((cost - spent - 1) * perToken) };
        }
        bucket = result.next;
      }
      buckets.set(key, bucket!);
      return { ok: true };
    },

    /** Whether one token is there, taking none: for limits that spend only on some outcomes. */
    check(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
      const result = take(buckets.get(key), limit, now());
      return result.ok ? { ok: true } : { ok: false, retryAfterMs: result.retryAfterMs };
    },

    dispose(): void {
      clearInterval(sweep);
    },
  };
}
