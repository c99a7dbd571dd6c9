import { describe, expect, it } from 'vitest';
import { addCheer, closeWindow, createBurstWindows } from './burstWindow';

describe('burst windows', () => {
  it('sums every cheer of a window per emoji, most cheered first', () => {
    const windows = createBurstWindows();
    expect(addCheer(windows, 'r', '🎉')).toBe(true);
    for (const emoji of ['⚽', '🎉', '⚽', '❤️', '⚽']) expect(addCheer(windows, 'r', emoji)).toBe(false);
    expect(closeWindow(windows, 'r')).toEqual([
      { emoji: '⚽', count: 3 },
      { emoji: '🎉', count: 2 },
      { emoji: '❤️', count: 1 },
    ]);
  });

  it('keeps rooms apart and opens a new window after one closes', () => {
    const windows = createBurstWindows();
    addCheer(windows, 'r', '🎉');
    expect(addCheer(windows, 's', '🎉')).toBe(true);
    expect(closeWindow(windows, 'r')).toEqual([{ emoji: '🎉', count: 1 }]);
    expect(addCheer(windows, 'r', '⚽')).toBe(true);
    expect(closeWindow(windows, 's')).toEqual([{ emoji: '🎉', count: 1 }]);
  });

  it('has nothing for a quiet room', () => {
    expect(closeWindow(createBurstWindows(), 'r')).toBeNull();
  });
});
