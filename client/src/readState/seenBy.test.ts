import { describe, expect, it } from 'vitest';
import { seenByText } from './seenBy';

const marker = (id: string, seq: number) => ({ user: { id, displayName: id.toUpperCase() }, seq });

describe('seenByText', () => {
  it('names those who read up to the message, without the viewer or the author', () => {
    const markers = [marker('ana', 9), marker('ben', 10), marker('me', 12), marker('cy', 4), marker('author', 10)];
    expect(seenByText(markers, 9, ['me', 'author'])).toBe('ANA and BEN');
    expect(seenByText(markers, 11, ['me', 'author'])).toBeNull();
    expect(seenByText([...markers, marker('di', 9), marker('ed', 9)], 9, ['me'])).toBe('ANA, BEN and 3 others');
  });
});
