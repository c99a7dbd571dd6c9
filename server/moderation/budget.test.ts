import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBudget } from './budget';

describe('budget', () => {
  afterEach(() => vi.useRealTimers());

  it('spends tokens per key and refuses past the limit without spending', () => {
    let now = 0;
    const budget = createBudget({ count: 3, windowMs: 3000 }, () => now);
    expect(budget.spend('a', 2)).toEqual({ ok: true });
    expect(budget.spend('a', 2)).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(budget.spend('a', 1)).toEqual({ ok: true });
    expect(budget.spend('b', 3)).toEqual({ ok: true });
    now = 1000;
    expect(budget.spend('a', 1)).toEqual({ ok: true });
    budget.dispose();
  });

  it('checks for a token without taking it', () => {
    let now = 0;
    const budget = createBudget({ count: 2, windowMs: 2000 }, () => now);
    expect(budget.check('a')).toEqual({ ok: true });
    expect(budget.check('a')).toEqual({ ok: true });
    budget.spend('a', 2);
    expect(budget.check('a')).toEqual({ ok: false, retryAfterMs: 1000 });
    now = 1000;
    expect(budget.check('a')).toEqual({ ok: true });
    budget.dispose();
  });

  it('runs one sweeping timer and releases it on dispose', () => {
    vi.useFakeTimers();
    const budget = createBudget({ count: 1, windowMs: 1000 });
    expect(vi.getTimerCount()).toBe(1);
    budget.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
