// The gate every post passes before anything is written: timeouts, slow mode and the per-user
// per-room message rate. State is per process (like presence): buckets and last-post times in memory,
// swept when they no longer matter.
import type { RateLimit } from '../config';
import type { MembershipRow, RoomRow } from '../storage/rows';
import { CourtsideError } from '../errors';
import { slowModeApplies } from './policy';
import { isFull, slowModeWait, take, type Bucket } from './rateLimits';
import { assertNotTimedOut } from './timeouts';

export interface PostingGateDeps {
  messageRateLimit: RateLimit;
  rateLimitsEnabled: boolean;
  now?: () => number;
}

export type PostingGate = ReturnType<typeof createPostingGate>;

const MAX_SLOW_MODE_MS = 21_600 * 1000;
const SWEEP_EVERY_MS = 60_000;

export function rateLimited(retryAfterMs: number, what: string): CourtsideError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new CourtsideError('RATE_LIMITED', `${what}; try again in ${seconds} s.`, {
    retryAfterMs,
    http: { status: 429, headers: { 'retry-after': String(seconds) } },
  });
}

export function createPostingGate({ messageRateLimit, rateLimitsEnabled, now = Date.now }: PostingGateDeps) {
  const buckets = new Map<string, Bucket>();
  const lastPost = new Map<string, number>();
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, bucket] of buckets) if (isFull(bucket, messageRateLimit, at)) buckets.delete(key);
    for (const [key, postedAt] of lastPost) if (postedAt + MAX_SLOW_MODE_MS < at) lastPost.delete(key);
  }, SWEEP_EVERY_MS);
  sweep.unref();

  return {
    /** FORBIDDEN while the member is timed out, saying until when and why. */
    checkTimeout(membership: MembershipRow): void {
      assertNotTimedOut(membership, now());
    },

    /**
     * Hot path: once per message sent. Refuses a timed-out member (FORBIDDEN), a member inside
     * slow mode, and anyone over the message rate (RATE_LIMITED with retryAfterMs). Takes a token.
     */
    checkSend(room: RoomRow, membership: MembershipRow): void {
      this.checkTimeout(membership);
      const key = `${room.id}:${membership.userId}`;
      const at = now();
      if (slowModeApplies(membership, room.slowModeSeconds)) {
        const wait = slowModeWait(lastPost.get(key), room.slowModeSeconds, at);
        if (wait > 0) throw rateLimited(wait, `Slow mode is on: one message every ${room.slowModeSeconds} s`);
      }
      if (!rateLimitsEnabled) return;
      const result = take(buckets.get(key), messageRateLimit, at);
      buckets.set(key, result.next);
      if (!result.ok) throw rateLimited(result.retryAfterMs, 'You are sending messages too fast');
    },

    /** Starts the member's slow-mode interval; call once the message is stored. */
    recordSend(roomId: string, userId: string): void {
      lastPost.set(`${roomId}:${userId}`, now());
    },

    dispose(): void {
      clearInterval(sweep);
    },
  };
}
