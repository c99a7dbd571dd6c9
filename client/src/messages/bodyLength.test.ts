import { describe, expect, it } from 'vitest';
import { bodyLength, counterText, MAX_MESSAGE_LENGTH } from './bodyLength';

describe('bodyLength', () => {
  it('counts characters, not UTF-16 units, after trimming as the server does', () => {
    expect(bodyLength('  héllo 😀  ').count).toBe(7);
    const atLimit = 'a'.repeat(MAX_MESSAGE_LENGTH - 1) + '😀';
    expect(atLimit.length).toBe(MAX_MESSAGE_LENGTH + 1);
    expect(bodyLength(atLimit)).toEqual({ count: MAX_MESSAGE_LENGTH, over: false, showCounter: true });
  });

  it('is over the limit one character past it, and shows the counter only near it', () => {
    expect(bodyLength('a'.repeat(MAX_MESSAGE_LENGTH + 1)).over).toBe(true);
    expect(bodyLength('a'.repeat(3499)).showCounter).toBe(false);
    expect(bodyLength('a'.repeat(3500)).showCounter).toBe(true);
    expect(bodyLength(`${'a'.repeat(100)}${' '.repeat(5000)}`)).toEqual({ count: 100, over: false, showCounter: false });
  });

  it('reads the counter with thousands separators', () => {
    expect(counterText(4100)).toBe('4,100 / 4,000');
  });
});
