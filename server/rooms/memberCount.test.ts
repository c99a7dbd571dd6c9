// MemberCountChanged from the rooms domain, over the real migrations with fake timers: at once for
// the first change, then at most one a second per room with the count current when it goes out.
// The count is read from the store when the throttle fires, so the timers advance with their async
// variant, which lets that read settle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domainFixture } from '../test/domainFixture';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('member count events', () => {
  it('announces a join at once, with the new count', async () => {
    const fx = domainFixture();
    const roomId = await fx.room();
    await fx.member('Ann', [roomId]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fx.roomEvents('MemberCountChanged').map((e) => e.event)).toEqual([{ type: 'MemberCountChanged', roomId, memberCount: 2 }]);
  });

  it('sends one event a second however many join, the last one current', async () => {
    const fx = domainFixture();
    const roomId = await fx.room();
    const start = Date.now();
    for (let i = 0; i < 50; i++) await fx.member(`Fan ${i}`, [roomId]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fx.roomEvents('MemberCountChanged').map((e) => e.event.memberCount)).toEqual([2]);
    await vi.advanceTimersByTimeAsync(999);
    expect(fx.roomEvents('MemberCountChanged')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const sent = fx.roomEvents('MemberCountChanged');
    expect(sent.map((e) => [e.at - start, e.event.memberCount])).toEqual([
      [0, 2],
      [1000, 51],
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fx.roomEvents('MemberCountChanged')).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('throttles each room on its own', async () => {
    const fx = domainFixture();
    const [a, b] = [await fx.room('A'), await fx.room('B')];
    await fx.member('Ann', [a, b]);
    await vi.advanceTimersByTimeAsync(0);
    expect(fx.roomEvents('MemberCountChanged').map((e) => [e.event.roomId, e.event.memberCount])).toEqual([
      [a, 2],
      [b, 2],
    ]);
  });

  it('announces leaving and inviting, and not a join or leave that changed nothing', async () => {
    const fx = domainFixture();
    const owner = await fx.signIn('Priv Owner');
    const privateId = (await fx.rooms.create(owner, { name: 'Private', kind: 'PRIVATE' })).id;
    const guest = await fx.member('Guest', []);
    await fx.rooms.invite(owner, privateId, guest.user.id);
    await fx.rooms.invite(owner, privateId, guest.user.id); // a member already
    await vi.advanceTimersByTimeAsync(1000);
    await fx.rooms.leave(guest, privateId);
    expect(await fx.rooms.leave(guest, await fx.room('Elsewhere'))).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fx.roomEvents('MemberCountChanged').map((e) => [e.event.roomId, e.event.memberCount])).toEqual([
      [privateId, 2],
      [privateId, 1],
    ]);
  });

  it('logs a count that fails to read, and does not reject', async () => {
    const fx = domainFixture();
    const roomId = await fx.room();
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fx.store.close();
    fx.rooms.membersChanged(roomId);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toHaveBeenCalledWith(expect.stringContaining(roomId), expect.anything());
    expect(fx.roomEvents('MemberCountChanged')).toEqual([]);
    failed.mockRestore();
  });

  it('releases its timers on dispose', async () => {
    const fx = domainFixture();
    const roomId = await fx.room();
    await fx.member('Ann', [roomId]);
    await fx.member('Ben', [roomId]);
    expect(vi.getTimerCount()).toBe(1);
    fx.rooms.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
