// Rooms and memberships: who is in which room, and who may read or write it.
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import { createThrottle } from '../events/throttle';
import type { PubSub } from '../pubsub';
import type { MembershipRow, RoomRole, RoomRow, UserRow } from '../storage/rows';
import { UniqueViolation, type Store, type StoreParts } from '../storage/store';
import type { Users } from '../users/users';
import { requireUser, type Viewer } from '../users/viewer';
import { isModerator } from '../moderation/policy';
import { assertNotTimedOut } from '../moderation/timeouts';
import { canRead, losesAccessOnLeave } from './access';
import { cleanRoomInput, directKey } from './roomInput';

export interface RoomsDeps {
  store: Store;
  pubsub: PubSub;
  users: Users;
  now?: () => number;
  /** Shortest time between two MemberCountChanged of one room. */
  memberCountIntervalMs?: number;
  /** Where a failed member-count read goes: it runs on a timer, with no caller to throw to. */
  logError?: (message: string, error: unknown) => void;
}

export interface RoomAccess {
  room: RoomRow;
  membership: MembershipRow | undefined;
}

export type Rooms = ReturnType<typeof createRooms>;

const isRoomKey = (key: unknown): key is string => typeof key === 'string';
const isOffset = (key: unknown): key is number => Number.isSafeInteger(key) && (key as number) >= 0;

