// The cheering shell with fake timers, over real rooms and pub/sub (in-memory SQLite).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domainFixture } from '../test/domainFixture';
import { BURST_WINDOW_MS, createCheering } from './cheering';

async function setup() {
  const fixture = domainFixture();
  const r = await fixture.room('r');
  const s = await fixture.room('s');
  const ana = await fixture.member('ana', [r, s]);
  const cheering = createCheering({ pubsub: fixture.pubsub, rooms: fixture.rooms });
  const bursts = () => fixture.roomEvents('RoomReactionBurst');
  return { cheering, bursts, r, s, ana };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('cheering', () => {
  it('publishes one burst per 250 ms window with everything sent in it, and no timer while quiet', async () => {
    const { cheering, bursts, r, ana } = await setup();
    expect(vi.getTimerCount()).toBe(0);
    for (let i = 0; i < 1000; i++) await cheering.sendRoomReaction(ana, r, i % 4 === 0 ? '⚽' : '🎉');
    await cheering.sendRoomReaction(ana, r, '❤'); // canonicalised to ❤️
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(BURST_WINDOW_MS - 1);
    expect(bursts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(bursts().map((p) => p.event)).toEqual([
      {
        type: 'RoomReactionBurst',
        roomId: r,
        counts: [
          { emoji: '🎉', count: 750 },
          { emoji: '⚽', count: 250 },
          { emoji: '❤️', count: 1 },
        ],
      },
    ]);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(bursts()).toHaveLength(1);
  });

  it('splits a steady stream into windows at least 250 ms apart that add up to everything sent', async () => {
    const { cheering, bursts, r, ana } = await setup();
    for (let i = 0; i < 100; i++) {
      await cheering.sendRoomReaction(ana, r, '🎉');
      vi.advanceTimersByTime(10); // 1 s of cheering
    }
    vi.advanceTimersByTime(BURST_WINDOW_MS);
    expect(bursts().map((p) => p.at)).toEqual([250, 500, 750, 1000]);
    expect(bursts().reduce((sum, p) => sum + p.event.counts[0].count, 0)).toBe(100);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps each room’s window apart', async () => {
    const { cheering, bursts, r, s, ana } = await setup();
    await cheering.sendRoomReaction(ana, r, '🎉');
    vi.advanceTimersByTime(100);
    await cheering.sendRoomReaction(ana, s, '⚽');
    vi.advanceTimersByTime(BURST_WINDOW_MS);
    expect(bursts().map((p) => [p.at, p.event.roomId, p.event.counts])).toEqual([
      [250, r, [{ emoji: '🎉', count: 1 }]],
      [350, s, [{ emoji: '⚽', count: 1 }]],
    ]);
  });

  it('refuses anything but one emoji', async () => {
    const { cheering, r, ana } = await setup();
    await expect(cheering.sendRoomReaction(ana, r, 'hi')).rejects.toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'emoji' } }));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases every timer on dispose and publishes nothing afterwards', async () => {
    const { cheering, bursts, r, s, ana } = await setup();
    await cheering.sendRoomReaction(ana, r, '🎉');
    await cheering.sendRoomReaction(ana, s, '🎉');
    expect(cheering.activeTimers()).toBe(2);
    cheering.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await cheering.sendRoomReaction(ana, r, '🎉');
    vi.advanceTimersByTime(1000);
    expect(bursts()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
