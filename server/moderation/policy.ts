// Who may moderate whom: pure decisions over roles, used by every domain that checks a role.
import type { MembershipRow, RoomRole } from '../storage/rows';

const RANK: Record<RoomRole, number> = { MEMBER: 1, MODERATOR: 2, OWNER: 3 };

export function rank(role: RoomRole | undefined): number {
  return role ? RANK[role] : 0;
}

export function isModerator(membership: MembershipRow | undefined): boolean {
  return rank(membership?.role) >= RANK.MODERATOR;
}

/**
 * An actor may act on a target (timeout, ban, change role) when the actor moderates and outranks
 * the target; an owner may also act on another owner. Nobody acts on themselves.
 */
export function canActOn(actor: MembershipRow | undefined, actorId: string, targetId: string, target: MembershipRow | undefined): boolean {
  if (actorId === targetId || !isModerator(actor)) return false;
  return rank(actor!.role) > rank(target?.role) || actor!.role === 'OWNER';
}

/** Nobody grants a role above their own. */
export function canGrant(actor: MembershipRow | undefined, role: RoomRole): boolean {
  return isModerator(actor) && rank(role) <= rank(actor!.role);
}

/** Moderators are exempt from slow mode. */
export function slowModeApplies(membership: MembershipRow | undefined, slowModeSeconds: number): boolean {
  return slowModeSeconds > 0 && !isModerator(membership);
}

/** The end of a timeout still running at `now`, or null. */
export function activeTimeout(membership: Pick<MembershipRow, 'timedOutUntil'> | undefined, now: number): Date | null {
  const until = membership?.timedOutUntil;
  return until && until.getTime() > now ? until : null;
}
