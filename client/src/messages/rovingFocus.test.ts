import { describe, expect, it } from 'vitest';
import { nextControl, nextRow } from './rovingFocus';

describe('nextRow', () => {
  it('moves one message up or down, or to either end, and stops at the ends', () => {
    expect(nextRow('ArrowUp', 3, 5)).toBe(2);
    expect(nextRow('ArrowDown', 3, 5)).toBe(4);
    expect(nextRow('Home', 3, 5)).toBe(0);
    expect(nextRow('End', 3, 5)).toBe(4);
    expect(nextRow('ArrowUp', 0, 5)).toBeNull();
    expect(nextRow('ArrowDown', 4, 5)).toBeNull();
  });

  it('ignores keys that are not moves', () => {
    expect(nextRow('a', 1, 5)).toBeNull();
    expect(nextRow('Enter', 1, 5)).toBeNull();
  });
});

describe('nextControl', () => {
  it('goes between the controls of a message, wrapping around', () => {
    expect(nextControl('ArrowRight', 0, 3)).toBe(1);
    expect(nextControl('ArrowRight', 2, 3)).toBe(0);
    expect(nextControl('ArrowLeft', 0, 3)).toBe(2);
    expect(nextControl('End', 0, 3)).toBe(2);
    expect(nextControl('ArrowUp', 0, 3)).toBeNull();
    expect(nextControl('ArrowRight', 0, 0)).toBeNull();
  });
});
