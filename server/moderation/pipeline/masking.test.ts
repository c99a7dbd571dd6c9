import { describe, expect, it } from 'vitest';
import { maskEverything, maskSpans } from './masking';

describe('masking', () => {
  it('replaces each character in a span with one asterisk and keeps the rest byte-exact', () => {
    expect(maskSpans('héllo bad wörld', [{ start: 6, end: 9 }])).toBe('héllo *** wörld');
    expect(maskSpans('a\u00A0b  c', [])).toBe('a\u00A0b  c');
  });

  it('treats an emoji as one character and keeps whitespace inside a span', () => {
    expect(maskSpans('x 💩💩 y', [{ start: 2, end: 6 }])).toBe('x ** y');
    expect(maskSpans('f u c k off', [{ start: 0, end: 7 }])).toBe('* * * * off');
  });

  it('merges overlapping spans', () => {
    expect(
      maskSpans('abcdef', [
        { start: 0, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toBe('****ef');
  });

  it('masks a whole message except its whitespace', () => {
    expect(maskEverything('you are\n\tterrible 🙂')).toBe('*** ***\n\t******** *');
  });
});
