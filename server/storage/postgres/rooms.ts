// Rooms, memberships (with their timeouts), bans and timeouts on PostgreSQL.
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, lt, or, sql, type Placeholder } from 'drizzle-orm';
import { bans, memberships, roomTimeouts, rooms } from '../../db/pgSchema';
import type { RoomStore } from '../store';
import { prepared, type PgExecutor } from './pgExecutor';

/** Owners first, then moderators, then members: the order of a members page. */
const roleRank = sql`case ${memberships.role} when 'OWNER' then 0 when 'MODERATOR' then 1 else 2 end`;

/** Memberships with the timeout of the same (room, user), kept apart so leaving does not shed it. */
function membershipsWithTimeouts(db: PgExecutor) {
  return db
    .select({ ...getTableColumns(memberships), timedOutUntil: roomTimeouts.until, timeoutReason: roomTimeouts.reason })
    .from(memberships)
    .leftJoin(roomTimeouts, and(eq(roomTimeouts.roomId, memberships.roomId), eq(roomTimeouts.userId, memberships.userId)));
}

const ofMember = (roomId: string | Placeholder, userId: string | Placeholder) => and(eq(memberships.roomId, roomId), eq(memberships.userId, userId));

export function createPgRooms(db: PgExecutor): RoomStore {
  // Hot path: every send and every subscription checks the room, the ban and the membership.
  const byId = prepared(() =>
    db
      .select()
      .from(rooms)
      .where(eq(rooms.id, sql.placeholder('id'))),
  );
  const membershipOf = prepared(() => membershipsWithTimeouts(db).where(ofMember(sql.placeholder('roomId'), sql.placeholder('userId'))));
  const banOf = prepared(() =>
    db
      .select({ reason: bans.reason })
      .from(bans)
      .where(and(eq(bans.roomId, sql.placeholder('roomId')), eq(bans.userId, sql.placeholder('userId')))),
  );

  async function findById(id: string) {
    const [room] = await byId().execute({ id });
    return room;
  }

  return {
    findById,

    async findByDirectKey(key) {
      const [room] = await db.select().from(rooms).where(eq(rooms.directKey, key));
      return room;
    },

    async insert(room) {
      const [inserted] = await db.insert(rooms).values(room).returning();
      return inserted;
    },

    async updateSettings(id, change) {
      if (Object.keys(change).length === 0) return findById(id);
      const [updated] = await db.update(rooms).set(change).where(eq(rooms.id, id)).returning();
      return updated;
    },

    async listVisible(memberId, beforeId, limit) {
      const mine = (userId: string) => db.select({ id: memberships.roomId }).from(memberships).where(eq(memberships.userId, userId));
      const visible = memberId === null ? eq(rooms.kind, 'PUBLIC') : or(eq(rooms.kind, 'PUBLIC'), inArray(rooms.id, mine(memberId)));
      return db
        .select()
        .from(rooms)
        .where(and(visible, beforeId === null ? undefined : lt(rooms.id, beforeId)))
        .orderBy(desc(rooms.id))
        .limit(limit);
    },

    async membership(roomId, userId) {
      const [membership] = await membershipOf().execute({ roomId, userId });
      return membership;
    },

    async addMember(member) {
      const added = await db.insert(memberships).values(member).onConflictDoNothing().returning({ userId: memberships.userId });
      return added.length > 0;
    },

    async removeMember(roomId, userId) {
      const removed = await db.delete(memberships).where(ofMember(roomId, userId)).returning({ userId: memberships.userId });
      return removed.length > 0;
    },

    async setRole(roomId, userId, role) {
      await db.update(memberships).set({ role }).where(ofMember(roomId, userId));
    },

    async countMembers(roomId) {
      const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.roomId, roomId));
      return row?.n ?? 0;
    },

    async membersPage(roomId, offset, limit) {
      return membershipsWithTimeouts(db).where(eq(memberships.roomId, roomId)).orderBy(roleRank, asc(memberships.joinedAt), asc(memberships.userId)).limit(limit).offset(offset);
    },

    async memberRoomIds(userId) {
      const rows = await db.select({ id: memberships.roomId }).from(memberships).where(eq(memberships.userId, userId));
      return rows.map((row) => row.id);
    },

    async moderatorIds(roomId) {
      const rows = await db
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), inArray(memberships.role, ['OWNER', 'MODERATOR'])));
      return rows.map((row) => row.id);
    },

    async moveReadMarker(roomId, userId, seq) {
      const [moved] = await db
        .update(memberships)
        .set({ lastReadSeq: sql`greatest(${memberships.lastReadSeq}, ${seq})` })
        .where(ofMember(roomId, userId))
        .returning({ lastReadSeq: memberships.lastReadSeq });
      return moved?.lastReadSeq;
    },

    async readMarkers(roomId, limit) {
      return db
        .select({ userId: memberships.userId, seq: memberships.lastReadSeq })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), gt(memberships.lastReadSeq, 0)))
        .orderBy(desc(memberships.lastReadSeq), asc(memberships.userId))
        .limit(limit);
    },

    async findBan(roomId, userId) {
      const [ban] = await banOf().execute({ roomId, userId });
      return ban;
    },

    async putBan(ban) {
      await db
        .insert(bans)
        .values(ban)
        .onConflictDoUpdate({ target: [bans.roomId, bans.userId], set: { reason: ban.reason, bannedBy: ban.bannedBy } });
    },

    async deleteBan(roomId, userId) {
      const lifted = await db
        .delete(bans)
        .where(and(eq(bans.roomId, roomId), eq(bans.userId, userId)))
        .returning({ userId: bans.userId });
      return lifted.length > 0;
    },

    async putTimeout({ roomId, userId, ...row }) {
      await db
        .insert(roomTimeouts)
        .values({ roomId, userId, ...row })
        .onConflictDoUpdate({ target: [roomTimeouts.roomId, roomTimeouts.userId], set: row });
    },

    async deleteTimeout(roomId, userId) {
      await db.delete(roomTimeouts).where(and(eq(roomTimeouts.roomId, roomId), eq(roomTimeouts.userId, userId)));
    },
  };
}
