// The cheering shell with fake timers, a recording pubsub and a stand-in for rooms.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserRow } from '../db/schema';
import type { PubSub, RoomReactionBurstEvent } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { BURST_WINDOW_MS, createCheering } from './cheering';

const ana: Viewer = { user: { id: 'ana' } as UserRow, tokenHash: 'h' };

function setup() {
  const published: { at: number; event: RoomReactionBurstEvent }[] = [];
  const publish = (_topic: string, _key: string, event: RoomReactionBurstEvent) => published.push({ at: Date.now(), event });
  const rooms = { requireMember: () => ({}) } as unknown as Pick<Rooms, 'requireMember'>;
  return { cheering: createCheering({ pubsub: { publish } as unknown as PubSub, rooms }), published };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('cheering', () => {
  it('publishes one burst per 250 ms window with everything sent in it, and no timer while quiet', () => {
    const { cheering, published } = setup();
    expect(vi.getTimerCount()).toBe(0);
    for (let i = 0; i < 1000; i++) cheering.sendRoomReaction(ana, 'r', i % 4 === 0 ? '⚽' : '🎉');
    cheering.sendRoomReaction(ana, 'r', '❤'); // canonicalised to ❤️
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(BURST_WINDOW_MS - 1);
    expect(published).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(published.map((p) => p.event)).toEqual([
      {
        type: 'RoomReactionBurst',
        roomId: 'r',
        counts: [
          { emoji: '🎉', count: 750 },
          { emoji: '⚽', count: 250 },
          { emoji: '❤️', count: 1 },
        ],
      },
    ]);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(published).toHaveLength(1);
  });

  it('splits a steady stream into windows at least 250 ms apart that add up to everything sent', () => {
    const { cheering, published } = setup();
    for (let i = 0; i < 100; i++) {
      cheering.sendRoomReaction(ana, 'r', '🎉');
      vi.advanceTimersByTime(10); // 1 s of cheering
    }
    vi.advanceTimersByTime(BURST_WINDOW_MS);
    expect(published.map((p) => p.at)).toEqual([250, 500, 750, 1000]);
    expect(published.reduce((sum, p) => sum + p.event.counts[0].count, 0)).toBe(100);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps each room’s window apart', () => {
    const { cheering, published } = setup();
    cheering.sendRoomReaction(ana, 'r', '🎉');
    vi.advanceTimersByTime(100);
    cheering.sendRoomReaction(ana, 's', '⚽');
    vi.advanceTimersByTime(BURST_WINDOW_MS);
    expect(published.map((p) => [p.at, p.event.roomId, p.event.counts])).toEqual([
      [250, 'r', [{ emoji: '🎉', count: 1 }]],
      [350, 's', [{ emoji: '⚽', count: 1 }]],
    ]);
  });

  it('refuses anything but one emoji', () => {
    const { cheering } = setup();
    expect(() => cheering.sendRoomReaction(ana, 'r', 'hi')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'emoji' } }));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases every timer on dispose and publishes nothing afterwards', () => {
    const { cheering, published } = setup();
    cheering.sendRoomReaction(ana, 'r', '🎉');
    cheering.sendRoomReaction(ana, 's', '🎉');
    expect(cheering.activeTimers()).toBe(2);
    cheering.dispose();
    expect(vi.getTimerCount()).toBe(0);
    cheering.sendRoomReaction(ana, 'r', '🎉');
    vi.advanceTimersByTime(1000);
    expect(published).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
