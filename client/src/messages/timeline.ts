// A list of messages as pure state — a room's main timeline, or one thread's posts: unique by id,
// sorted by seq. Pages, live events and mutation results all merge by id with the newer state
// winning, so applying the same thing twice, or in a different order, ends in the same state.
//
// The loaded messages are always one unbroken stretch. After a jump into history (`showContext`)
// the stretch may stop short of the newest message (`hasNewer`): messages posted meanwhile wait in
// `unseen` and join when a page reaches the newest one again, so none falls into the gap.
import type { RoomEvent } from '../events/roomEventStream';
import type { MessageFieldsFragment } from '../gql/graphql';
import { applyReactionChange, type ReactionChange } from '../reactions/reactionGroups';
import { countReply } from '../threads/threadReplies';

export type TimelineMessage = MessageFieldsFragment;

export interface Page {
  messages: TimelineMessage[];
  startCursor: string | null;
  hasOlder: boolean;
}

export interface NewerPage {
  messages: TimelineMessage[];
  endCursor: string | null;
  hasNewer: boolean;
}

/** Changes to a message that is not loaded, applied when it arrives (its page may predate them). */
interface Detached {
  state: TimelineMessage | 'deleted' | null;
  reactions: ReactionChange[];
}

export interface Timeline {
  messages: TimelineMessage[];
  startCursor: string | null;
  hasOlder: boolean;
  endCursor: string | null;
  hasNewer: boolean;
  detached: ReadonlyMap<string, Detached>;
  /** Posted while `hasNewer`: merged once a page reaches the newest message. */
  unseen: TimelineMessage[];
}

/** Whose view this is: the viewer (for `reactedByMe`) and the thread shown (null: the main timeline). */
export interface Scope {
  meId: string | null;
  threadRootId: string | null;
}

/**
 * Posts kept in `unseen`, the newest. The page that reaches the newest message holds every post up
 * to when it was read, so only the ones posted while it was on its way are needed from here.
 */
export const UNSEEN_MAX = 500;

export const emptyTimeline: Timeline = {
  messages: [],
  startCursor: null,
  hasOlder: false,
  endCursor: null,
  hasNewer: false,
  detached: new Map(),
  unseen: [],
};

/** The more recent of two states of one message: deleted beats not deleted, then the later edit. */
export function newer(current: TimelineMessage, incoming: TimelineMessage): TimelineMessage {
  if (current.deletedAt && !incoming.deletedAt) return current;
  if (incoming.deletedAt && !current.deletedAt) return incoming;
  return (current.editedAt ?? '') > (incoming.editedAt ?? '') ? current : incoming;
}

/** For pages: the loaded state wins unless the incoming one is strictly newer (live events were applied to it). */
function fresher(current: TimelineMessage, incoming: TimelineMessage): TimelineMessage {
  if (incoming.deletedAt && !current.deletedAt) return incoming;
  if (current.deletedAt && !incoming.deletedAt) return current;
  return (incoming.editedAt ?? '') > (current.editedAt ?? '') ? incoming : current;
}

function tombstone(message: TimelineMessage): TimelineMessage {
  return message.deletedAt ? message : { ...message, body: '', deletedAt: new Date().toISOString() };
}

/**
 * A message joining the loaded ones, with the changes held for it; they are dropped from `detached`
 * (reaction counts are not idempotent over time, so they must apply once).
 */
function attach(timeline: Timeline, message: TimelineMessage, meId: string | null): [TimelineMessage, Timeline['detached']] {
  const change = timeline.detached.get(message.id);
  if (!change) return [message, timeline.detached];
  let result = change.state === 'deleted' ? tombstone(message) : change.state ? newer(message, change.state) : message;
  for (const reaction of change.reactions) result = applyReactionChange(result, reaction, meId);
  const detached = new Map(timeline.detached);
  detached.delete(message.id);
  return [result, detached];
}

function detach(timeline: Timeline, id: string, change: (current: Detached) => Detached): Timeline {
  const current = timeline.detached.get(id) ?? { state: null, reactions: [] };
  return { ...timeline, detached: new Map(timeline.detached).set(id, change(current)) };
}

/** Inserts or replaces one message; the common case (a new message at the end) is O(1). */
function insert(messages: TimelineMessage[], message: TimelineMessage, pick = newer): TimelineMessage[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index >= 0) {
    const merged = pick(messages[index], message);
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
  return messages.map((m) => (m.replyTo?.id === parent.id ? { ...m, replyTo: { ...m.replyTo, body: parent.body, deletedAt: parent.deletedAt } } : m));
}

function replace(timeline: Timeline, id: string, change: (message: TimelineMessage) => TimelineMessage): Timeline {
  const index = timeline.messages.findIndex((m) => m.id === id);
  if (index < 0) return timeline;
  const changed = change(timeline.messages[index]);
  if (changed === timeline.messages[index]) return timeline;
  const messages = timeline.messages.slice();
  messages[index] = changed;
  return { ...timeline, messages };
}

/** Merges loaded messages (a page) into the stretch; the loaded state wins ties. */
function mergeMessages(timeline: Timeline, incoming: TimelineMessage[], meId: string | null): Timeline {
  let { messages, detached } = timeline;
  for (const message of incoming) {
    const [attached, rest] = attach({ ...timeline, detached }, message, meId);
    detached = rest;
    messages = insert(messages, attached, fresher);
  }
  return messages === timeline.messages && detached === timeline.detached ? timeline : { ...timeline, messages, detached };
}

