// Why the server refused a message — moderation, or input it refuses (too long, not a member) — as
// opposed to a failure worth a retry (network, server down, an unexpected error). Refused messages go
// back into the composer with the reason; they are never shown as "failed — retry", since sending the
// same again would be refused again (a RATE_LIMITED one is sent again by itself after its wait).
import { graphqlErrors } from '../ui/readableError';

export type SendRefusal =
  /** MESSAGE_BLOCKED: the reason is the server's sentence. */
  | { kind: 'blocked'; reason: string }
  /** RATE_LIMITED (slow mode or the message rate): wait this long. */
  | { kind: 'rateLimited'; message: string; retryAfterMs: number }
  /** FORBIDDEN while timed out. */
  | { kind: 'timedOut'; until: string; reason: string | null; message: string }
  /** FORBIDDEN: banned from the room. */
  | { kind: 'banned'; message: string }
  /** Any other coded error (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, …): the same send would fail again. */
  | { kind: 'invalid'; message: string };

/** Codes a retry can fix: RATE_LIMITED after its wait. Everything else in the closed list is final. */
const FINAL_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']);

export function sendRefusal(error: unknown): SendRefusal | null {
  for (const { message, extensions = {} } of graphqlErrors(error)) {
    const code = extensions.code;
    if (code === 'MESSAGE_BLOCKED') return { kind: 'blocked', reason: message };
    if (code === 'RATE_LIMITED') {
      const wait = Number(extensions.retryAfterMs);
      return { kind: 'rateLimited', message, retryAfterMs: Number.isFinite(wait) && wait > 0 ? wait : 1000 };
    }
    if (code === 'FORBIDDEN' && typeof extensions.until === 'string') {
      return { kind: 'timedOut', until: extensions.until, reason: typeof extensions.reason === 'string' ? extensions.reason : null, message };
    }
    if (code === 'FORBIDDEN' && isBanMessage(message)) return { kind: 'banned', message };
    if (typeof code === 'string' && FINAL_CODES.has(code)) return { kind: 'invalid', message };
  }
  return null;
}

/** "You are banned from room 'Final'." — the FORBIDDEN a banned user gets for anything in the room. */
export function isBanMessage(message: string): boolean {
  return /\bbanned from\b/i.test(message);
}

/** Did a request fail because the viewer is banned from the room? */
export function isBannedError(error: unknown): boolean {
  return graphqlErrors(error).some((e) => e.extensions?.code === 'FORBIDDEN' && isBanMessage(e.message));
}
