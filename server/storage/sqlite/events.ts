// The durable event log on SQLite: `append` moves rooms.last_seq and records the event under the new
// seq (prepared: once per change of a timeline); `after` replays with each event's message as it is now.
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { messages, roomEvents, rooms } from '../../db/schema';
import type { EventStore } from '../store';

const p = (name: string) => sql.placeholder(name);

export function createSqliteEvents(db: Db): EventStore {
  const insertEvent = db
    .insert(roomEvents)
    .values({
      roomId: p('roomId'),
      seq: p('seq'),
      type: p('type'),
      messageId: p('messageId'),
      // A bare placeholder, given JSON text: through the column's encoder a null would be stored as
      // the text 'null' (as `added: null` once became 0 through the boolean one).
      data: sql`${p('data')}`,
      createdAt: p('createdAt'),
    })
    .prepare();
  const nextSeq = db
    .update(rooms)
    .set({ lastSeq: sql`${rooms.lastSeq} + 1` })
    .where(eq(rooms.id, p('roomId')))
    .returning({ seq: rooms.lastSeq })
    .prepare();

  return {
    /** Hot path: once per change of a room's timeline. Inside a transaction only. */
    async append(roomId, type, messageId, data, at) {
      const next = nextSeq.get({ roomId });
      if (!next) throw new Error(`Room '${roomId}' does not exist; no event can be appended to it.`);
      insertEvent.run({ roomId, seq: next.seq, type, messageId, data: data === null ? null : JSON.stringify(data), createdAt: at });
      return next.seq;
    },
    async after(roomId, afterSeq, uptoSeq, limit) {
      return db
        .select({ event: roomEvents, message: messages })
        .from(roomEvents)
        .leftJoin(messages, eq(messages.id, roomEvents.messageId))
        .where(and(eq(roomEvents.roomId, roomId), gt(roomEvents.seq, afterSeq), lte(roomEvents.seq, uptoSeq)))
        .orderBy(asc(roomEvents.seq))
        .limit(limit)
        .all();
    },
  };
}
