import { describe, expect, it } from 'vitest';
import { typingText } from './typingText';

describe('typingText', () => {
  it('names up to three people and counts the rest', () => {
    expect(typingText([])).toBeNull();
    expect(typingText(['Ana'])).toBe('Ana is typing…');
    expect(typingText(['Ana', 'Ben'])).toBe('Ana and Ben are typing…');
    expect(typingText(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy are typing…');
    expect(typingText(['Ana', 'Ben', 'Cy', 'Di', 'Ed'])).toBe('Ana, Ben and 3 others are typing…');
  });
});
