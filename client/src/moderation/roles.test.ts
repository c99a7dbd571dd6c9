import { describe, expect, it } from 'vitest';
import { canActOn, canChangeRole } from './roles';

describe('canActOn', () => {
  it('lets moderators act only on people they outrank, and owners on anyone but themselves', () => {
    expect(canActOn('MODERATOR', 'me', 'ann', 'MEMBER')).toBe(true);
    expect(canActOn('MODERATOR', 'me', 'ann', 'MODERATOR')).toBe(false);
    expect(canActOn('MODERATOR', 'me', 'ann', 'OWNER')).toBe(false);
    expect(canActOn('OWNER', 'me', 'ann', 'MODERATOR')).toBe(true);
    expect(canActOn('OWNER', 'me', 'ann', 'OWNER')).toBe(true);
  });

  it('never lets anyone act on themselves, and members on nobody', () => {
    expect(canActOn('OWNER', 'me', 'me', 'OWNER')).toBe(false);
    expect(canActOn('MEMBER', 'me', 'ann', 'MEMBER')).toBe(false);
    expect(canActOn(null, null, 'ann', undefined)).toBe(false);
  });

  it('takes someone whose role is unknown for a member', () => {
    expect(canActOn('MODERATOR', 'me', 'ann', undefined)).toBe(true);
  });
});

describe('canChangeRole', () => {
  it('is for owners, on anyone but another owner', () => {
    expect(canChangeRole('OWNER', 'MEMBER')).toBe(true);
    expect(canChangeRole('OWNER', 'MODERATOR')).toBe(true);
    expect(canChangeRole('OWNER', 'OWNER')).toBe(false);
    expect(canChangeRole('MODERATOR', 'MEMBER')).toBe(false);
  });
});
