import { describe, expect, it } from 'vitest';
import { cleanEmoji } from './emoji';

describe('cleanEmoji', () => {
  it.each(['🔥', '👍🏽', '👨‍👩‍👧', '🇫🇷', '1️⃣', '❤️'])('accepts %s', (emoji) => {
    expect(cleanEmoji(emoji)).toBe(emoji);
  });

  it('gives a bare symbol its emoji variation selector, so both spellings are one reaction', () => {
    expect(cleanEmoji('❤')).toBe('❤️');
  });

  it.each(['', ' ', 'a', '1', '#', 'ok', '🔥🔥', '<script>'])('refuses %j', (text) => {
    expect(() => cleanEmoji(text)).toThrow(/not a single emoji/);
  });
});
