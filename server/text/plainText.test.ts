import { describe, expect, it } from 'vitest';
import { cleanText, isBlank, textProblem } from './plainText';

describe('isBlank', () => {
  it('counts text of only whitespace and zero-width characters as empty', () => {
    for (const text of ['', ' \n\t', '\u200b', '\u200b\u2060\ufeff', '\u200c\u200d', '\u00a0\u3000', '\u3164', '\u2800']) expect(isBlank(text), JSON.stringify(text)).toBe(true);
  });

  it('sees any visible character, emoji and joined emoji included', () => {
    for (const text of ['a', '\u200bx', '🏀', '👩\u200d👩\u200d👧', 'é']) expect(isBlank(text), text).toBe(false);
  });
});

describe('textProblem', () => {
  it('refuses lone surrogates in every kind of text', () => {
    expect(textProblem('half \ud83d', 'body')).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem('\udc00', 'name')).toMatch(/lone UTF-16 surrogate/);
    expect(textProblem('whole \ud83d\ude00', 'name')).toBeNull();
  });

  it('refuses control characters, but bodies keep newlines and tabs', () => {
    expect(textProblem('a\u0000b', 'body')).toMatch(/control/);
    expect(textProblem('bell\u0007', 'body')).toMatch(/control/);
    expect(textProblem('esc\u001b[31m', 'body')).toMatch(/control/);
    expect(textProblem('c1\u0085', 'body')).toMatch(/control/);
    expect(textProblem('line\nnext\ttab', 'body')).toBeNull();
    expect(textProblem('line\nnext', 'name')).toMatch(/control/);
    expect(textProblem('tab\there', 'name')).toMatch(/control/);
  });

  it('refuses bidi overrides and isolates in names only', () => {
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(textProblem(`Ana${c}gnp.exe`, 'name')).toMatch(/bidirectional/);
      expect(textProblem(`quote ${c}x`, 'body')).toBeNull();
    }
    expect(textProblem('مرحبا Ana', 'name')).toBeNull(); // right-to-left letters themselves are fine
  });
});

describe('cleanText', () => {
  it('trims the ends and returns the rest unchanged', () => {
    expect(cleanText('  Ana  Lee \u00a0', 'name', 'A display name', 'displayName')).toBe('Ana  Lee');
  });

  it('refuses blank text with the label and field, unless empty is allowed', () => {
    expect(() => cleanText('\u200b\u2060\ufeff', 'name', 'A room name', 'name')).toThrow(/A room name cannot be empty/);
    expect(cleanText(' \u200b ', 'name', 'A room topic', 'topic', true)).toBe('');
    try {
      cleanText('x\u202e', 'name', 'A display name', 'displayName');
      expect.unreachable();
    } catch (error: any) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    }
  });
});