/** The stretch now reaches the newest message: bring in what was posted meanwhile. */
function reachNewest(timeline: Timeline, posted: TimelineMessage[], meId: string | null): Timeline {
  const first = timeline.messages[0];
  const joining = posted.filter((m) => !first || m.seq > first.seq);
  return { ...mergeMessages(timeline, joining, meId), endCursor: null, hasNewer: false, unseen: [] };
}

export function fromPage(page: Page): Timeline {
  return { ...emptyTimeline, ...page };
}

export function upsertMessage(timeline: Timeline, message: TimelineMessage, meId: string | null = null): Timeline {
  const [incoming, detached] = attach(timeline, message, meId);
  const last = timeline.messages[timeline.messages.length - 1];
  const loaded = timeline.messages.some((m) => m.id === message.id);
  if (!loaded && timeline.hasNewer && (!last || message.seq > last.seq)) return { ...timeline, detached, unseen: [...timeline.unseen, incoming].slice(-UNSEEN_MAX) };
  const messages = insert(timeline.messages, incoming);
  if (messages === timeline.messages && detached === timeline.detached) return timeline;
  return { ...timeline, detached, messages: messages === timeline.messages ? messages : refreshQuotes(messages, incoming) };
}

/** Merges an older page in front. */
export function prependPage(timeline: Timeline, page: Page, meId: string | null = null): Timeline {
  return { ...mergeMessages(timeline, page.messages, meId), startCursor: page.startCursor, hasOlder: page.hasOlder };
}

/** Merges a newer page behind (after a jump into history). */
export function appendPage(timeline: Timeline, page: NewerPage, meId: string | null = null): Timeline {
  const merged = { ...mergeMessages(timeline, page.messages, meId), endCursor: page.endCursor, hasNewer: page.hasNewer };
  return page.hasNewer ? merged : reachNewest(merged, timeline.unseen, meId);
}

/** Merges pages read oldest first (a thread's), whatever live posts arrived before them. */
export function mergePage(timeline: Timeline, messages: TimelineMessage[], meId: string | null = null): Timeline {
  return mergeMessages(timeline, messages, meId);
}

/**
 * A new stretch of `read` messages; those loaded already keep their state (live events were
 * applied to them while the new ones were read). Changes and posts seen so far carry over.
 */
function replaceStretch(timeline: Timeline, read: TimelineMessage[], bounds: Pick<Timeline, 'startCursor' | 'hasOlder' | 'endCursor' | 'hasNewer'>, meId: string | null): Timeline {
  const loaded = new Map(timeline.messages.map((m) => [m.id, m]));
  const kept = read.map((m) => (loaded.has(m.id) ? fresher(loaded.get(m.id)!, m) : m));
  return mergeMessages({ ...timeline, ...bounds, messages: [] }, kept, meId);
}

/** Shows `target` with the messages around it (a jump into history). */
export function showContext(timeline: Timeline, before: Page, target: TimelineMessage, after: NewerPage, meId: string | null = null): Timeline {
  const bounds = { startCursor: before.startCursor, hasOlder: before.hasOlder, endCursor: after.endCursor, hasNewer: after.hasNewer };
  const shown = replaceStretch(timeline, [...before.messages, target, ...after.messages], bounds, meId);
  if (after.hasNewer) return shown;
  return reachNewest(shown, timeline.hasNewer ? timeline.unseen : [...timeline.messages, ...timeline.unseen], meId);
}

/** Back to the newest page after a jump into history. */
export function showNewest(timeline: Timeline, page: Page, meId: string | null = null): Timeline {
  const bounds = { startCursor: page.startCursor, hasOlder: page.hasOlder, endCursor: null, hasNewer: false };
  return reachNewest(replaceStretch(timeline, page.messages, bounds, meId), timeline.unseen, meId);
}

/** Hot path: once per live event. */
export function applyRoomEvent(timeline: Timeline, event: RoomEvent, scope: Scope): Timeline {
  switch (event.__typename) {
    case 'MessageAdded': {
      const post = event.message;
      if ((post.threadRootId ?? null) === scope.threadRootId) return upsertMessage(timeline, post, scope.meId);
      // A post in another thread: the main timeline counts it on its root.
      return scope.threadRootId === null && post.threadRootId ? replace(timeline, post.threadRootId, (root) => countReply(root, post)) : timeline;
    }
    case 'MessageEdited': {
      if (timeline.messages.some((m) => m.id === event.message.id)) return upsertMessage(timeline, event.message, scope.meId);
      return detach(timeline, event.message.id, (d) => ({ ...d, state: d.state === 'deleted' ? d.state : event.message }));
    }
    case 'MessageDeleted': {
      const current = timeline.messages.find((m) => m.id === event.messageId);
      if (current) return upsertMessage(timeline, tombstone(current), scope.meId);
      return detach(timeline, event.messageId, (d) => ({ ...d, state: 'deleted' }));
    }
    case 'ReactionChanged': {
      if (timeline.messages.some((m) => m.id === event.messageId)) return replace(timeline, event.messageId, (m) => applyReactionChange(m, event, scope.meId));
      return detach(timeline, event.messageId, (d) => ({ ...d, reactions: [...d.reactions, event] }));
    }
    default:
      return timeline;
  }
}
