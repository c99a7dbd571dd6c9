import { describe, expect, it } from 'vitest';
import type { RoomEvent } from '../events/roomEventStream';
import { applyRoomEvent, appendPage, fromPage, UNSEEN_MAX, upsertMessage, type TimelineMessage } from './timeline';
import { dropNewest, dropOldest, FOLLOWING_KEEP, FOLLOWING_MAX, MARGIN, READING_MAX, stillWanted, trimPlan } from './timelineBounds';

function message(seq: number): TimelineMessage {
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
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => message(from + i));
const edge = (seq: number) => ({ cursor: `c${seq}`, node: { id: `m${seq}`, seq } });
const seqs = (messages: TimelineMessage[]) => messages.map((m) => m.seq);

describe('trimPlan', () => {
  it('keeps the newest few hundred while following, dropping the oldest down to the lower mark', () => {
    expect(trimPlan({ count: FOLLOWING_MAX, following: true, firstInView: 280, lastInView: 299 })).toBeNull();
    expect(trimPlan({ count: FOLLOWING_MAX + 20, following: true, firstInView: 300, lastInView: 319 })).toEqual({
      drop: 'oldest',
      count: FOLLOWING_MAX + 20 - FOLLOWING_KEEP,
    });
  });

  it('lets a reader hold more, and drops only what is far from the screen: above first, then below', () => {
    expect(trimPlan({ count: READING_MAX, following: false, firstInView: 500, lastInView: 520 })).toBeNull();
    expect(trimPlan({ count: READING_MAX + 1, following: false, firstInView: 500, lastInView: 520 })).toEqual({ drop: 'oldest', count: 500 - MARGIN });
    expect(trimPlan({ count: READING_MAX + 1, following: false, firstInView: 40, lastInView: 60 })).toEqual({ drop: 'newest', keep: 61 + MARGIN });
  });
});

describe('stillWanted', () => {
  it('applies a planned drop only if the list, as it is now, would drop as much from the same end', () => {
    expect(stillWanted({ drop: 'oldest', count: 130 }, { drop: 'oldest', count: 110 })).toBe(true);
    expect(stillWanted({ drop: 'oldest', count: 90 }, { drop: 'oldest', count: 110 })).toBe(false);
    // The reader scrolled up meanwhile: nothing is to be dropped any more.
    expect(stillWanted(null, { drop: 'oldest', count: 110 })).toBe(false);
    expect(stillWanted({ drop: 'newest', keep: 150 }, { drop: 'newest', keep: 160 })).toBe(true);
    expect(stillWanted({ drop: 'newest', keep: 170 }, { drop: 'newest', keep: 160 })).toBe(false);
    expect(stillWanted({ drop: 'newest', keep: 150 }, { drop: 'oldest', count: 110 })).toBe(false);
  });
});

describe('dropping messages from the timeline', () => {
  it('starts the stretch at the edge read from the server, which older pages load before', () => {
    const timeline = fromPage({ messages: range(1, 10), startCursor: 'c1', hasOlder: false });
    const trimmed = dropOldest(timeline, 'c1', edge(7));
    expect(seqs(trimmed.messages)).toEqual([7, 8, 9, 10]);
    expect(trimmed).toMatchObject({ startCursor: 'c7', hasOlder: true });
  });

  it('ends the stretch at the edge; posts from then on wait in `unseen` until pages reach the newest', () => {
    let timeline = dropNewest(fromPage({ messages: range(1, 10), startCursor: 'c1', hasOlder: true }), 'c1', edge(4));
    expect(seqs(timeline.messages)).toEqual([1, 2, 3, 4]);
    expect(timeline).toMatchObject({ endCursor: 'c4', hasNewer: true });
    const added: RoomEvent = { __typename: 'MessageAdded', roomId: 'r', seq: 11, message: message(11) };
    timeline = applyRoomEvent(timeline, added, { meId: null, threadRootId: null });
    expect(seqs(timeline.messages)).toEqual([1, 2, 3, 4]);
    timeline = appendPage(timeline, { messages: range(5, 10), endCursor: 'c10', hasNewer: false });
    expect(seqs(timeline.messages)).toEqual(range(1, 11).map((m) => m.seq));
    expect(timeline.hasNewer).toBe(false);
  });

  it('leaves the timeline alone when its start moved meanwhile, or the edge is not loaded', () => {
    const timeline = fromPage({ messages: range(5, 10), startCursor: 'c5', hasOlder: true });
    expect(dropOldest(timeline, 'c1', edge(7))).toBe(timeline);
    expect(dropOldest(timeline, 'c5', edge(12))).toBe(timeline);
    expect(dropNewest(timeline, 'c1', edge(7))).toBe(timeline);
  });

  it('keeps only the newest posts waiting in `unseen`', () => {
    let timeline = dropNewest(fromPage({ messages: range(1, 3), startCursor: 'c1', hasOlder: false }), 'c1', edge(2));
    for (const post of range(10, 10 + UNSEEN_MAX + 4)) timeline = upsertMessage(timeline, post);
    expect(timeline.unseen).toHaveLength(UNSEEN_MAX);
    expect(timeline.unseen[0].seq).toBe(15);
  });
});
