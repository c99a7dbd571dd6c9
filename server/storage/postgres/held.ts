// Messages held by automated moderation, on PostgreSQL.
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { heldMessages } from '../../db/pgSchema';
import type { HeldMessageStore } from '../store';
import { prepared, type PgExecutor } from './pgExecutor';
import { uniqueAsViolation } from './unavailable';

export function createPgHeld(db: PgExecutor): HeldMessageStore {
  // Hot path: every send with a clientMessageId checks for an earlier held one.
  const byClientId = prepared(() =>
    db
      .select()
      .from(heldMessages)
      .where(and(eq(heldMessages.authorId, sql.placeholder('authorId')), eq(heldMessages.clientMessageId, sql.placeholder('clientId')))),
  );

  return {
    async findById(id) {
      const [row] = await db.select().from(heldMessages).where(eq(heldMessages.id, id));
      return row;
    },

    async findByClientId(authorId, clientMessageId) {
      const [row] = await byClientId().execute({ authorId, clientId: clientMessageId });
      return row;
    },

    /** A taken (author, client id) throws UniqueViolation, as for published messages. */
    async insert(row) {
      try {
        const [inserted] = await db.insert(heldMessages).values(row).returning();
        return inserted;
      } catch (error) {
        throw uniqueAsViolation(error);
      }
    },

    async delete(id) {
      await db.delete(heldMessages).where(eq(heldMessages.id, id));
    },

    async reject(id, at) {
      const [rejected] = await db.update(heldMessages).set({ status: 'REJECTED', decidedAt: at }).where(eq(heldMessages.id, id)).returning();
      return rejected;
    },

    async page(roomId, authorId, afterId, limit) {
      return db
        .select()
        .from(heldMessages)
        .where(
          and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD'), gt(heldMessages.id, afterId), authorId === null ? undefined : eq(heldMessages.authorId, authorId)),
        )
        .orderBy(asc(heldMessages.id))
        .limit(limit);
    },

    async countHeld(roomId) {
      const [row] = await db
        .select({ n: count() })
        .from(heldMessages)
        .where(and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD')));
      return row?.n ?? 0;
    },
  };
}
