import { describe, expect, it } from 'vitest';
import type { MembershipRow, RoomRole } from '../storage/rows';
import { activeTimeout, canActOn, canGrant, isModerator, slowModeApplies } from './policy';

const as = (role: RoomRole): MembershipRow => ({
  roomId: 'r',
  userId: 'u',
  role,
  joinedAt: new Date(0),
  lastReadSeq: 0,
  timedOutUntil: null,
  timeoutReason: null,
});

describe('moderation policy', () => {
  it('lets moderators act only on those they outrank, owners on anyone but themselves', () => {
    expect(canActOn(as('MODERATOR'), 'a', 'b', as('MEMBER'))).toBe(true);
    expect(canActOn(as('MODERATOR'), 'a', 'b', undefined)).toBe(true);
    expect(canActOn(as('MODERATOR'), 'a', 'b', as('MODERATOR'))).toBe(false);
    expect(canActOn(as('MODERATOR'), 'a', 'b', as('OWNER'))).toBe(false);
    expect(canActOn(as('OWNER'), 'a', 'b', as('OWNER'))).toBe(true);
    expect(canActOn(as('OWNER'), 'a', 'a', as('OWNER'))).toBe(false);
    expect(canActOn(as('MEMBER'), 'a', 'b', as('MEMBER'))).toBe(false);
    expect(canActOn(undefined, 'a', 'b', as('MEMBER'))).toBe(false);
  });

  it("never grants above the granter's own role", () => {
    expect(canGrant(as('OWNER'), 'OWNER')).toBe(true);
    expect(canGrant(as('MODERATOR'), 'MODERATOR')).toBe(true);
    expect(canGrant(as('MODERATOR'), 'OWNER')).toBe(false);
    expect(canGrant(as('MEMBER'), 'MEMBER')).toBe(false);
  });

  it('exempts moderators from slow mode', () => {
    expect(slowModeApplies(as('MEMBER'), 30)).toBe(true);
    expect(slowModeApplies(as('MODERATOR'), 30)).toBe(false);
    expect(slowModeApplies(as('MEMBER'), 0)).toBe(false);
    expect(isModerator(as('OWNER'))).toBe(true);
  });

  it('reports a timeout only while it runs', () => {
    const until = new Date(10_000);
    expect(activeTimeout({ timedOutUntil: until }, 9_999)).toBe(until);
    expect(activeTimeout({ timedOutUntil: until }, 10_000)).toBeNull();
    expect(activeTimeout({ timedOutUntil: null }, 0)).toBeNull();
  });
});
