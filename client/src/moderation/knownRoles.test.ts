import { describe, expect, it } from 'vitest';
import { rolesFromLog } from './knownRoles';

describe('rolesFromLog', () => {
  it("takes each user's newest role change, ignoring everything else", () => {
    const roles = rolesFromLog([
      { action: 'ROLE_CHANGED', targetUser: { id: 'ann' }, reason: 'MODERATOR → MEMBER' },
      { action: 'USER_TIMED_OUT', targetUser: { id: 'ben' }, reason: '60 s' },
      { action: 'ROLE_CHANGED', targetUser: { id: 'ann' }, reason: 'MEMBER → MODERATOR' },
      { action: 'ROLE_CHANGED', targetUser: { id: 'cy' }, reason: 'MEMBER → MODERATOR' },
    ]);
    expect(Object.fromEntries(roles)).toEqual({ ann: 'MEMBER', cy: 'MODERATOR' });
  });
});
