// The typing shell with fake timers, over real rooms, presence and pub/sub (in-memory SQLite).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domainFixture } from '../test/domainFixture';
import { createTyping } from './typing';

async function setup() {
  const fixture = domainFixture({ largeRoomViewers: 2 });
  const r = await fixture.room('r');
  const s = await fixture.room('s');
  const ana = await fixture.member('ana', [r, s]);
  const bo = await fixture.member('bo', [r, s]);
  const typing = createTyping({ pubsub: fixture.pubsub, rooms: fixture.rooms, presence: fixture.presence });
  const typingEvents = () => fixture.roomEvents('TypingChanged');
  const sentAt = () => typingEvents().map((p) => p.at);
  const lists = () => typingEvents().map((p) => p.event.userIds.map((id) => fixture.names.get(id)));
  /** Three anonymous viewers make the room large (the threshold is 2). */
  const makeLarge = (roomId: string) => [0, 1, 2].forEach(() => fixture.presence.enter(roomId, null));
  const names = (ids: string[]) => ids.map((id) => fixture.names.get(id));
  return { typing, typingEvents, sentAt, lists, makeLarge, names, rooms: fixture.rooms, r, s, ana, bo };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('typing', () => {
  it('broadcasts a typing user at once and expires them 6 s after the last `true`', async () => {
    const { typing, lists, r, ana } = await setup();
    await typing.setTyping(ana, r, true);
    expect(lists()).toEqual([['ana']]);
    vi.advanceTimersByTime(2000);
    await typing.setTyping(ana, r, true); // still typing: no broadcast, expiry moves to 8 s
    vi.advanceTimersByTime(5999);
    expect(lists()).toEqual([['ana']]);
    vi.advanceTimersByTime(1);
    expect(lists()).toEqual([['ana'], []]);
    expect(typing.typingUserIds(r)).toEqual([]);
  });

  it('clears at once on `false`', async () => {
    const { typing, lists, r, ana } = await setup();
    await typing.setTyping(ana, r, true);
    vi.advanceTimersByTime(600);
    await typing.setTyping(ana, r, false);
    expect(lists()).toEqual([['ana'], []]);
  });

  it('broadcasts at most twice a second, and the final state always goes out', async () => {
    const { typing, lists, sentAt, r, ana, bo, names } = await setup();
    for (let i = 0; i < 100; i++) {
      await typing.setTyping(i % 2 ? bo : ana, r, i % 4 < 2); // ana and bo start and stop, 100 calls in 2 s
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(1000);
    const at = sentAt();
    for (let i = 2; i < at.length; i++) expect(at[i] - at[i - 2]).toBeGreaterThanOrEqual(1000);
    expect(at.length).toBeLessThanOrEqual(5);
    expect(lists().at(-1)).toEqual(names(typing.typingUserIds(r)));
    expect(typing.typingUserIds(r)).toEqual([]);
  });

  it('broadcasts nothing while the room is large, expiry included', async () => {
    const { typing, typingEvents, makeLarge, r, ana, bo } = await setup();
    makeLarge(r);
    await typing.setTyping(ana, r, true);
    await typing.setTyping(bo, r, true);
    await typing.setTyping(bo, r, false);
    vi.advanceTimersByTime(10_000);
    expect(typingEvents()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds no timer once nobody types and the interval has closed', async () => {
    const { typing, lists, r, s, ana, bo } = await setup();
    await typing.setTyping(ana, r, true);
    await typing.setTyping(bo, s, true);
    expect(typing.activeTimers()).toBe(4); // per room: expiry + end of the interval
    await typing.setTyping(ana, r, false);
    await typing.setTyping(bo, s, false);
    expect(typing.activeTimers()).toBe(2); // the `false`s wait for the end of the interval
    vi.advanceTimersByTime(500);
    expect(lists()).toEqual([['ana'], ['bo'], [], []]);
    vi.advanceTimersByTime(499);
    expect(typing.activeTimers()).toBe(2); // the interval those sends opened
    vi.advanceTimersByTime(1);
    expect(typing.activeTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases every timer on dispose and schedules none afterwards', async () => {
    const { typing, typingEvents, rooms, r, ana, bo } = await setup();
    rooms.dispose(); // the members' joins left the rooms domain's member-count timers; typing's are counted here
    expect(vi.getTimerCount()).toBe(0);
    await typing.setTyping(ana, r, true);
    await typing.setTyping(bo, r, true);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    typing.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await typing.setTyping(ana, r, true);
    expect(vi.getTimerCount()).toBe(0);
    expect(typingEvents()).toHaveLength(1);
  });

  it('re-sends an unchanged set on a `true` 3 s after the last send, for those who just subscribed', async () => {
    const { typing, lists, r, ana } = await setup();
    await typing.setTyping(ana, r, true);
    vi.advanceTimersByTime(2999);
    await typing.setTyping(ana, r, true);
    expect(lists()).toEqual([['ana']]);
    vi.advanceTimersByTime(1);
    await typing.setTyping(ana, r, true);
    expect(lists()).toEqual([['ana'], ['ana']]);
  });
});
