import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination';

const isNumber = (key: unknown): key is number => typeof key === 'number';

describe('pagination', () => {
  it('round-trips a cursor of its own kind and refuses others', () => {
    expect(decodeCursor('message', encodeCursor('message', 7), isNumber)).toBe(7);
    expect(() => decodeCursor('message', encodeCursor('room', 7), isNumber)).toThrow(/not a message cursor/);
    expect(() => decodeCursor('message', '%%%', isNumber)).toThrow();
    expect(() => decodeCursor('message', encodeCursor('message', 'seven'), isNumber)).toThrow();
  });

  it('accepts page sizes from 1 to 100 and uses the default when none is given', () => {
    expect(pageSize(undefined, 50, 'first')).toBe(50);
    expect(pageSize(100, 50, 'first')).toBe(100);
    expect(() => pageSize(0, 50, 'first')).toThrow(/`first`/);
    expect(() => pageSize(1.5, 50, 'last')).toThrow(/`last`/);
  });

  it('builds edges and page info, with null cursors for an empty page', () => {
    expect(toPage([], String, { hasNextPage: false, hasPreviousPage: false }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(toPage([1, 2], String, { hasNextPage: true, hasPreviousPage: false }).pageInfo).toMatchObject({ startCursor: '1', endCursor: '2' });
  });
});
