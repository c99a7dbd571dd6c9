// Other members' roles, from the first page of `Room.members`: owners come first, then moderators,
// then members by join time. So once that page shows a plain member (or is the last page), every
// owner and moderator is on it, and anyone not listed has no more rank than a member.
import type { RoomRole } from '../gql/graphql';

export interface ListedMember {
  role: RoomRole;
  user: { id: string };
}

export interface KnownRoles {
  roles: ReadonlyMap<string, RoomRole>;
  /** The role of anyone not listed, when the page proves it; undefined when it cannot. */
  unlisted: RoomRole | undefined;
}

export function rolesFromMembers(members: readonly ListedMember[], hasNextPage: boolean): KnownRoles {
  const roles = new Map(members.map((member) => [member.user.id, member.role] as const));
  const ranksComplete = !hasNextPage || members.some((member) => member.role === 'MEMBER');
  return { roles, unlisted: ranksComplete ? 'MEMBER' : undefined };
}
