// What a durable room event is, declared once beside its domain (messages/messageEvents.ts,
// reactions/reactionEvents.ts, ...) and listed in durableEvents.ts: its payload type, how the log
// keeps it, and how a replay reads it back.
//
// The log keeps what the writer knows when it takes the seq (`Kept`), not the published event: the
// seq is taken first, because the rows the event is about carry it (a new message's own seq), so the
// event itself does not exist yet. `Kept` goes into two columns: the message a replay joins back,
// and the event's own fields as JSON.
import type { MessageRow, RoomEventData } from '../storage/rows';

/** Fields every durable event has; `seq` is its place in the room's timeline. */
export interface DurableEventBase {
  type: string;
  roomId: string;
  seq: number;
}

/** One log row as `readBack` gets it; `data` is what the definition's `data` returned. */
export interface KeptEventRow<Data extends RoomEventData | null> {
  roomId: string;
  seq: number;
  messageId: string | null;
  data: Data;
  createdAt: Date;
}

export interface DurableEventDefinition<E extends DurableEventBase, Kept = object, Data extends RoomEventData | null = RoomEventData | null> {
  type: E['type'];
  /** The message the event is about, joined back for a replay; null for events about no message. */
  messageId(kept: Kept): string | null;
  /** The event's own fields as JSON (no Dates); null when it has none. */
  data(kept: Kept): Data;
  /** The event as a replay delivers it, from its row and its message as it is now (null if none or gone). */
  readBack(row: KeptEventRow<Data>, message: MessageRow | null): E;
}

/** Any definition, as the registry and the log hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds definitions of every Kept and Data
export type AnyDurableEventDefinition = DurableEventDefinition<DurableEventBase, any, any>;

/** The event type a definition reads back. */
export type EventOf<D extends AnyDurableEventDefinition> = ReturnType<D['readBack']>;

/** Checks a definition and keeps its exact types (the literal `type` included). */
export function defineDurableEvent<E extends DurableEventBase, Kept = object, Data extends RoomEventData | null = null>(
  definition: DurableEventDefinition<E, Kept, Data>,
): DurableEventDefinition<E, Kept, Data> {
  return definition;
}
