import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, rowsAround } from './messageWindow';

describe('the mounted rows of a long list', () => {
  const heights = [40, 60, 40, 100, 40, 40, 80, 40, 40, 20];
  const offsets = rowOffsets(heights);

  it('places each row after the heights of the ones before it', () => {
    expect(offsets).toEqual([0, 40, 100, 140, 240, 280, 320, 400, 440, 480, 500]);
    expect([rowAt(offsets, -5), rowAt(offsets, 0), rowAt(offsets, 39), rowAt(offsets, 40), rowAt(offsets, 499), rowAt(offsets, 900)]).toEqual([0, 0, 0, 1, 9, 9]);
    expect(rowAt(rowOffsets([]), 0)).toBe(-1);
  });

  it("mounts the rows in and near the view, with spacers of the others' heights", () => {
    const window = rowsAround(offsets, 250, 60, 20);
    expect(window).toEqual({ start: 3, end: 7, before: 140, after: 100 });
    expect(window.before + heights.slice(window.start, window.end).reduce((a, b) => a + b, 0) + window.after).toBe(500);
  });

  it('mounts the last rows when the view is at the bottom, and none of an empty list', () => {
    expect(rowsAround(offsets, 500 - 100, 100, 50)).toEqual({ start: 6, end: 10, before: 320, after: 0 });
    expect(rowsAround(rowOffsets([]), 0, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
