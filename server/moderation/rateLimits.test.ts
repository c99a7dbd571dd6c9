import { describe, expect, it } from 'vitest';
import { isFull, slowModeWait, take, type Bucket } from './rateLimits';

describe('token bucket', () => {
  const limit = { count: 5, windowMs: 5000 };

  it('lets a burst of `count` through, then refuses with the wait until the next token', () => {
    let bucket: Bucket | undefined;
    for (let i = 0; i < 5; i++) {
      const result = take(bucket, limit, 0);
      expect(result.ok).toBe(true);
      bucket = result.next;
    }
    const refused = take(bucket, limit, 0);
    expect(refused).toMatchObject({ ok: false, retryAfterMs: 1000 });
    expect(take(refused.next, limit, 400)).toMatchObject({ ok: false, retryAfterMs: 600 });
    expect(take(refused.next, limit, 1000).ok).toBe(true);
  });

  it('refills to `count` at most, and says when a bucket is full again', () => {
    const used = take(undefined, limit, 0).next;
    expect(isFull(used, limit, 999)).toBe(false);
    expect(isFull(used, limit, 1000)).toBe(true);
    let bucket = used;
    for (let i = 0; i < 5; i++) bucket = take(bucket, limit, 60_000).next;
    expect(take(bucket, limit, 60_000).ok).toBe(false);
  });
});

describe('slow mode', () => {
  it('makes a member wait the rest of the interval after their last post', () => {
    expect(slowModeWait(undefined, 30, 0)).toBe(0);
    expect(slowModeWait(1000, 30, 11_000)).toBe(20_000);
    expect(slowModeWait(1000, 30, 31_000)).toBe(0);
    expect(slowModeWait(1000, 0, 1000)).toBe(0);
  });
});
