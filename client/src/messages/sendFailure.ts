// What to do with a send that did not go through. Three answers, decided from the error alone:
// - refused: the server said no for a reason the same send cannot escape (blocked, too long, timed
//   out, banned, not a member): the text goes back to the composer with the reason;
// - wait: RATE_LIMITED: the same send goes again by itself after `retryAfterMs`;
// - retry: the server never answered (network, server down) or failed unexpectedly: the message
//   stays as "failed — retry" and is sent again when the connection returns.
// Every repeat carries the same clientMessageId, so the server posts it exactly once.
import { sendRefusal, type SendRefusal } from '../moderation/sendRefusal';
import { readableError } from '../ui/readableError';

export type SendFailure =
  | { kind: 'refused'; refusal: Exclude<SendRefusal, { kind: 'rateLimited' }> }
  | { kind: 'wait'; refusal: Extract<SendRefusal, { kind: 'rateLimited' }> }
  | { kind: 'retry'; error: string };

export function sendFailure(error: unknown): SendFailure {
  const refusal = sendRefusal(error);
  if (!refusal) return { kind: 'retry', error: readableError(error) };
  if (refusal.kind === 'rateLimited') return { kind: 'wait', refusal };
  return { kind: 'refused', refusal };
}
