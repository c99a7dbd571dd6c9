// Who may do what in a room: pure decisions over a room, the caller's membership and the caller.
import type { MembershipRow, RoomRow } from '../storage/rows';
import { isModerator } from '../moderation/policy';

export function canRead(room: Pick<RoomRow, 'kind'>, membership: MembershipRow | undefined): boolean {
  return room.kind === 'PUBLIC' || membership !== undefined;
}

export function canDeleteMessage(authorId: string | null, userId: string, membership: MembershipRow | undefined): boolean {
  return authorId === userId || isModerator(membership);
}

/** A user's read access to a room ends when they stop being a member, except in PUBLIC rooms. */
export function losesAccessOnLeave(room: Pick<RoomRow, 'kind'>): boolean {
  return room.kind !== 'PUBLIC';
}
