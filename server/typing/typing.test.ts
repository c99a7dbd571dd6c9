// The typing shell with fake timers, a recording pubsub and stand-ins for rooms and presence.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserRow } from '../db/schema';
import type { PubSub, TypingChangedEvent } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { createTyping } from './typing';

const viewer = (id: string): Viewer => ({ user: { id } as UserRow, tokenHash: 'h' });
const ana = viewer('ana');
const bo = viewer('bo');

function setup() {
  const published: TypingChangedEvent[] = [];
  const sentAt: number[] = [];
  const publish = (_topic: string, _key: string, payload: TypingChangedEvent) => {
    published.push(payload);
    sentAt.push(Date.now());
  };
  const rooms = { requireMember: (v: Viewer) => ({ user: v!.user }) } as unknown as Pick<Rooms, 'requireMember'>;
  const large = new Set<string>();
  const typing = createTyping({ pubsub: { publish } as unknown as PubSub, rooms, presence: { isLarge: (roomId) => large.has(roomId) } });
  const lists = () => published.map((e) => e.userIds);
  return { typing, published, sentAt, large, lists };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('typing', () => {
  it('broadcasts a typing user at once and expires them 6 s after the last `true`', () => {
    const { typing, lists } = setup();
    typing.setTyping(ana, 'r', true);
    expect(lists()).toEqual([['ana']]);
    vi.advanceTimersByTime(3000);
    typing.setTyping(ana, 'r', true); // still typing: no broadcast, expiry moves to 9 s
    vi.advanceTimersByTime(5999);
    expect(lists()).toEqual([['ana']]);
    vi.advanceTimersByTime(1);
    expect(lists()).toEqual([['ana'], []]);
    expect(typing.typingUserIds('r')).toEqual([]);
  });

  it('clears at once on `false`', () => {
    const { typing, lists } = setup();
    typing.setTyping(ana, 'r', true);
    vi.advanceTimersByTime(600);
    typing.setTyping(ana, 'r', false);
    expect(lists()).toEqual([['ana'], []]);
  });

  it('broadcasts at most twice a second, and the final state always goes out', () => {
    const { typing, lists, sentAt } = setup();
    for (let i = 0; i < 100; i++) {
      typing.setTyping(i % 2 ? bo : ana, 'r', i % 4 < 2); // ana and bo start and stop, 100 calls in 2 s
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(1000);
    for (let i = 2; i < sentAt.length; i++) expect(sentAt[i] - sentAt[i - 2]).toBeGreaterThanOrEqual(1000);
    expect(sentAt.length).toBeLessThanOrEqual(5);
    expect(lists().at(-1)).toEqual(typing.typingUserIds('r'));
    expect(typing.typingUserIds('r')).toEqual([]);
  });

  it('broadcasts nothing while the room is large, expiry included', () => {
    const { typing, published, large } = setup();
    large.add('r');
    typing.setTyping(ana, 'r', true);
    typing.setTyping(bo, 'r', true);
    typing.setTyping(bo, 'r', false);
    vi.advanceTimersByTime(10_000);
    expect(published).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds no timer once nobody types and the interval has closed', () => {
    const { typing, lists } = setup();
    typing.setTyping(ana, 'r', true);
    typing.setTyping(bo, 's', true);
    expect(typing.activeTimers()).toBe(4); // per room: expiry + end of the interval
    typing.setTyping(ana, 'r', false);
    typing.setTyping(bo, 's', false);
    expect(typing.activeTimers()).toBe(2); // the `false`s wait for the end of the interval
    vi.advanceTimersByTime(500);
    expect(lists()).toEqual([['ana'], ['bo'], [], []]);
    vi.advanceTimersByTime(499);
    expect(typing.activeTimers()).toBe(2); // the interval those sends opened
    vi.advanceTimersByTime(1);
    expect(typing.activeTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases every timer on dispose and schedules none afterwards', () => {
    const { typing, published } = setup();
    typing.setTyping(ana, 'r', true);
    typing.setTyping(bo, 'r', true);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    typing.dispose();
    expect(vi.getTimerCount()).toBe(0);
    typing.setTyping(ana, 'r', true);
    expect(vi.getTimerCount()).toBe(0);
    expect(published).toHaveLength(1);
  });
});
