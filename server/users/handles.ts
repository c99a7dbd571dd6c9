// Pure: the handle (`username`) a guest gets at joinAsGuest, so guests can be @mentioned like
// everyone else. Made from the display name so people can guess it, with a random suffix so it
// is unique without asking for one.
import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread for each other (no 0/o, 1/l/i). */
const SUFFIX_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const MAX_BASE = 20;

/**
 * The display name as username characters: accents dropped, spaces as `_`, anything else left
 * out, at most 20 characters; `guest` when nothing is left (e.g. a name in another script).
 */
export function handleBase(displayName: string): string {
  const base = displayName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, '_')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/[_-]{2,}/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/[_-]+$/, '');
  return base.length >= 2 ? base : 'guest';
}

/** `length` random characters from SUFFIX_ALPHABET. */
export function randomSuffix(length: number): string {
  let suffix = '';
  for (let i = 0; i < length; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return suffix;
}

/** A guest handle: base, hyphen, suffix; always a valid username (3–32 of `[A-Za-z0-9_-]`). */
export function guestHandle(displayName: string, suffix: string): string {
  return `${handleBase(displayName)}-${suffix}`;
}
