// Rate limits as pure state transitions: a token bucket per key, and slow mode's wait.

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface Limit {
  count: number;
  windowMs: number;
}

export type Take = { ok: true; next: Bucket } | { ok: false; retryAfterMs: number; next: Bucket };

/**
 * A token bucket that holds `count` tokens and refills them evenly over `windowMs`: a burst of
 * `count` goes through, then one more every windowMs/count.
 */
export function take(bucket: Bucket | undefined, limit: Limit, now: number): Take {
  const perMs = limit.count / limit.windowMs;
  const tokens = bucket ? Math.min(limit.count, bucket.tokens + (now - bucket.updatedAt) * perMs) : limit.count;
  if (tokens >= 1) return { ok: true, next: { tokens: tokens - 1, updatedAt: now } };
  return { ok: false, retryAfterMs: Math.ceil((1 - tokens) / perMs), next: { tokens, updatedAt: now } };
}

/** A bucket that has refilled completely carries no information and can be forgotten. */
export function isFull(bucket: Bucket, limit: Limit, now: number): boolean {
  return bucket.tokens + (now - bucket.updatedAt) * (limit.count / limit.windowMs) >= limit.count;
}

/** How long a member must still wait under slow mode after their last post; 0 when they may post. */
export function slowModeWait(lastPostAt: number | undefined, slowModeSeconds: number, now: number): number {
  if (lastPostAt === undefined || slowModeSeconds <= 0) return 0;
  return Math.max(0, lastPostAt + slowModeSeconds * 1000 - now);
}
