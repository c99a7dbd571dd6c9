// MemberCountChanged from the rooms domain, over the real migrations with fake timers: at once for
// the first change, then at most one a second per room with the count current when it goes out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domainFixture } from '../test/domainFixture';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('member count events', () => {
  it('announces a join at once, with the new count', () => {
    const fx = domainFixture();
    const roomId = fx.room();
    fx.member('Ann', [roomId]);
    expect(fx.roomEvents('MemberCountChanged').map((e) => e.event)).toEqual([{ type: 'MemberCountChanged', roomId, memberCount: 2 }]);
  });

  it('sends one event a second however many join, the last one current', () => {
    const fx = domainFixture();
    const roomId = fx.room();
    const start = Date.now();
    for (let i = 0; i < 50; i++) fx.member(`Fan ${i}`, [roomId]);
    expect(fx.roomEvents('MemberCountChanged').map((e) => e.event.memberCount)).toEqual([2]);
    vi.advanceTimersByTime(999);
    expect(fx.roomEvents('MemberCountChanged')).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const sent = fx.roomEvents('MemberCountChanged');
    expect(sent.map((e) => [e.at - start, e.event.memberCount])).toEqual([
      [0, 2],
      [1000, 51],
    ]);
    vi.advanceTimersByTime(10_000);
    expect(fx.roomEvents('MemberCountChanged')).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('throttles each room on its own', () => {
    const fx = domainFixture();
    const [a, b] = [fx.room('A'), fx.room('B')];
    fx.member('Ann', [a, b]);
    expect(fx.roomEvents('MemberCountChanged').map((e) => [e.event.roomId, e.event.memberCount])).toEqual([
      [a, 2],
      [b, 2],
    ]);
  });

  it('announces leaving and inviting, and not a join or leave that changed nothing', () => {
    const fx = domainFixture();
    const owner = fx.users.authenticate(fx.users.joinAsGuest('Priv Owner').token)!;
    const privateId = fx.rooms.create(owner, { name: 'Private', kind: 'PRIVATE' }).id;
    const guest = fx.member('Guest', []);
    fx.rooms.invite(owner, privateId, guest!.user.id);
    fx.rooms.invite(owner, privateId, guest!.user.id); // a member already
    vi.advanceTimersByTime(1000);
    fx.rooms.leave(guest, privateId);
    expect(fx.rooms.leave(guest, fx.room('Elsewhere'))).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(fx.roomEvents('MemberCountChanged').map((e) => [e.event.roomId, e.event.memberCount])).toEqual([
      [privateId, 2],
      [privateId, 1],
    ]);
  });

  it('releases its timers on dispose', () => {
    const fx = domainFixture();
    const roomId = fx.room();
    fx.member('Ann', [roomId]);
    fx.member('Ben', [roomId]);
    expect(vi.getTimerCount()).toBe(1);
    fx.rooms.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
