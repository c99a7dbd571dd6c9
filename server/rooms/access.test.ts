import { describe, expect, it } from 'vitest';
import type { MembershipRow } from '../storage/rows';
import { isModerator } from '../moderation/policy';
import { canDeleteMessage, canRead, losesAccessOnLeave } from './access';
import { cleanRoomInput, directKey } from './roomInput';

const member = (role: MembershipRow['role']): MembershipRow => ({
  roomId: 'r',
  userId: 'u',
  role,
  joinedAt: new Date(0),
  lastReadSeq: 0,
  timedOutUntil: null,
  timeoutReason: null,
});

describe('room access', () => {
  it('lets anyone read PUBLIC rooms and only members read the others', () => {
    expect(canRead({ kind: 'PUBLIC' }, undefined)).toBe(true);
    expect(canRead({ kind: 'PRIVATE' }, undefined)).toBe(false);
    expect(canRead({ kind: 'DIRECT' }, member('MEMBER'))).toBe(true);
  });

  it('lets the author, the owner and moderators delete, and no other member', () => {
    expect(canDeleteMessage('u', 'u', member('MEMBER'))).toBe(true);
    expect(canDeleteMessage('other', 'u', member('MEMBER'))).toBe(false);
    expect(canDeleteMessage('other', 'u', member('MODERATOR'))).toBe(true);
    expect(canDeleteMessage('other', 'u', member('OWNER'))).toBe(true);
    expect(isModerator(undefined)).toBe(false);
  });

  it('revokes access on leave everywhere but in PUBLIC rooms', () => {
    expect(losesAccessOnLeave({ kind: 'PUBLIC' })).toBe(false);
    expect(losesAccessOnLeave({ kind: 'PRIVATE' })).toBe(true);
  });
});

describe('room input', () => {
  it('trims, defaults to PUBLIC, and refuses DIRECT', () => {
    expect(cleanRoomInput({ name: ' Final ' })).toEqual({ name: 'Final', topic: '', kind: 'PUBLIC' });
    expect(() => cleanRoomInput({ name: 'x', kind: 'DIRECT' })).toThrow(/openDirectRoom/);
  });

  it('gives a pair the same direct key in either order', () => {
    expect(directKey('a', 'b')).toBe(directKey('b', 'a'));
  });
});
