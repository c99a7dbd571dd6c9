import { describe, expect, it } from 'vitest';
import type { RoomEvent } from '../events/roomEventStream';
import { applyRoomEvent, emptyTimeline, fromPage, prependPage, upsertMessage, type TimelineMessage } from './timeline';

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
    author: { id: 'u1', displayName: 'Ada', isGuest: true },
    replyTo: null,
    ...overrides,
  };
}

const added = (m: TimelineMessage): RoomEvent => ({ __typename: 'MessageAdded', roomId: 'r', seq: m.seq, message: m });
const edited = (seq: number, m: TimelineMessage): RoomEvent => ({ __typename: 'MessageEdited', roomId: 'r', seq, message: m });
const deleted = (seq: number, messageId: string): RoomEvent => ({ __typename: 'MessageDeleted', roomId: 'r', seq, messageId });
const ids = (messages: TimelineMessage[]) => messages.map((m) => m.id);

describe('timeline', () => {
  it('keeps one copy of a message whether it came from the send result, the live event, or both', () => {
    const sent = message(3, { clientMessageId: 'c1' });
    let timeline = fromPage({ messages: [message(1), message(2)], startCursor: 'c', hasOlder: false });
    timeline = upsertMessage(timeline, sent);
    timeline = applyRoomEvent(timeline, added(sent));
    timeline = applyRoomEvent(timeline, added(sent));
    expect(ids(timeline.messages)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps thread posts out of the main timeline', () => {
    const timeline = applyRoomEvent(fromPage({ messages: [message(1)], startCursor: null, hasOlder: false }), added(message(2, { threadRootId: 'm1' })));
    expect(ids(timeline.messages)).toEqual(['m1']);
  });

  it('orders messages by seq even when they arrive out of order', () => {
    let timeline = applyRoomEvent(emptyTimeline, added(message(5)));
    timeline = upsertMessage(timeline, message(3));
    timeline = applyRoomEvent(timeline, added(message(4)));
    expect(ids(timeline.messages)).toEqual(['m3', 'm4', 'm5']);
  });

  it('replaces an edited message and leaves a tombstone for a deleted one', () => {
    let timeline = fromPage({ messages: [message(1), message(2)], startCursor: null, hasOlder: false });
    timeline = applyRoomEvent(timeline, edited(3, message(1, { body: 'changed', editedAt: '2026-11-28T03:01:00.000Z' })));
    timeline = applyRoomEvent(timeline, deleted(4, 'm2'));
    expect(timeline.messages.map((m) => [m.body, Boolean(m.deletedAt)])).toEqual([
      ['changed', false],
      ['', true],
    ]);
  });

  it('never brings a deleted message back from an older state', () => {
    let timeline = fromPage({ messages: [message(1)], startCursor: null, hasOlder: false });
    timeline = applyRoomEvent(timeline, deleted(2, 'm1'));
    timeline = upsertMessage(timeline, message(1, { body: 'late edit result', editedAt: '2026-11-28T03:05:00.000Z' }));
    expect(timeline.messages[0].deletedAt).not.toBeNull();
  });

  it('applies changes to messages not loaded yet when their older page arrives', () => {
    let timeline = fromPage({ messages: [message(10)], startCursor: 'c10', hasOlder: true });
    timeline = applyRoomEvent(timeline, edited(11, message(2, { body: 'edited later', editedAt: '2026-11-28T03:09:00.000Z' })));
    timeline = applyRoomEvent(timeline, deleted(12, 'm3'));
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
    timeline = applyRoomEvent(timeline, edited(3, message(1, { body: 'new words', editedAt: '2026-11-28T03:01:00.000Z' })));
    expect(timeline.messages[1].replyTo?.body).toBe('new words');
    timeline = applyRoomEvent(timeline, deleted(4, 'm1'));
    expect(timeline.messages[1].replyTo?.deletedAt).not.toBeNull();
  });
});
