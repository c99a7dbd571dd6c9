// Rooms and memberships: who is in which room, and who may read or write it.
import { and, count, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { bans, memberships, roomTimeouts, rooms, type MembershipRow, type RoomRow, type UserRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import { createThrottle } from '../events/throttle';
import type { PubSub } from '../pubsub';
import type { Users } from '../users/users';
import { requireUser, type Viewer } from '../users/viewer';
import { isModerator } from '../moderation/policy';
import { assertNotTimedOut } from '../moderation/timeouts';
import { canRead, losesAccessOnLeave } from './access';
import { cleanRoomInput, directKey } from './roomInput';

export interface RoomsDeps {
  db: Db;
  pubsub: PubSub;
  users: Users;
  now?: () => number;
  /** Shortest time between two MemberCountChanged of one room. */
  memberCountIntervalMs?: number;
}

export interface RoomAccess {
  room: RoomRow;
  membership: MembershipRow | undefined;
}

export type Rooms = ReturnType<typeof createRooms>;

const isRoomKey = (key: unknown): key is string => typeof key === 'string';
const isOffset = (key: unknown): key is number => Number.isSafeInteger(key) && (key as number) >= 0;

/**
 * Memberships with the timeout of the same (room, user): a timeout is kept apart from the membership
 * so that leaving and rejoining does not shed it. Hot path: one prepared query per send.
 */
function membershipsWithTimeouts(db: Db) {
  return db
    .select({ ...getTableColumns(memberships), timedOutUntil: roomTimeouts.until, timeoutReason: roomTimeouts.reason })
    .from(memberships)
    .leftJoin(roomTimeouts, and(eq(roomTimeouts.roomId, memberships.roomId), eq(roomTimeouts.userId, memberships.userId)));
}

export function createRooms({ db, pubsub, users, now = Date.now, memberCountIntervalMs = 1000 }: RoomsDeps) {
  const roomById = db
    .select()
    .from(rooms)
    .where(eq(rooms.id, sql.placeholder('id')))
    .prepare();
  const membershipOf = membershipsWithTimeouts(db)
    .where(and(eq(memberships.roomId, sql.placeholder('roomId')), eq(memberships.userId, sql.placeholder('userId'))))
    .prepare();
  const banOf = db
    .select({ reason: bans.reason })
    .from(bans)
    .where(and(eq(bans.roomId, sql.placeholder('roomId')), eq(bans.userId, sql.placeholder('userId'))))
    .prepare();

  function countMembers(roomId: string): number {
    return db.select({ n: count() }).from(memberships).where(eq(memberships.roomId, roomId)).get()?.n ?? 0;
  }

  // The count is read when the throttle fires, not when it was touched: the last event of a burst
  // of joins is current, and a room of thousands gets one event a second however many join.
  const memberCounts = createThrottle<string>(memberCountIntervalMs, (roomId) =>
    pubsub.publish('room', roomId, { type: 'MemberCountChanged', roomId, memberCount: countMembers(roomId) }),
  );

  /** Adds a member, read up to `lastReadSeq`; true when they were not one already. */
  function addMember(roomId: string, userId: string, role: MembershipRow['role'], lastReadSeq = 0): boolean {
    return (
      db
        .insert(memberships)
        .values({ roomId, userId, role, joinedAt: new Date(now()), lastReadSeq })
        .onConflictDoNothing()
        .run().changes > 0
    );
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
  function readable(viewer: Viewer, roomId: string): RoomAccess {
    const room = roomById.get({ id: roomId });
    if (!room) throw notFound(roomId);
    const ban = viewer ? banOf.get({ roomId, userId: viewer.user.id }) : undefined;
    if (ban) {
      const why = ban.reason ? ` Reason: ${ban.reason}` : '';
      throw new CourtsideError('FORBIDDEN', `You are banned from room '${room.name}'.${why}`, { banned: true, reason: ban.reason });
    }
    const membership = viewer ? membershipOf.get({ roomId, userId: viewer.user.id }) : undefined;
    if (!canRead(room, membership)) throw notFound(roomId);
    return { room, membership };
  }

  /** Like `readable`, but the viewer must be a signed-in member: the rule for posting. */
  function requireMember(viewer: Viewer, roomId: string): RoomAccess & { user: UserRow; membership: MembershipRow } {
    const user = requireUser(viewer, 'post');
    const { room, membership } = readable(viewer, roomId);
    if (!membership) throw new CourtsideError('FORBIDDEN', `Join room '${room.name}' before posting in it.`);
    return { room, membership, user };
  }

  return {
    readable,

    membership(viewer: Viewer, roomId: string): MembershipRow | undefined {
      return viewer ? membershipOf.get({ roomId, userId: viewer.user.id }) : undefined;
    },

    membershipOf(roomId: string, userId: string): MembershipRow | undefined {
      return membershipOf.get({ roomId, userId });
    },

    requireMember,

    /** A room by id with no access check, for the caller's own notices (e.g. about a ban). */
    findById(roomId: string): RoomRow {
      const room = roomById.get({ id: roomId });
      if (!room) throw notFound(roomId);
      return room;
    },

    /** Like `requireMember`, and not timed out: the rule for reacting, cheering and typing. */
    requirePoster(viewer: Viewer, roomId: string): RoomAccess & { user: UserRow; membership: MembershipRow } {
      const access = requireMember(viewer, roomId);
      assertNotTimedOut(access.membership, now());
      return access;
    },

    get(viewer: Viewer, roomId: string): RoomRow {
      return readable(viewer, roomId).room;
    },

    /** Ids of the rooms a user is a member of. */
    memberRoomIds(userId: string): string[] {
      return db
        .select({ id: memberships.roomId })
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .all()
        .map((m) => m.id);
    },

    /** Members by rank (owners, moderators, members), then join order; for members of the room only. */
    members(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Page<MembershipRow> {
      const { membership } = readable(viewer, roomId);
      const limit = pageSize(first, 50, 'first');
      const offset = after ? decodeCursor('member', after, isOffset) : 0;
      if (!membership) return toPage([], () => '', { hasNextPage: false, hasPreviousPage: false });
      const rows = membershipsWithTimeouts(db)
        .where(eq(memberships.roomId, roomId))
        .orderBy(sql`case ${memberships.role} when 'OWNER' then 0 when 'MODERATOR' then 1 else 2 end`, memberships.joinedAt, memberships.userId)
        .limit(limit + 1)
        .offset(offset)
        .all();
      const nodes = rows.slice(0, limit);
      return toPage(nodes, (m) => encodeCursor('member', offset + nodes.indexOf(m) + 1), { hasNextPage: rows.length > limit, hasPreviousPage: offset > 0 });
    },

    memberCount: countMembers,

    /**
     * Members joined or left the room (call after the commit): its viewers get MemberCountChanged,
     * at once for the first change and then at most once per interval.
     */
    membersChanged(roomId: string): void {
      memberCounts.touch(roomId);
    },

    /** Ids of the room's owners and moderators. */
    moderatorIds(roomId: string): string[] {
      return db
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), inArray(memberships.role, ['OWNER', 'MODERATOR'])))
        .all()
        .map((m) => m.id);
    },

    /** Stops the member-count timers. */
    dispose(): void {
      memberCounts.dispose();
    },

    /** Public rooms plus the viewer's own rooms, newest first (ids sort by creation). */
    list(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): Page<RoomRow> {
      const limit = pageSize(first, 50, 'first');
      const visible = viewer
        ? or(eq(rooms.kind, 'PUBLIC'), inArray(rooms.id, db.select({ id: memberships.roomId }).from(memberships).where(eq(memberships.userId, viewer.user.id))))
        : eq(rooms.kind, 'PUBLIC');
      const cursor = after ? decodeCursor('room', after, isRoomKey) : null;
      const before = cursor ? lt(rooms.id, cursor) : undefined;
      const rows = db
        .select()
        .from(rooms)
        .where(and(visible, before))
        .orderBy(desc(rooms.id))
        .limit(limit + 1)
        .all();
      return toPage(rows.slice(0, limit), (r) => encodeCursor('room', r.id), {
        hasNextPage: rows.length > limit,
        hasPreviousPage: cursor !== null,
      });
    },

    create(viewer: Viewer, input: { name: string; topic?: string | null; kind?: RoomRow['kind'] | null }): RoomRow {
      const user = requireUser(viewer, 'create a room');
      const clean = cleanRoomInput(input);
      return db.transaction(() => {
        const room = db
          .insert(rooms)
          .values({ id: newId(), ...clean, createdBy: user.id, createdAt: new Date(now()) })
          .returning()
          .get();
        addMember(room.id, user.id, 'OWNER');
        return room;
      });
    },

    join(viewer: Viewer, roomId: string): RoomRow {
      const user = requireUser(viewer, 'join a room');
      const { room, membership } = readable(viewer, roomId);
      if (membership) return room;
      if (room.kind !== 'PUBLIC') throw notFound(roomId);
      // A public room's history was readable before joining: the marker starts at its end (as Slack and Discord do).
      if (addMember(room.id, user.id, 'MEMBER', room.lastSeq)) {
        announceAdded(room.id, user.id);
        memberCounts.touch(room.id);
      }
      return room;
    },

    /** Leaving a PRIVATE or DIRECT room ends the user's live events in it at once. */
    leave(viewer: Viewer, roomId: string): boolean {
      const user = requireUser(viewer, 'leave a room');
      const { room, membership } = readable(viewer, roomId);
      if (!membership) return false;
      db.delete(memberships)
        .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, user.id)))
        .run();
      pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId: user.id, readAccessLost: losesAccessOnLeave(room) });
      memberCounts.touch(roomId);
      return true;
    },

    invite(viewer: Viewer, roomId: string, userId: string): RoomRow {
      requireUser(viewer, 'invite');
      const { room, membership } = readable(viewer, roomId);
      if (room.kind !== 'PRIVATE') {
        throw new CourtsideError('BAD_USER_INPUT', `Only PRIVATE rooms take invitations; '${room.name}' is ${room.kind}.`);
      }
      if (!isModerator(membership)) throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator may invite to this room.');
      const invited = users.getById(userId);
      if (banOf.get({ roomId, userId })) {
        throw new CourtsideError('BAD_USER_INPUT', `${invited.displayName} is banned from this room; lift the ban first.`, { field: 'userId' });
      }
      if (addMember(roomId, userId, 'MEMBER')) {
        announceAdded(roomId, userId);
        memberCounts.touch(roomId);
      }
      return room;
    },

    /** The one DIRECT room of a pair of users, created on first use. */
    openDirect(viewer: Viewer, otherUserId: string): RoomRow {
      const user = requireUser(viewer, 'open a direct conversation');
      if (otherUserId === user.id) throw new CourtsideError('BAD_USER_INPUT', 'A direct room needs another user than yourself.');
      const other = users.getById(otherUserId);
      const key = directKey(user.id, other.id);
      const { room, created } = db.transaction(() => {
        const existing = db.select().from(rooms).where(eq(rooms.directKey, key)).get();
        if (existing) return { room: existing, created: false };
        const room = db
          .insert(rooms)
          .values({
            id: newId(),
            name: `${user.displayName} & ${other.displayName}`,
            kind: 'DIRECT',
            directKey: key,
            createdBy: user.id,
            createdAt: new Date(now()),
          })
          .returning()
          .get();
        addMember(room.id, user.id, 'MEMBER');
        addMember(room.id, other.id, 'MEMBER');
        return { room, created: true };
      });
      if (created) announceAdded(room.id, other.id);
      return room;
    },
  };
}
