// Password hashing and bearer tokens: pure functions over node:crypto, no storage.
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

function derive(password: string, salt: Buffer, options: ScryptOptions, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$key`, all parameters kept so they can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: +N, r: +r, p: +p }, expected.length);
  return timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * The stored hash to check a sign-in against: the user's own, or, for an unknown username or a
 * guest (no password), a hash of a random password made once with the same parameters. Checking
 * against it takes the same work and never matches, so a sign-in's time says nothing about
 * whether the username exists.
 */
export function hashToCheck(stored: string | null | undefined): Promise<string> {
  if (stored) return Promise.resolve(stored);
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}

/** A new opaque bearer token: 32 random bytes. Only its hash is ever stored. */
export function newToken(): string {
  return `cs_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
