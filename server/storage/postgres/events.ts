// The durable event log on PostgreSQL. The seq comes from the room's counter row, never from a
// sequence: `UPDATE rooms ... RETURNING` locks the row until the caller's transaction ends, so the
// writers of one room queue there and seqs commit gap-free and in order (a rollback returns the seq).
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import { messages, roomEvents, rooms } from '../../db/pgSchema';
import type { EventStore } from '../store';
import { messageColumns, type PgExecutor } from './pgExecutor';

export function createPgEvents(db: PgExecutor): EventStore {
  return {
    /** Hot path: once per durable event. Only inside a transaction (the row lock is what orders seqs). */
    async append(roomId, type, messageId, data, at) {
      const [counter] = await db
        .update(rooms)
        .set({ lastSeq: sql`${rooms.lastSeq} + 1` })
        .where(eq(rooms.id, roomId))
        .returning({ seq: rooms.lastSeq });
      if (!counter) throw new Error(`Room '${roomId}' does not exist; no event appended.`);
      await db.insert(roomEvents).values({ roomId, seq: counter.seq, type, messageId, data, createdAt: at });
      return counter.seq;
    },

    async after(roomId, afterSeq, uptoSeq, limit) {
      return db
        .select({ event: roomEvents, message: messageColumns })
        .from(roomEvents)
        .leftJoin(messages, eq(messages.id, roomEvents.messageId))
        .where(and(eq(roomEvents.roomId, roomId), gt(roomEvents.seq, afterSeq), lte(roomEvents.seq, uptoSeq)))
        .orderBy(asc(roomEvents.seq))
        .limit(limit);
    },
  };
}
