import { describe, expect, it } from 'vitest';
import { EMOJI_CATALOG } from './emojiCatalog';
import { searchEmoji } from './emojiSearch';

const found = (query: string) => searchEmoji(query, EMOJI_CATALOG).map((e) => e.emoji);

describe('the emoji catalog', () => {
  it('holds several hundred distinct emoji, each one emoji in the spelling the server stores', () => {
    expect(EMOJI_CATALOG.length).toBeGreaterThan(300);
    const emoji = EMOJI_CATALOG.map((e) => e.emoji);
    expect(new Set(emoji).size).toBe(emoji.length);
    for (const entry of EMOJI_CATALOG) {
      expect(entry.emoji).toMatch(/^\p{RGI_Emoji}$/v);
      expect(entry.name).not.toBe('');
    }
    expect(emoji).toContain('❤️');
  });
});

describe('searchEmoji', () => {
  it('finds an emoji by a word of its name, or by a keyword', () => {
    expect(found('fire')[0]).toBe('🔥');
    expect(found('soccer')).toContain('⚽');
    expect(found('lol')).toEqual(expect.arrayContaining(['😂', '🤣']));
  });

  it('takes every word as a prefix, and puts names that start with the query first', () => {
    expect(found('tea jo')).toEqual(['😂', '😹']);
    expect(found('thumbs')[0]).toMatch(/👍|👎/);
    expect(found('red')[0]).toMatch(/^🔴|^🟥|^❤️/u);
    expect(
      found('heart')
        .slice(0, 3)
        .every((e) => EMOJI_CATALOG.find((c) => c.emoji === e)!.name.startsWith('heart')),
    ).toBe(true);
  });

  it('finds nothing for an empty query or a word no emoji has', () => {
    expect(found('  ')).toEqual([]);
    expect(found('zzqx')).toEqual([]);
  });
});
