import { describe, expect, it } from 'vitest';
import { characterCount, cleanBody, cleanClientMessageId, sendFingerprint } from './body';

describe('message body rules', () => {
  it('trims the ends and keeps everything else byte-exact', () => {
    expect(cleanBody('  a  b\n\tc \u00a0', 100)).toBe('a  b\n\tc');
    expect(cleanBody('e\u0301', 100)).toBe('e\u0301'); // no Unicode normalisation
  });

  it('counts characters as code points, so an emoji is one', () => {
    expect(characterCount('🏀🏀')).toBe(2);
    expect(() => cleanBody('🏀'.repeat(3), 3)).not.toThrow();
    expect(() => cleanBody('🏀'.repeat(4), 3)).toThrow(/at most 3 characters/);
  });

  it('refuses empty and blank bodies, zero-width characters counting as blank', () => {
    expect(() => cleanBody('', 10)).toThrow(/empty/);
    expect(() => cleanBody(' \n\t ', 10)).toThrow(/empty/);
    expect(() => cleanBody('\u200b', 10)).toThrow(/empty/);
  });

  it('refuses control characters other than newline and tab', () => {
    expect(() => cleanBody('ding\u0007', 10)).toThrow(/control character/);
    expect(() => cleanBody('nul\u0000', 10)).toThrow(/control character/);
  });

  it('accepts a clientMessageId of 1 to 100 characters', () => {
    expect(cleanClientMessageId(undefined)).toBeNull();
    expect(cleanClientMessageId('a')).toBe('a');
    expect(() => cleanClientMessageId('')).toThrow();
    expect(() => cleanClientMessageId('x'.repeat(101))).toThrow();
    expect(cleanClientMessageId('🏀'.repeat(100))).toBe('🏀'.repeat(100)); // characters, not UTF-16 units
  });

  it('fingerprints a send by room, reply target, thread and body', () => {
    const send = { roomId: 'r', body: 'hi', replyToId: null, threadRootId: null };
    expect(sendFingerprint(send)).toBe(sendFingerprint({ ...send }));
    expect(sendFingerprint(send)).not.toBe(sendFingerprint({ ...send, body: 'hi!' }));
    expect(sendFingerprint(send)).not.toBe(sendFingerprint({ ...send, roomId: 'r2' }));
    expect(sendFingerprint(send)).not.toBe(sendFingerprint({ ...send, replyToId: 'm1' }));
    expect(sendFingerprint(send)).not.toBe(sendFingerprint({ ...send, threadRootId: 'm1' }));
  });
});

describe('well-formed text', () => {
  it('refuses a body or clientMessageId with a lone surrogate, which could not be stored byte-exact', () => {
    expect(() => cleanBody('half an emoji: \ud83d', 100)).toThrow(/lone UTF-16 surrogate/);
    expect(() => cleanClientMessageId('retry-\ud800')).toThrow(/lone UTF-16 surrogate/);
    expect(cleanBody('a whole one: \ud83d\ude00', 100)).toBe('a whole one: 😀');
  });

  it('refuses a clientMessageId with a control character: it is a key, and PostgreSQL cannot store U+0000', () => {
    expect(() => cleanClientMessageId('retry-\u0000')).toThrow(/control characters/);
    expect(() => cleanClientMessageId('tab\there')).toThrow(/control characters/);
    expect(cleanClientMessageId('späti-42 ✓')).toBe('späti-42 ✓');
  });
});
