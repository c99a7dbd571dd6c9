import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from './throttle';

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires the first touch at once and folds later touches into one fire at the end of the interval', () => {
    const fired: string[] = [];
    const throttle = createThrottle(1000, (key: string) => fired.push(key));
    throttle.touch('a');
    throttle.touch('a');
    throttle.touch('a');
    expect(fired).toEqual(['a']);
    vi.advanceTimersByTime(999);
    expect(fired).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['a', 'a']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps keys apart and fires at once again after a quiet interval', () => {
    const fired: string[] = [];
    const throttle = createThrottle(1000, (key: string) => fired.push(key));
    throttle.touch('a');
    throttle.touch('b');
    vi.advanceTimersByTime(5000);
    throttle.touch('a');
    expect(fired).toEqual(['a', 'b', 'a']);
  });

  it('releases every pending timer on forget and dispose', () => {
    const throttle = createThrottle(1000, () => {});
    throttle.touch('a');
    throttle.touch('a');
    throttle.touch('b');
    throttle.touch('b');
    expect(vi.getTimerCount()).toBe(2);
    throttle.forget('a');
    expect(vi.getTimerCount()).toBe(1);
    throttle.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
