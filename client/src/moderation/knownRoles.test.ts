import { describe, expect, it } from 'vitest';
import { rolesFromMembers } from './knownRoles';

const member = (id: string, role: 'OWNER' | 'MODERATOR' | 'MEMBER') => ({ role, user: { id } });

describe('rolesFromMembers', () => {
  it('reads each listed role, and knows anyone unlisted is a member once the page reaches plain members', () => {
    const known = rolesFromMembers([member('ann', 'OWNER'), member('cy', 'MODERATOR'), member('ben', 'MEMBER')], true);
    expect(Object.fromEntries(known.roles)).toEqual({ ann: 'OWNER', cy: 'MODERATOR', ben: 'MEMBER' });
    expect(known.unlisted).toBe('MEMBER');
  });

  it('knows the same from a last page, even one of moderators only', () => {
    expect(rolesFromMembers([member('ann', 'OWNER'), member('cy', 'MODERATOR')], false).unlisted).toBe('MEMBER');
  });

  it('claims nothing about the unlisted when a full page holds only owners and moderators', () => {
    const page = Array.from({ length: 100 }, (_, i) => member(`m${i}`, 'MODERATOR'));
    expect(rolesFromMembers(page, true).unlisted).toBeUndefined();
  });
});
