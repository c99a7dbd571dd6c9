import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameBatch } from './frameBatch';

describe('frameBatch', () => {
  // Node has no animation frames: a fake one every 16 ms, on fake timers.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('hands a burst over once, in arrival order, on the next animation frame', () => {
    const batches: number[][] = [];
    const batch = frameBatch<number>((items) => batches.push(items));
    for (let i = 1; i <= 5; i++) batch.push(i);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(16);
    batch.push(6);
    vi.advanceTimersByTime(16);
    expect(batches).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it('hands the batch over after the longest wait when no frame comes (a hidden tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const batches: string[][] = [];
    const batch = frameBatch<string>((items) => batches.push(items), 100);
    batch.push('a');
    batch.push('b');
    vi.advanceTimersByTime(99);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('flushes what is waiting at once, and drops it when cancelled', () => {
    const batches: number[][] = [];
    const batch = frameBatch<number>((items) => batches.push(items));
    batch.push(1);
    batch.flush();
    expect(batches).toEqual([[1]]);
    batch.push(2);
    batch.cancel();
    vi.advanceTimersByTime(1000);
    expect(batches).toEqual([[1]]);
  });
});
