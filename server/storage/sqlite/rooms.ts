// Rooms, memberships (with the timeout of the same room and user), bans and timeouts on SQLite.
// `membership` is prepared: it runs once per send.
import { and, count, desc, eq, getTableColumns, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { bans, memberships, roomTimeouts, rooms } from '../../db/schema';
import type { MembershipRow, RoomRow } from '../rows';
import type { RoomStore } from '../store';

const p = (name: string) => sql.placeholder(name);

/**
 * Memberships with the timeout of the same (room, user): a timeout is kept apart from the membership
 * so that leaving and rejoining does not shed it.
 */
function membershipsWithTimeouts(db: Db) {
  return db
    .select({ ...getTableColumns(memberships), timedOutUntil: roomTimeouts.until, timeoutReason: roomTimeouts.reason })
    .from(memberships)
    .leftJoin(roomTimeouts, and(eq(roomTimeouts.roomId, memberships.roomId), eq(roomTimeouts.userId, memberships.userId)));
}

const ofMember = and(eq(memberships.roomId, p('roomId')), eq(memberships.userId, p('userId')));

export function createSqliteRooms(db: Db): RoomStore {
  const byId = db
    .select()
    .from(rooms)
    .where(eq(rooms.id, p('id')))
    .prepare();
  const membershipOf = membershipsWithTimeouts(db).where(ofMember).prepare();
  const banOf = db
    .select({ reason: bans.reason })
    .from(bans)
    .where(and(eq(bans.roomId, p('roomId')), eq(bans.userId, p('userId'))))
    .prepare();
  const countOf = db
    .select({ n: count() })
    .from(memberships)
    .where(eq(memberships.roomId, p('roomId')))
    .prepare();
  const moveMarker = db
    .update(memberships)
    .set({ lastReadSeq: sql`max(${memberships.lastReadSeq}, ${p('seq')})` })
    .where(ofMember)
    .returning({ lastReadSeq: memberships.lastReadSeq })
    .prepare();

  return {
    async findById(id) {
      return byId.get({ id });
    },
    async findByDirectKey(key) {
      return db.select().from(rooms).where(eq(rooms.directKey, key)).get();
    },
    async insert(room): Promise<RoomRow> {
      return db.insert(rooms).values(room).returning().get();
    },
    async updateSettings(id, change) {
      if (Object.keys(change).length === 0) return byId.get({ id });
      return db.update(rooms).set(change).where(eq(rooms.id, id)).returning().get();
    },
    async listVisible(memberId, beforeId, limit) {
      const visible = memberId
        ? or(eq(rooms.kind, 'PUBLIC'), inArray(rooms.id, db.select({ id: memberships.roomId }).from(memberships).where(eq(memberships.userId, memberId))))
        : eq(rooms.kind, 'PUBLIC');
      return db
        .select()
        .from(rooms)
        .where(and(visible, beforeId === null ? undefined : lt(rooms.id, beforeId)))
        .orderBy(desc(rooms.id))
        .limit(limit)
        .all();
    },

    /** Hot path: once per send. */
    async membership(roomId, userId): Promise<MembershipRow | undefined> {
      return membershipOf.get({ roomId, userId });
    },
    async addMember(member) {
      return db.insert(memberships).values(member).onConflictDoNothing().run().changes > 0;
    },
    async removeMember(roomId, userId) {
      return (
        db
          .delete(memberships)
          .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, userId)))
          .run().changes > 0
      );
    },
    async setRole(roomId, userId, role) {
      db.update(memberships)
        .set({ role })
        .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, userId)))
        .run();
    },
    async countMembers(roomId) {
      return countOf.get({ roomId })?.n ?? 0;
    },
    async membersPage(roomId, offset, limit) {
      return membershipsWithTimeouts(db)
        .where(eq(memberships.roomId, roomId))
        .orderBy(sql`case ${memberships.role} when 'OWNER' then 0 when 'MODERATOR' then 1 else 2 end`, memberships.joinedAt, memberships.userId)
        .limit(limit)
        .offset(offset)
        .all();
    },
    async memberRoomIds(userId) {
      return db
        .select({ id: memberships.roomId })
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .all()
        .map((m) => m.id);
    },
    async moderatorIds(roomId) {
      return db
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), inArray(memberships.role, ['OWNER', 'MODERATOR'])))
        .all()
        .map((m) => m.id);
    },
    async moveReadMarker(roomId, userId, seq) {
      return moveMarker.get({ roomId, userId, seq })?.lastReadSeq;
    },
    async readMarkers(roomId, limit) {
      return db
        .select({ userId: memberships.userId, seq: memberships.lastReadSeq })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), gt(memberships.lastReadSeq, 0)))
        .orderBy(desc(memberships.lastReadSeq))
        .limit(limit)
        .all();
    },

    async findBan(roomId, userId) {
      return banOf.get({ roomId, userId });
    },
    async putBan(ban) {
      db.insert(bans)
        .values(ban)
        .onConflictDoUpdate({ target: [bans.roomId, bans.userId], set: { reason: ban.reason, bannedBy: ban.bannedBy } })
        .run();
    },
    async deleteBan(roomId, userId) {
      return (
        db
          .delete(bans)
          .where(and(eq(bans.roomId, roomId), eq(bans.userId, userId)))
          .run().changes > 0
      );
    },
    async putTimeout({ roomId, userId, ...row }) {
      db.insert(roomTimeouts)
        .values({ roomId, userId, ...row })
        .onConflictDoUpdate({ target: [roomTimeouts.roomId, roomTimeouts.userId], set: row })
        .run();
    },
    async deleteTimeout(roomId, userId) {
      db.delete(roomTimeouts)
        .where(and(eq(roomTimeouts.roomId, roomId), eq(roomTimeouts.userId, userId)))
        .run();
    },
  };
}
