// The durable event log of every room: the next seq and the row that records it, and the replay.
// Domains that change a room's timeline append here inside their own write transaction (with its
// `tx`), so the change and its seq commit together or not at all.
import type { DurableRoomEvent } from '../pubsub';
import type { MessageRow, RoomEventRow, RoomEventType } from '../storage/rows';
import type { RoomEventExtra, Store, StoreParts } from '../storage/store';

export type EventLog = ReturnType<typeof createEventLog>;

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
  now?: () => number;
}

export function createEventLog(store: Store, { now = Date.now }: EventLogOptions = {}) {
  return {
    /** Takes the room's next seq and records the event. Call inside a transaction, with its `tx`. */
    async append(tx: StoreParts, roomId: string, type: RoomEventType, messageId: string | null, extra: RoomEventExtra = {}): Promise<{ seq: number; at: Date }> {
      const at = new Date(now());
      const seq = await tx.events.append(roomId, type, messageId, extra, at);
      return { seq, at };
    },

    /**
     * Durable events with afterSeq < seq <= uptoSeq, in order, at most `limit`, each with the current
     * state of its message. Used for replay.
     */
    async eventsAfter(roomId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<DurableRoomEvent[]> {
      const rows = await store.events.after(roomId, afterSeq, uptoSeq, limit);
      return rows.map(({ event, message }) => toDurableEvent(event, message));
    },
  };
}
