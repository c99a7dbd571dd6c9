// The durable event log of every room: the next seq and the row that records it, and the replay.
// Domains that change a room's timeline append here inside their own write transaction (with its
// `tx`), so the change and its seq commit together or not at all. What a row holds and how it reads
// back is each event's definition (durableEvent.ts); this file knows no event type.
import type { DurableEventBase, DurableEventDefinition } from './durableEvent';
import { durableDefinition, type DurableRoomEvent } from './durableEvents';
import type { RoomEventData } from '../storage/rows';
import type { Store, StoreParts } from '../storage/store';

export type EventLog = ReturnType<typeof createEventLog>;

export interface EventLogOptions {
  now?: () => number;
}

export function createEventLog(store: Store, { now = Date.now }: EventLogOptions = {}) {
  return {
    /**
     * Takes the room's next seq and records the event as `definition` keeps it, from `kept` (what
     * the writer knows before the seq). Call inside a transaction, with its `tx`. Hot path: once per
     * change of a timeline.
     */
    async append<Kept, Data extends RoomEventData | null>(
      tx: StoreParts,
      roomId: string,
      definition: DurableEventDefinition<DurableEventBase, Kept, Data>,
      kept: Kept,
    ): Promise<{ seq: number; at: Date }> {
      const at = new Date(now());
      const seq = await tx.events.append(roomId, definition.type, definition.messageId(kept), definition.data(kept), at);
      return { seq, at };
    },

    /**
     * Durable events with afterSeq < seq <= uptoSeq, in order, at most `limit`, each read back by its
     * definition with the current state of its message. Used for replay.
     */
    async eventsAfter(roomId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<DurableRoomEvent[]> {
      const rows = await store.events.after(roomId, afterSeq, uptoSeq, limit);
      return rows.map(({ event, message }) => durableDefinition(event.type).readBack(event, message) as DurableRoomEvent);
    },
  };
}
