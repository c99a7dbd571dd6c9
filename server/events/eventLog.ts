// The durable event log of every room: the next seq, the row that records it, and the replay.
// Domains that change a room's timeline (messages, reactions) append here inside their own write
// transaction, so the change and its seq commit together or not at all.
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { messages, roomEvents, rooms, type MessageRow, type RoomEventRow } from '../db/schema';
import type { DurableRoomEvent } from '../pubsub';
import { createGroupCommit } from './groupCommit';
import { busyAsRetryable } from '../db/busy';

export type EventLog = ReturnType<typeof createEventLog>;

type Extra = Pick<RoomEventRow, 'emoji' | 'actorId' | 'added' | 'count'>;

/** The event as subscribers get it, from its log row and the current state of its message. */
function toDurableEvent(event: RoomEventRow, message: MessageRow | null): DurableRoomEvent {
  const { roomId, seq, type } = event;
  switch (type) {
    case 'RoomUpdated':
      return { type, roomId, seq };
    case 'MessageDeleted':
    case 'MessageUnpinned':
      return { type, roomId, seq, messageId: event.messageId! };
    case 'ReactionChanged':
      return { type, roomId, seq, messageId: event.messageId!, emoji: event.emoji!, count: event.count!, userId: event.actorId, added: event.added! };
    default:
      return { type, roomId, seq, message: message! };
  }
}

export interface EventLogOptions {
  /** How long grouped writes (sends) wait, without blocking, for a write lock another process holds. */
  lockWaitMs?: number;
  now?: () => number;
}

export function createEventLog(db: Db, { lockWaitMs, now = Date.now }: EventLogOptions = {}) {
  const group = createGroupCommit(db.$client, busyAsRetryable, { lockWaitMs });
  const p = (name: string) => sql.placeholder(name);
  const insertEvent = db
    .insert(roomEvents)
    .values({
      roomId: p('roomId'),
      seq: p('seq'),
      type: p('type'),
      messageId: p('messageId'),
      emoji: p('emoji'),
      actorId: p('actorId'),
      added: p('added'),
      count: p('count'),
      createdAt: p('createdAt'),
    })
    .prepare();
  const nextSeq = db
    .update(rooms)
    .set({ lastSeq: sql`${rooms.lastSeq} + 1` })
    .where(eq(rooms.id, sql.placeholder('roomId')))
    .returning({ seq: rooms.lastSeq })
    .prepare();

  return {
    /**
     * IMMEDIATE takes the write lock up front, so checks inside see the state the write applies to
     * (also against other processes sharing the file).
     */
    writeTransaction<T>(work: () => T): T {
      try {
        return db.transaction(work, { behavior: 'immediate' });
      } catch (error) {
        throw busyAsRetryable(error);
      }
    },

    /**
     * Like `writeTransaction`, but shares the transaction (and its durable commit) with the other
     * writes of this event-loop turn. For the hot path: sending messages.
     */
    writeGrouped<T>(work: () => T): Promise<T> {
      return group.write(work);
    },

    groupStats: () => group.stats(),

    /** Resolves once every grouped write queued so far is committed or refused; for a clean stop. */
    drain: () => group.drain(),

    /** Takes the room's next seq and records the event. Call inside a write transaction. */
    append(roomId: string, type: RoomEventRow['type'], messageId: string | null, extra: Partial<Extra> = {}): { seq: number; at: Date } {
      const { seq } = nextSeq.get({ roomId })!;
      const at = new Date(now());
      insertEvent.run({ roomId, seq, type, messageId, createdAt: at, emoji: null, actorId: null, added: null, count: null, ...extra });
      return { seq, at };
    },

    /**
     * Durable events with afterSeq < seq <= uptoSeq, in order, at most `limit`, each with the current
     * state of its message. Used for replay.
     */
    eventsAfter(roomId: string, afterSeq: number, uptoSeq: number, limit: number): DurableRoomEvent[] {
      const rows = db
        .select({ event: roomEvents, message: messages })
        .from(roomEvents)
        .leftJoin(messages, eq(messages.id, roomEvents.messageId))
        .where(and(eq(roomEvents.roomId, roomId), gt(roomEvents.seq, afterSeq), lte(roomEvents.seq, uptoSeq)))
        .orderBy(asc(roomEvents.seq))
        .limit(limit)
        .all();
      return rows.map(({ event, message }) => toDurableEvent(event, message));
    },
  };
}
