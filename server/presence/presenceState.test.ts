import { describe, expect, it } from 'vitest';
import { closeStream, createPresenceState, isOnline, LARGE_ROOM_INTERVAL_MS, openStream, planBroadcast, presentUserIds, viewerCount, type PresenceChange } from './presenceState';
import { idleThrottle, type Throttle } from './throttle';

describe('presence state', () => {
  it('counts a user with two tabs once: joins on the first stream, leaves with the last', () => {
    const state = createPresenceState();
    expect(openStream(state, 'r', 'ana')).toEqual({ roomId: 'r', viewerCount: 1, counted: true, joinedId: 'ana', leftId: null });
    expect(openStream(state, 'r', 'ana')).toMatchObject({ viewerCount: 1, counted: false, joinedId: null });
    expect(closeStream(state, 'r', 'ana')).toMatchObject({ viewerCount: 1, counted: false, leftId: null });
    expect(isOnline(state, 'ana')).toBe(true);
    expect(closeStream(state, 'r', 'ana')).toEqual({ roomId: 'r', viewerCount: 0, counted: true, joinedId: null, leftId: 'ana' });
    expect(isOnline(state, 'ana')).toBe(false);
    expect(state.rooms.size).toBe(0);
  });

  it('counts every anonymous stream as one viewer, with no ids', () => {
    const state = createPresenceState();
    openStream(state, 'r', null);
    expect(openStream(state, 'r', null)).toEqual({ roomId: 'r', viewerCount: 2, counted: true, joinedId: null, leftId: null });
    openStream(state, 'r', 'ana');
    expect(viewerCount(state, 'r')).toBe(3);
    expect(presentUserIds(state, 'r')).toEqual(['ana']);
    expect(closeStream(state, 'r', null)).toMatchObject({ viewerCount: 2, counted: true, leftId: null });
  });

  it('keeps a user online while a stream in another room stays open', () => {
    const state = createPresenceState();
    openStream(state, 'r1', 'ana');
    openStream(state, 'r2', 'ana');
    expect(closeStream(state, 'r1', 'ana')).toMatchObject({ leftId: 'ana' });
    expect(isOnline(state, 'ana')).toBe(true);
    expect(presentUserIds(state, 'r1')).toEqual([]);
  });

  it('ignores a close it never saw an open for', () => {
    const state = createPresenceState();
    expect(closeStream(state, 'r', 'ana')).toMatchObject({ counted: false, viewerCount: 0 });
    expect(closeStream(state, 'r', null)).toMatchObject({ counted: false, viewerCount: 0 });
  });
});

describe('presence broadcast plan', () => {
  const LARGE = 3;
  const change = (viewers: number, ids: Partial<PresenceChange> = {}): PresenceChange => ({
    roomId: 'r',
    viewerCount: viewers,
    counted: true,
    joinedId: null,
    leftId: null,
    ...ids,
  });

  it('sends every join and leave of a small room at once, with the user', () => {
    const joined = planBroadcast(idleThrottle, change(1, { joinedId: 'ana' }), 0, LARGE);
    expect(joined.send).toEqual({ joinedIds: ['ana'], leftIds: [] });
    const left = planBroadcast(joined.next, change(0, { leftId: 'ana' }), 10, LARGE);
    expect(left.send).toEqual({ joinedIds: [], leftIds: ['ana'] });
  });

  it('sends nothing for a second tab', () => {
    expect(planBroadcast(idleThrottle, { ...change(1), counted: false }, 0, LARGE)).toEqual({ send: null, next: idleThrottle, wakeAt: null });
  });

  it('sends a large room only its count, at most every 5 s, and the last change on the trailing edge', () => {
    let throttle: Throttle = idleThrottle;
    const first = planBroadcast(throttle, change(4, { joinedId: 'ana' }), 0, LARGE);
    expect(first.send).toEqual({ joinedIds: [], leftIds: [] });
    throttle = first.next;
    for (const t of [1000, 2000, 4999]) {
      const plan = planBroadcast(throttle, change(5, { joinedId: `u${t}` }), t, LARGE);
      expect(plan).toMatchObject({ send: null, wakeAt: LARGE_ROOM_INTERVAL_MS });
      throttle = plan.next;
    }
    expect(throttle).toEqual({ lastSentAt: 0, pending: true });
  });

  it('crosses the threshold both ways: up, the count waits out the interval; down, ids go out at once', () => {
    const small = planBroadcast(idleThrottle, change(3, { joinedId: 'ana' }), 0, LARGE);
    expect(small.send).toEqual({ joinedIds: ['ana'], leftIds: [] });
    const up = planBroadcast(small.next, change(4, { joinedId: 'bo' }), 100, LARGE);
    expect(up).toMatchObject({ send: null, wakeAt: LARGE_ROOM_INTERVAL_MS, next: { pending: true } });
    const down = planBroadcast(up.next, change(3, { leftId: 'bo' }), 200, LARGE);
    expect(down).toEqual({ send: { joinedIds: [], leftIds: ['bo'] }, next: { lastSentAt: 200, pending: false }, wakeAt: null });
  });
});