export function createRooms({ store, pubsub, users, now = Date.now, memberCountIntervalMs = 1000, logError = (message, error) => console.error(message, error) }: RoomsDeps) {
  // The count is read when the throttle fires, not when it was touched: the last event of a burst
  // of joins is current, and a room of thousands gets one event a second however many join.
  async function announceCount(roomId: string): Promise<void> {
    const memberCount = await store.rooms.countMembers(roomId);
    pubsub.publish('room', roomId, { type: 'MemberCountChanged', roomId, memberCount });
  }
  const memberCounts = createThrottle<string>(memberCountIntervalMs, (roomId) => {
    announceCount(roomId).catch((error: unknown) => logError(`MemberCountChanged of room ${roomId} failed`, error));
  });

  /** Adds a member, read up to `lastReadSeq`; true when they were not one already. */
  function addMember(parts: StoreParts, roomId: string, userId: string, role: RoomRole, lastReadSeq = 0): Promise<boolean> {
    return parts.rooms.addMember({ roomId, userId, role, joinedAt: new Date(now()), lastReadSeq });
  }

  function announceAdded(roomId: string, userId: string): void {
    pubsub.publish('user', userId, { type: 'RoomAdded', roomId });
  }

  function notFound(id: string): CourtsideError {
    return new CourtsideError('NOT_FOUND', `Room '${echo(id)}' does not exist.`);
  }

  /**
   * The room and the viewer's membership: NOT_FOUND when the viewer may not see it, FORBIDDEN when
   * they are banned from it.
   */
  async function readable(viewer: Viewer, roomId: string): Promise<RoomAccess> {
    const room = await store.rooms.findById(roomId);
    if (!room) throw notFound(roomId);
    if (!viewer) {
      if (!canRead(room, undefined)) throw notFound(roomId);
      return { room, membership: undefined };
    }
    const [ban, membership] = await Promise.all([store.rooms.findBan(roomId, viewer.user.id), store.rooms.membership(roomId, viewer.user.id)]);
    if (ban) {
      const why = ban.reason ? ` Reason: ${ban.reason}` : '';
      throw new CourtsideError('FORBIDDEN', `You are banned from room '${room.name}'.${why}`, { banned: true, reason: ban.reason });
    }
    if (!canRead(room, membership)) throw notFound(roomId);
    return { room, membership };
  }

  /** Like `readable`, but the viewer must be a signed-in member: the rule for posting. */
  async function requireMember(viewer: Viewer, roomId: string): Promise<RoomAccess & { user: UserRow; membership: MembershipRow }> {
    const user = requireUser(viewer, 'post');
    const { room, membership } = await readable(viewer, roomId);
    if (!membership) throw new CourtsideError('FORBIDDEN', `Join room '${room.name}' before posting in it.`);
    return { room, membership, user };
  }

  return {
    readable,

    async membership(viewer: Viewer, roomId: string): Promise<MembershipRow | undefined> {
      return viewer ? store.rooms.membership(roomId, viewer.user.id) : undefined;
    },

    membershipOf(roomId: string, userId: string): Promise<MembershipRow | undefined> {
      return store.rooms.membership(roomId, userId);
    },

    requireMember,

    /** A room by id with no access check, for the caller's own notices (e.g. about a ban). */
    async findById(roomId: string): Promise<RoomRow> {
      const room = await store.rooms.findById(roomId);
      if (!room) throw notFound(roomId);
      return room;
    },

    /** Like `requireMember`, and not timed out: the rule for reacting, cheering and typing. */
    async requirePoster(viewer: Viewer, roomId: string): Promise<RoomAccess & { user: UserRow; membership: MembershipRow }> {
      const access = await requireMember(viewer, roomId);
      assertNotTimedOut(access.membership, now());
      return access;
    },

    async get(viewer: Viewer, roomId: string): Promise<RoomRow> {
      return (await readable(viewer, roomId)).room;
    },

    /** Ids of the rooms a user is a member of. */
    memberRoomIds(userId: string): Promise<string[]> {
      return store.rooms.memberRoomIds(userId);
    },

    /** Members by rank (owners, moderators, members), then join order; for members of the room only. */
    async members(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<MembershipRow>> {
      const { membership } = await readable(viewer, roomId);
      const limit = pageSize(first, 50, 'first');
      const offset = after ? decodeCursor('member', after, isOffset) : 0;
      if (!membership) return toPage([], () => '', { hasNextPage: false, hasPreviousPage: false });
      const rows = await store.rooms.membersPage(roomId, offset, limit + 1);
      const nodes = rows.slice(0, limit);
      return toPage(nodes, (m) => encodeCursor('member', offset + nodes.indexOf(m) + 1), { hasNextPage: rows.length > limit, hasPreviousPage: offset > 0 });
    },

    memberCount(roomId: string): Promise<number> {
      return store.rooms.countMembers(roomId);
    },

    /**
     * Members joined or left the room (call after the commit): its viewers get MemberCountChanged,
     * at once for the first change and then at most once per interval.
     */
    membersChanged(roomId: string): void {
      memberCounts.touch(roomId);
    },

    /** Ids of the room's owners and moderators. */
    moderatorIds(roomId: string): Promise<string[]> {
      return store.rooms.moderatorIds(roomId);
    },

    /** Stops the member-count timers. */
    dispose(): void {
      memberCounts.dispose();
    },

    /** Public rooms plus the viewer's own rooms, newest first (ids sort by creation). */
    async list(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): Promise<Page<RoomRow>> {
      const limit = pageSize(first, 50, 'first');
      const cursor = after ? decodeCursor('room', after, isRoomKey) : null;
      const rows = await store.rooms.listVisible(viewer?.user.id ?? null, cursor, limit + 1);
      return toPage(rows.slice(0, limit), (r) => encodeCursor('room', r.id), {
        hasNextPage: rows.length > limit,
        hasPreviousPage: cursor !== null,
      });
    },

    /** The room and its owner's membership, in one transaction. */
    async create(viewer: Viewer, input: { name: string; topic?: string | null; kind?: RoomRow['kind'] | null }): Promise<RoomRow> {
      const user = requireUser(viewer, 'create a room');
      const clean = cleanRoomInput(input);
      return store.transaction(async (tx) => {
        const room = await tx.rooms.insert({ id: newId(), ...clean, createdBy: user.id, directKey: null, createdAt: new Date(now()) });
        await addMember(tx, room.id, user.id, 'OWNER');
        return room;
      });
    },

    async join(viewer: Viewer, roomId: string): Promise<RoomRow> {
      const user = requireUser(viewer, 'join a room');
      const { room, membership } = await readable(viewer, roomId);
      if (membership) return room;
      if (room.kind !== 'PUBLIC') throw notFound(roomId);
      // A public room's history was readable before joining: the marker starts at its end (as Slack and Discord do).
      if (await addMember(store, room.id, user.id, 'MEMBER', room.lastSeq)) {
        announceAdded(room.id, user.id);
        memberCounts.touch(room.id);
      }
      return room;
    },

    /** Leaving a PRIVATE or DIRECT room ends the user's live events in it at once. */
    async leave(viewer: Viewer, roomId: string): Promise<boolean> {
      const user = requireUser(viewer, 'leave a room');
      const { room, membership } = await readable(viewer, roomId);
      if (!membership) return false;
      await store.rooms.removeMember(roomId, user.id);
      pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId: user.id, readAccessLost: losesAccessOnLeave(room) });
      memberCounts.touch(roomId);
      return true;
    },

    async invite(viewer: Viewer, roomId: string, userId: string): Promise<RoomRow> {
      requireUser(viewer, 'invite');
      const { room, membership } = await readable(viewer, roomId);
      if (room.kind !== 'PRIVATE') {
        throw new CourtsideError('BAD_USER_INPUT', `Only PRIVATE rooms take invitations; '${room.name}' is ${room.kind}.`);
      }
      if (!isModerator(membership)) throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator may invite to this room.');
      const invited = await users.getById(userId);
      if (await store.rooms.findBan(roomId, userId)) {
        throw new CourtsideError('BAD_USER_INPUT', `${invited.displayName} is banned from this room; lift the ban first.`, { field: 'userId' });
      }
      if (await addMember(store, roomId, userId, 'MEMBER')) {
        announceAdded(roomId, userId);
        memberCounts.touch(roomId);
      }
      return room;
    },

    /**
     * The one DIRECT room of a pair of users, created on first use with both memberships in one
     * transaction. Two first uses racing: the loser's insert breaks the unique direct key, is rolled
     * back, and the loser gets the winner's room.
     */
    async openDirect(viewer: Viewer, otherUserId: string): Promise<RoomRow> {
      const user = requireUser(viewer, 'open a direct conversation');
      if (otherUserId === user.id) throw new CourtsideError('BAD_USER_INPUT', 'A direct room needs another user than yourself.');
      const other = await users.getById(otherUserId);
      const key = directKey(user.id, other.id);
      const open = () =>
        store.transaction(async (tx) => {
          const existing = await tx.rooms.findByDirectKey(key);
          if (existing) return { room: existing, created: false };
          const room = await tx.rooms.insert({
            id: newId(),
            name: `${user.displayName} & ${other.displayName}`,
            kind: 'DIRECT',
            directKey: key,
            createdBy: user.id,
            createdAt: new Date(now()),
          });
          await addMember(tx, room.id, user.id, 'MEMBER');
          await addMember(tx, room.id, other.id, 'MEMBER');
          return { room, created: true };
        });
      let opened: { room: RoomRow; created: boolean };
      try {
        opened = await open();
      } catch (error) {
        if (!(error instanceof UniqueViolation)) throw error;
        opened = await open();
      }
      if (opened.created) announceAdded(opened.room.id, other.id);
      return opened.room;
    },
  };
}
