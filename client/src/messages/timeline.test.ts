import { describe, expect, it } from 'vitest';
import type { RoomEvent } from '../events/roomEventStream';
import { appendPage, applyRoomEvent, emptyTimeline, fromPage, mergePage, prependPage, showContext, showNewest, upsertMessage, type Scope, type TimelineMessage } from './timeline';

function message(seq: number, overrides: Partial<TimelineMessage> = {}): TimelineMessage {
  return {
    id: `m${seq}`,
    seq,
    body: `body ${seq}`,
    createdAt: '2026-11-28T03:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    clientMessageId: null,
    threadRootId: null,
    replyCount: 0,
    lastReplyAt: null,
    author: { id: 'u1', displayName: 'Ada', username: 'Ada-k3x9', isGuest: true },
    replyTo: null,
    reactions: [],
    mentions: [],
    ...overrides,
  };
}

const added = (m: TimelineMessage): RoomEvent => ({ __typename: 'MessageAdded', roomId: 'r', seq: m.seq, message: m });
const edited = (seq: number, m: TimelineMessage): RoomEvent => ({ __typename: 'MessageEdited', roomId: 'r', seq, message: m });
const deleted = (seq: number, messageId: string): RoomEvent => ({ __typename: 'MessageDeleted', roomId: 'r', seq, messageId });
const reacted = (seq: number, messageId: string, emoji: string, count: number, userId: string, added = true): RoomEvent => ({
  __typename: 'ReactionChanged',
  roomId: 'r',
  seq,
  messageId,
  emoji,
  count,
  added,
  user: { id: userId },
});
const ids = (messages: TimelineMessage[]) => messages.map((m) => m.id);
const main: Scope = { meId: 'me', threadRootId: null };
const apply = (timeline: Parameters<typeof applyRoomEvent>[0], ...events: RoomEvent[]) => events.reduce((t, event) => applyRoomEvent(t, event, main), timeline);

