// The room's pinned messages as pure state, most recently pinned first, kept live by the room's
// durable events. The list is read with the room's `lastSeq`: events at or below it are already in
// the answer and are skipped; the rest apply on top. An event more than one past the last one
// applied means some were never seen here (the list was read before the room's stream started):
// the list is still updated, and `gap` tells the owner to read it again.
import { isDurable, type DurableEvent, type RoomEvent } from '../events/roomEventStream';
import type { MessageFieldsFragment } from '../gql/graphql';

export type PinnedMessage = MessageFieldsFragment & { pinnedAt: string | null };

export interface PinnedList {
  messages: PinnedMessage[];
  /** The seq the list is complete up to. */
  seq: number;
}

function change(messages: PinnedMessage[], event: DurableEvent): PinnedMessage[] {
  switch (event.__typename) {
    case 'MessagePinned':
      return [event.message, ...messages.filter((m) => m.id !== event.message.id)];
    case 'MessageUnpinned':
      return messages.filter((m) => m.id !== event.messageId);
    case 'MessageEdited':
      return messages.map((m) => (m.id === event.message.id ? { ...m, ...event.message } : m));
    case 'MessageDeleted':
      return messages.map((m) => (m.id === event.messageId ? { ...m, body: '', deletedAt: m.deletedAt ?? new Date().toISOString() } : m));
    default:
      return messages;
  }
}

/** Hot path: once per room event while the room is open. */
export function applyPinEvent(list: PinnedList, event: RoomEvent): { list: PinnedList; gap: boolean } {
  if (!isDurable(event) || event.seq <= list.seq) return { list, gap: false };
  return { list: { messages: change(list.messages, event), seq: event.seq }, gap: event.seq > list.seq + 1 };
}

/** A fresh read, with the events that arrived while it was in flight applied on top. */
export function fromRead(messages: PinnedMessage[], lastSeq: number, during: RoomEvent[]): { list: PinnedList; gap: boolean } {
  let list: PinnedList = { messages, seq: lastSeq };
  let gap = false;
  for (const event of during) {
    const next = applyPinEvent(list, event);
    list = next.list;
    gap ||= next.gap;
  }
  return { list, gap };
}
