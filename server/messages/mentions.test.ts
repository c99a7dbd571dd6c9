import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, parseMentions } from './mentions';

describe('parseMentions', () => {
  it('finds @username anywhere, once each, ignoring case', () => {
    expect(parseMentions('@Ana and @ben_1, also @ANA!')).toEqual(['ana', 'ben_1']);
    expect(parseMentions('(@carl) @dora-x.')).toEqual(['carl', 'dora-x']);
  });

  it('does not take e-mail addresses, too-short names or a bare @', () => {
    expect(parseMentions('mail ana@example.com or @ab or @ or @@ana')).toEqual([]);
  });

  it('keeps at most MAX_MENTIONS', () => {
    const body = Array.from({ length: 30 }, (_, i) => `@user${i}`).join(' ');
    expect(parseMentions(body)).toHaveLength(MAX_MENTIONS);
  });
});