describe('timeline', () => {
  it('keeps one copy of a message whether it came from the send result, the live event, or both', () => {
    const sent = message(3, { clientMessageId: 'c1' });
    let timeline = fromPage({ messages: [message(1), message(2)], startCursor: 'c', hasOlder: false });
    timeline = upsertMessage(timeline, sent);
    timeline = apply(timeline, added(sent));
    timeline = apply(timeline, added(sent));
    expect(ids(timeline.messages)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps thread posts out of the main timeline', () => {
    const timeline = apply(fromPage({ messages: [message(1)], startCursor: null, hasOlder: false }), added(message(2, { threadRootId: 'm1' })));
    expect(ids(timeline.messages)).toEqual(['m1']);
  });

  it('orders messages by seq even when they arrive out of order', () => {
    let timeline = apply(emptyTimeline, added(message(5)));
    timeline = upsertMessage(timeline, message(3));
    timeline = apply(timeline, added(message(4)));
    expect(ids(timeline.messages)).toEqual(['m3', 'm4', 'm5']);
  });

  it('replaces an edited message and leaves a tombstone for a deleted one', () => {
    let timeline = fromPage({ messages: [message(1), message(2)], startCursor: null, hasOlder: false });
    timeline = apply(timeline, edited(3, message(1, { body: 'changed', editedAt: '2026-11-28T03:01:00.000Z' })));
    timeline = apply(timeline, deleted(4, 'm2'));
    expect(timeline.messages.map((m) => [m.body, Boolean(m.deletedAt)])).toEqual([
      ['changed', false],
      ['', true],
    ]);
  });

  it('never brings a deleted message back from an older state', () => {
    let timeline = fromPage({ messages: [message(1)], startCursor: null, hasOlder: false });
    timeline = apply(timeline, deleted(2, 'm1'));
    timeline = upsertMessage(timeline, message(1, { body: 'late edit result', editedAt: '2026-11-28T03:05:00.000Z' }));
    expect(timeline.messages[0].deletedAt).not.toBeNull();
  });

  it('applies changes to messages not loaded yet when their older page arrives', () => {
    let timeline = fromPage({ messages: [message(10)], startCursor: 'c10', hasOlder: true });
    timeline = apply(timeline, edited(11, message(2, { body: 'edited later', editedAt: '2026-11-28T03:09:00.000Z' })));
    timeline = apply(timeline, deleted(12, 'm3'));
    timeline = prependPage(timeline, { messages: [message(2), message(3)], startCursor: 'c2', hasOlder: false });
    expect(ids(timeline.messages)).toEqual(['m2', 'm3', 'm10']);
    expect(timeline.messages[0].body).toBe('edited later');
    expect(timeline.messages[1].deletedAt).not.toBeNull();
    expect(timeline).toMatchObject({ startCursor: 'c2', hasOlder: false });
  });

  it('merges an older page that overlaps what is loaded', () => {
    let timeline = fromPage({ messages: [message(3), message(4)], startCursor: 'c3', hasOlder: true });
    timeline = prependPage(timeline, { messages: [message(1), message(2), message(3)], startCursor: 'c1', hasOlder: false });
    expect(ids(timeline.messages)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('updates the quote in replies when the parent is edited or deleted', () => {
    const parent = message(1);
    const reply = message(2, { replyTo: { id: 'm1', body: 'body 1', deletedAt: null, author: { id: 'u1', displayName: 'Ada' } } });
    let timeline = fromPage({ messages: [parent, reply], startCursor: null, hasOlder: false });
    timeline = apply(timeline, edited(3, message(1, { body: 'new words', editedAt: '2026-11-28T03:01:00.000Z' })));
    expect(timeline.messages[1].replyTo?.body).toBe('new words');
    timeline = apply(timeline, deleted(4, 'm1'));
    expect(timeline.messages[1].replyTo?.deletedAt).not.toBeNull();
  });

  it("sets reaction counts from the events, and reactedByMe only from the viewer's own", () => {
    let timeline = fromPage({ messages: [message(1)], startCursor: null, hasOlder: false });
    timeline = apply(timeline, reacted(2, 'm1', '🔥', 1, 'ben'), reacted(3, 'm1', '🔥', 2, 'me'), reacted(4, 'm1', '👍', 1, 'ben'));
    expect(timeline.messages[0].reactions).toEqual([
      { emoji: '🔥', count: 2, reactedByMe: true },
      { emoji: '👍', count: 1, reactedByMe: false },
    ]);
    timeline = apply(timeline, reacted(5, 'm1', '🔥', 1, 'ben', false), reacted(6, 'm1', '👍', 0, 'ben', false));
    expect(timeline.messages[0].reactions).toEqual([{ emoji: '🔥', count: 1, reactedByMe: true }]);
  });

  it('applies reactions to a message loaded later exactly once', () => {
    let timeline = fromPage({ messages: [message(10)], startCursor: 'c10', hasOlder: true });
    timeline = apply(timeline, reacted(11, 'm2', '🔥', 1, 'me'), reacted(12, 'm2', '🔥', 2, 'ben'));
    timeline = prependPage(timeline, { messages: [message(2)], startCursor: 'c2', hasOlder: false }, 'me');
    expect(timeline.messages[0].reactions).toEqual([{ emoji: '🔥', count: 2, reactedByMe: true }]);
    timeline = apply(timeline, reacted(13, 'm2', '🔥', 3, 'cy'));
    timeline = prependPage(timeline, { messages: [message(2, { reactions: [{ emoji: '🔥', count: 3, reactedByMe: true }] })], startCursor: 'c2', hasOlder: false }, 'me');
    expect(timeline.messages[0].reactions).toEqual([{ emoji: '🔥', count: 3, reactedByMe: true }]);
  });

  it('counts live thread posts on their root once, even when the root was read after them', () => {
    const root = message(1);
    let timeline = fromPage({ messages: [root], startCursor: null, hasOlder: false });
    const post = message(2, { threadRootId: 'm1', createdAt: '2026-11-28T03:02:00.000Z' });
    timeline = apply(timeline, added(post), added(message(3, { threadRootId: 'm1', createdAt: '2026-11-28T03:03:00.000Z' })));
    expect(timeline.messages[0]).toMatchObject({ replyCount: 2, lastReplyAt: '2026-11-28T03:03:00.000Z' });
    const readLater = fromPage({ messages: [message(1, { replyCount: 1, lastReplyAt: post.createdAt })], startCursor: null, hasOlder: false });
    expect(apply(readLater, added(post)).messages[0].replyCount).toBe(1);
  });

  it("keeps one thread's posts in its own list, from pages and live events in any order", () => {
    const scope: Scope = { meId: 'me', threadRootId: 'm1' };
    let thread = applyRoomEvent(emptyTimeline, added(message(4, { threadRootId: 'm1' })), scope);
    thread = applyRoomEvent(thread, added(message(5)), scope);
    thread = applyRoomEvent(thread, added(message(6, { threadRootId: 'other' })), scope);
    thread = mergePage(thread, [message(2, { threadRootId: 'm1' }), message(4, { threadRootId: 'm1' })]);
    expect(ids(thread.messages)).toEqual(['m2', 'm4']);
  });

  it('jumps into history and back without losing what was posted meanwhile', () => {
    let timeline = fromPage({ messages: [message(100), message(101)], startCursor: 'c100', hasOlder: true });
    timeline = showContext(timeline, { messages: [message(40)], startCursor: 'c40', hasOlder: true }, message(41), { messages: [message(42)], endCursor: 'c42', hasNewer: true });
    expect(ids(timeline.messages)).toEqual(['m40', 'm41', 'm42']);
    timeline = apply(timeline, added(message(102)), edited(103, message(41, { body: 'edited', editedAt: '2026-11-28T03:09:00.000Z' })));
    expect(ids(timeline.messages)).toEqual(['m40', 'm41', 'm42']);
    expect(timeline.messages[1].body).toBe('edited');
    timeline = appendPage(timeline, { messages: [message(43)], endCursor: 'c43', hasNewer: true });
    timeline = appendPage(timeline, { messages: [message(100), message(101)], endCursor: 'c101', hasNewer: false });
    expect(ids(timeline.messages)).toEqual(['m40', 'm41', 'm42', 'm43', 'm100', 'm101', 'm102']);
    expect(timeline.hasNewer).toBe(false);
  });

  it('returns to the newest page, keeping posts newer than it and dropping ones that would leave a gap', () => {
    let timeline = showContext(fromPage({ messages: [message(100)], startCursor: 'c100', hasOlder: true }), { messages: [], startCursor: null, hasOlder: false }, message(1), {
      messages: [message(2)],
      endCursor: 'c2',
      hasNewer: true,
    });
    timeline = apply(timeline, added(message(101)), added(message(200)), added(message(201)));
    timeline = showNewest(timeline, { messages: [message(199), message(200)], startCursor: 'c199', hasOlder: true });
    expect(ids(timeline.messages)).toEqual(['m199', 'm200', 'm201']);
    expect(timeline).toMatchObject({ hasNewer: false, hasOlder: true, startCursor: 'c199', unseen: [] });
  });
});
