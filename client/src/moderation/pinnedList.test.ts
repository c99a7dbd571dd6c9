import { describe, expect, it } from 'vitest';
import type { RoomEvent } from '../events/roomEventStream';
import { applyPinEvent, fromRead, type PinnedMessage } from './pinnedList';

const message = (id: string, body = id): PinnedMessage => ({
  id,
  seq: 1,
  body,
  createdAt: '2026-11-28T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  clientMessageId: null,
  threadRootId: null,
  replyCount: 0,
  lastReplyAt: null,
  author: { id: 'ann', displayName: 'Ann', username: 'ann', isGuest: false },
  replyTo: null,
  reactions: [],
  mentions: [],
  pinnedAt: '2026-11-28T10:05:00.000Z',
});
const pinned = (seq: number, m: PinnedMessage): RoomEvent => ({ __typename: 'MessagePinned', roomId: 'r', seq, message: m });
const unpinned = (seq: number, messageId: string): RoomEvent => ({ __typename: 'MessageUnpinned', roomId: 'r', seq, messageId });

describe('the pinned list', () => {
  it('puts a newly pinned message first and drops an unpinned one', () => {
    let list = { messages: [message('a')], seq: 4 };
    list = applyPinEvent(list, pinned(5, message('b'))).list;
    expect(list.messages.map((m) => m.id)).toEqual(['b', 'a']);
    list = applyPinEvent(list, unpinned(6, 'a')).list;
    expect(list.messages.map((m) => m.id)).toEqual(['b']);
  });

  it('skips events the read already had and applies those that came during it', () => {
    const during = [pinned(3, message('old')), unpinned(4, 'a'), pinned(5, message('c'))];
    const { list, gap } = fromRead([message('a'), message('b')], 4, during);
    expect(list.messages.map((m) => m.id)).toEqual(['c', 'a', 'b']);
    expect(list.seq).toBe(5);
    expect(gap).toBe(false);
  });

  it('says when events were missed, so the list is read again', () => {
    const result = applyPinEvent({ messages: [], seq: 4 }, pinned(7, message('x')));
    expect(result.gap).toBe(true);
    expect(result.list.messages.map((m) => m.id)).toEqual(['x']);
  });
});
