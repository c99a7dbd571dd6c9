// The registry of durable room events: every definition, once. The union of durable events, the
// test for one and the lookup a replay reads rows back through all derive from this list, so adding
// an event is its declaration beside its domain plus one line here.
import type { AnyDurableEventDefinition, EventOf } from './durableEvent';
import { messageAdded, messageDeleted, messageEdited } from '../messages/messageEvents';
import { messagePinned, messageUnpinned } from '../moderatorActions/pinEvents';
import { reactionChanged } from '../reactions/reactionEvents';
import { roomUpdated } from '../rooms/roomUpdated';

const DEFINITIONS = [messageAdded, messageEdited, messageDeleted, reactionChanged, messagePinned, messageUnpinned, roomUpdated] as const;

/** A durable change to a room's timeline; `seq` is assigned in the transaction that made it. */
export type DurableRoomEvent = EventOf<(typeof DEFINITIONS)[number]>;

const BY_TYPE: ReadonlyMap<string, AnyDurableEventDefinition> = new Map(DEFINITIONS.map((definition) => [definition.type, definition]));

/** Durable events carry the room's timeline seq; ReadMarkerMoved has a `seq` too, but it names a read position. */
export function isDurable(event: { type: string }): event is DurableRoomEvent {
  return BY_TYPE.has(event.type);
}

/** The definition of a logged type; throws for a type no definition has (a log written by a newer release). */
export function durableDefinition(type: string): AnyDurableEventDefinition {
  const definition = BY_TYPE.get(type);
  if (!definition) throw new Error(`The event log holds an event of type '${type}', which this server does not know.`);
  return definition;
}
