import { describe, expect, it } from 'vitest';
import { foldText, graphemes } from './textFold';

describe('folding text for matching', () => {
  it('ignores case, width, styled letters, accents and invisible characters', () => {
    for (const text of ['SPAM', 'ＳＰＡＭ', '𝐬𝐩𝐚𝐦', 'Spám', 's̷p̷a̷m̷', 'sp\u200Bam', 'spa\u00ADm']) expect(foldText(text)).toBe('spam');
  });

  it('leaves other scripts readable', () => {
    expect(foldText('ПРИВЕТ 你好 바보')).toBe('привет 你好 바보');
  });

  it('splits into characters as a person sees them', () => {
    expect(graphemes('a👍🏽e\u0301')).toEqual(['a', '👍🏽', 'e\u0301']);
  });
});
