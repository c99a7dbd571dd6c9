// The presence shell with fake timers and a recording pubsub: what goes out, when, and that every
// timer is released.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenceChangedEvent, PubSub } from '../pubsub';
import { createPresence } from './presence';

function setup(largeRoomViewers = 3) {
  const published: PresenceChangedEvent[] = [];
  const sentAt: number[] = [];
  const publish = (_topic: string, _key: string, payload: PresenceChangedEvent) => {
    published.push(payload);
    sentAt.push(Date.now());
  };
  const presence = createPresence({ pubsub: { publish } as unknown as PubSub, largeRoomViewers });
  const counts = () => published.map((e) => e.viewerCount);
  return { presence, published, sentAt, counts };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('presence', () => {
  it('publishes a small room’s joins and leaves at once, and a second tab not at all', () => {
    const { presence, published } = setup();
    const tab1 = presence.enter('r', 'ana');
    const tab2 = presence.enter('r', 'ana');
    tab1();
    expect(presence.isOnline('ana')).toBe(true);
    tab2();
    tab2(); // twice is harmless
    expect(published).toEqual([
      { type: 'PresenceChanged', roomId: 'r', viewerCount: 1, joinedIds: ['ana'], leftIds: [] },
      { type: 'PresenceChanged', roomId: 'r', viewerCount: 0, joinedIds: [], leftIds: ['ana'] },
    ]);
    expect(presence.isOnline('ana')).toBe(false);
    expect(presence.viewerCount('r')).toBe(0);
  });

  it('sends a large room its count at most every 5 s without ids, and the last count eventually', () => {
    const { presence, published, counts } = setup(3);
    for (let i = 0; i < 3; i++) presence.enter('r', `u${i}`);
    expect(published).toHaveLength(3);
    for (let i = 3; i < 50; i++) {
      presence.enter('r', `u${i}`);
      vi.advanceTimersByTime(100); // a join every 100 ms for 4.7 s
    }
    expect(presence.isLarge('r')).toBe(true);
    vi.advanceTimersByTime(10_000);
    const large = published.slice(3);
    expect(large.every((e) => e.joinedIds.length === 0 && e.leftIds.length === 0)).toBe(true);
    expect(counts().at(-1)).toBe(50);
    // Joins went on for 4.7 s from the last small send; at most one count per 5 s in that time.
    expect(large.length).toBeLessThanOrEqual(2);
    expect(presence.activeTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('spaces large-room sends at least 5 s apart while viewers come and go', () => {
    const { presence, published, sentAt } = setup(1);
    const open: (() => void)[] = [presence.enter('r', null), presence.enter('r', null)];
    for (let i = 0; i < 200; i++) {
      open.push(presence.enter('r', null));
      if (i % 3 === 0) open.shift()!();
      vi.advanceTimersByTime(97); // 19.4 s of churn
    }
    vi.advanceTimersByTime(5000);
    const large = sentAt.filter((_, i) => published[i].viewerCount > 1);
    for (let i = 1; i < large.length; i++) expect(large[i] - large[i - 1]).toBeGreaterThanOrEqual(5000);
    expect(large.length).toBeGreaterThanOrEqual(4);
    expect(published.at(-1)!.viewerCount).toBe(presence.viewerCount('r'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('crosses the threshold up (count only, on the trailing edge) and down (ids at once, nothing left waiting)', () => {
    const { presence, published } = setup(2);
    presence.enter('r', 'ana');
    const bo = presence.enter('r', 'bo');
    presence.enter('r', 'cy'); // 3 > 2: large, and the last send was just now
    expect(published).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(published[2]).toEqual({ type: 'PresenceChanged', roomId: 'r', viewerCount: 3, joinedIds: [], leftIds: [] });
    expect(vi.getTimerCount()).toBe(0);

    bo(); // 2: small again
    expect(published[3]).toEqual({ type: 'PresenceChanged', roomId: 'r', viewerCount: 2, joinedIds: [], leftIds: ['bo'] });
    const eve = presence.enter('r', 'eve'); // 3: large, waits
    expect(published).toHaveLength(4);
    expect(vi.getTimerCount()).toBe(1);
    eve(); // 2: small, at once, and the waiting count is dropped with its timer
    expect(published[4]).toEqual({ type: 'PresenceChanged', roomId: 'r', viewerCount: 2, joinedIds: [], leftIds: ['eve'] });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(published).toHaveLength(5);
  });

  it('releases the trailing timer when the room empties, and every timer on dispose', () => {
    const { presence } = setup(1);
    const a = presence.enter('r', null);
    const b = presence.enter('r', null);
    const c = presence.enter('r', null);
    expect(vi.getTimerCount()).toBe(1);
    a();
    b();
    c();
    expect(presence.viewerCount('r')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);

    presence.enter('s', null);
    presence.enter('s', null);
    presence.enter('s', null);
    expect(vi.getTimerCount()).toBe(1);
    presence.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(presence.activeTimers()).toBe(0);
  });
});
