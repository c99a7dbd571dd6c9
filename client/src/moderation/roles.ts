// Who may moderate whom, as the server decides it (server/moderation/policy.ts), so the client
// offers only what would be allowed. OWNER > MODERATOR > MEMBER.
import type { RoomRole } from '../gql/graphql';

const RANK: Record<RoomRole, number> = { MEMBER: 1, MODERATOR: 2, OWNER: 3 };

export function isModeratorRole(role: RoomRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MODERATOR';
}

/**
 * May the viewer (role `mine`) time out, ban or change the role of `targetId`? They must moderate
 * and outrank the target (an owner may act on another owner); nobody acts on themselves. A target
 * whose role is not known is taken for a member: the server refuses what this lets through.
 */
export function canActOn(mine: RoomRole | null | undefined, meId: string | null, targetId: string, target: RoomRole | undefined): boolean {
  if (!mine || !isModeratorRole(mine) || meId === null || meId === targetId) return false;
  return RANK[mine] > RANK[target ?? 'MEMBER'] || mine === 'OWNER';
}

/** Only owners hand out and take back the moderator role here. */
export function canChangeRole(mine: RoomRole | null | undefined, target: RoomRole | undefined): boolean {
  return mine === 'OWNER' && target !== 'OWNER';
}

/** "moderator" for MODERATOR. */
export function roleName(role: RoomRole): string {
  return role.toLowerCase();
}
