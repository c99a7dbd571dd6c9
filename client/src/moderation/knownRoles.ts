// Other members' roles as far as the client can know them. The API has no list of members with
// their roles, so they are read from the moderation log (the newest ROLE_CHANGED of each user, whose
// reason is "MEMBER → MODERATOR") and learned from what this session did or was refused.
import type { RoomRole } from '../gql/graphql';

export interface RoleLogEntry {
  action: string;
  targetUser: { id: string } | null;
  reason: string | null;
}

const ROLES: readonly RoomRole[] = ['OWNER', 'MODERATOR', 'MEMBER'];

/** Entries newest first, as `moderationLog` returns them: the first role change of a user is their role now. */
export function rolesFromLog(entries: readonly RoleLogEntry[]): Map<string, RoomRole> {
  const roles = new Map<string, RoomRole>();
  for (const entry of entries) {
    if (entry.action !== 'ROLE_CHANGED' || !entry.targetUser || roles.has(entry.targetUser.id)) continue;
    const to = entry.reason?.split('→')[1]?.trim() as RoomRole | undefined;
    if (to && ROLES.includes(to)) roles.set(entry.targetUser.id, to);
  }
  return roles;
}
