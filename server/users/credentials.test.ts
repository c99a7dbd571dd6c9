import { describe, expect, it } from 'vitest';
import { hashPassword, hashToCheck, hashToken, newToken, verifyPassword } from './credentials';

describe('credentials', () => {
  it('verifies the right password against its scrypt hash and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('checks a sign-in without a stored hash (unknown user, guest) against a dummy of the same cost', async () => {
    const real = await hashPassword('correct horse');
    expect(await hashToCheck(real)).toBe(real);
    const params = (hash: string) => hash.split('$').slice(0, 4).join('$');
    for (const missing of [undefined, null]) {
      const dummy = await hashToCheck(missing);
      expect(params(dummy)).toBe(params(real)); // same scheme, N, r and p: the same work
      expect(dummy.split('$')[5]).toHaveLength(real.split('$')[5].length);
      expect(await verifyPassword('correct horse', dummy)).toBe(false);
      expect(await verifyPassword('', dummy)).toBe(false);
    }
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('makes unguessable tokens and stores only a stable hash of them', () => {
    const token = newToken();
    expect(token).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });
});
