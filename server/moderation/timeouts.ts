// The refusal a timed-out member gets when they try to post, react, cheer or type.
import type { MembershipRow } from '../storage/rows';
import { CourtsideError } from '../errors';
import { activeTimeout } from './policy';

/** FORBIDDEN while the member is timed out, saying until when and why. */
export function assertNotTimedOut(membership: Pick<MembershipRow, 'timedOutUntil' | 'timeoutReason'>, now: number): void {
  const until = activeTimeout(membership, now);
  if (!until) return;
  const why = membership.timeoutReason ? ` Reason: ${membership.timeoutReason}` : '';
  throw new CourtsideError('FORBIDDEN', `You are timed out in this room until ${until.toISOString()}.${why}`, {
    until: until.toISOString(),
    reason: membership.timeoutReason,
  });
}
