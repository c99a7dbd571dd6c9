import { describe, expect, it } from 'vitest';
import { applyTyping, expireTyping, nextExpiry, TYPING_TTL_MS, typingUserIds, type Typists } from './typingState';

describe('typing state', () => {
  it('adds a user on `true` and removes them on `false` at once', () => {
    const typists: Typists = new Map();
    expect(applyTyping(typists, 'ana', true, 0)).toBe(true);
    expect(applyTyping(typists, 'bo', true, 10)).toBe(true);
    expect(typingUserIds(typists)).toEqual(['ana', 'bo']);
    expect(applyTyping(typists, 'ana', false, 20)).toBe(true);
    expect(typingUserIds(typists)).toEqual(['bo']);
    expect(applyTyping(typists, 'ana', false, 30)).toBe(false);
  });

  it('expires 6 s after the last `true`; a repeated `true` extends without a change', () => {
    const typists: Typists = new Map();
    applyTyping(typists, 'ana', true, 0);
    expect(applyTyping(typists, 'ana', true, 4000)).toBe(false);
    expect(nextExpiry(typists)).toBe(4000 + TYPING_TTL_MS);
    expect(expireTyping(typists, 9999)).toBe(false);
    expect(expireTyping(typists, 10_000)).toBe(true);
    expect(typingUserIds(typists)).toEqual([]);
    expect(nextExpiry(typists)).toBeNull();
  });

  it('expires each user on their own clock', () => {
    const typists: Typists = new Map();
    applyTyping(typists, 'ana', true, 0);
    applyTyping(typists, 'bo', true, 2000);
    expect(nextExpiry(typists)).toBe(6000);
    expect(expireTyping(typists, 6000)).toBe(true);
    expect(typingUserIds(typists)).toEqual(['bo']);
    expect(nextExpiry(typists)).toBe(8000);
  });
});
