// A room's main timeline as pure state: messages unique by id, sorted by seq. Pages, live events
// and mutation results all merge through `newer`, so applying the same thing twice, or in a
// different order, ends in the same state.
import type { MessageFieldsFragment } from '../gql/graphql';
import type { RoomEvent } from '../events/roomEventStream';

export type TimelineMessage = MessageFieldsFragment;

export interface Page {
  messages: TimelineMessage[];
  startCursor: string | null;
  hasOlder: boolean;
}

export interface Timeline {
  messages: TimelineMessage[];
  startCursor: string | null;
  hasOlder: boolean;
  /**
   * Edits and deletions of messages not loaded yet (older than the loaded pages), applied when
   * their page arrives, in case it was read before the change.
   */
  detached: ReadonlyMap<string, TimelineMessage | 'deleted'>;
}

export const emptyTimeline: Timeline = { messages: [], startCursor: null, hasOlder: false, detached: new Map() };

/** The more recent of two states of one message: deleted beats not deleted, then the later edit. */
export function newer(current: TimelineMessage, incoming: TimelineMessage): TimelineMessage {
  if (current.deletedAt && !incoming.deletedAt) return current;
  if (incoming.deletedAt && !current.deletedAt) return incoming;
  return (current.editedAt ?? '') > (incoming.editedAt ?? '') ? current : incoming;
}

function tombstone(message: TimelineMessage): TimelineMessage {
  return message.deletedAt ? message : { ...message, body: '', deletedAt: new Date().toISOString() };
}

function withDetached(message: TimelineMessage, detached: Timeline['detached']): TimelineMessage {
  const change = detached.get(message.id);
  if (!change) return message;
  return change === 'deleted' ? tombstone(message) : newer(message, change);
}

/** Inserts or replaces one message; the common case (a new message at the end) is O(1). */
function insert(messages: TimelineMessage[], message: TimelineMessage): TimelineMessage[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index >= 0) {
    const merged = newer(messages[index], message);
    if (merged === messages[index]) return messages;
    const next = messages.slice();
    next[index] = merged;
    return next;
  }
  const last = messages[messages.length - 1];
  if (!last || last.seq < message.seq) return [...messages, message];
  const next = messages.slice();
  const at = next.findIndex((m) => m.seq > message.seq);
  next.splice(at, 0, message);
  return next;
}

/** Quotes of `parent` in replies follow its edits and deletion. */
function refreshQuotes(messages: TimelineMessage[], parent: TimelineMessage): TimelineMessage[] {
  if (!messages.some((m) => m.replyTo?.id === parent.id)) return messages;
  return messages.map((m) =>
    m.replyTo?.id === parent.id ? { ...m, replyTo: { ...m.replyTo, body: parent.body, deletedAt: parent.deletedAt } } : m,
  );
}

export function fromPage(page: Page): Timeline {
  return { ...emptyTimeline, ...page };
}

export function upsertMessage(timeline: Timeline, message: TimelineMessage): Timeline {
  const messages = insert(timeline.messages, withDetached(message, timeline.detached));
  return messages === timeline.messages ? timeline : { ...timeline, messages: refreshQuotes(messages, message) };
}

/** Merges an older page in front; keeps whichever state of a message is newer. */
export function prependPage(timeline: Timeline, page: Page): Timeline {
  const byId = new Map(timeline.messages.map((m) => [m.id, m]));
  for (const message of page.messages) {
    const incoming = withDetached(message, timeline.detached);
    const current = byId.get(message.id);
    byId.set(message.id, current ? newer(current, incoming) : incoming);
  }
  const messages = [...byId.values()].sort((a, b) => a.seq - b.seq);
  return { ...timeline, messages, startCursor: page.startCursor, hasOlder: page.hasOlder };
}

/** Hot path: once per live event. */
export function applyRoomEvent(timeline: Timeline, event: RoomEvent): Timeline {
  switch (event.__typename) {
    case 'MessageAdded':
      // Thread posts get a room seq too, but live under their root, not in the main timeline.
      return event.message.threadRootId ? timeline : upsertMessage(timeline, event.message);
    case 'MessageEdited': {
      if (timeline.messages.some((m) => m.id === event.message.id)) return upsertMessage(timeline, event.message);
      return { ...timeline, detached: new Map(timeline.detached).set(event.message.id, event.message) };
    }
    case 'MessageDeleted': {
      const current = timeline.messages.find((m) => m.id === event.messageId);
      if (current) return upsertMessage(timeline, tombstone(current));
      return { ...timeline, detached: new Map(timeline.detached).set(event.messageId, 'deleted') };
    }
    default:
      return timeline;
  }
}
