import { describe, expect, it } from 'vitest';
import { nextCheckDelayMs } from './socketSessions';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('nextCheckDelayMs', () => {
  it('checks at the expiry when it comes before the next periodic re-check', () => {
    expect(nextCheckDelayMs(1_000 + 250, 1_000, HOUR)).toBe(250);
  });

  it('checks at once when the token has already expired', () => {
    expect(nextCheckDelayMs(500, 1_000, HOUR)).toBe(0);
  });

  it('re-checks after recheckMs when the expiry is further away', () => {
    expect(nextCheckDelayMs(30 * DAY, 0, HOUR)).toBe(HOUR);
  });

  it('never asks setTimeout for more than 2^31 - 1 ms, which it would fire at once', () => {
    expect(nextCheckDelayMs(30 * DAY, 0, 2 ** 31 - 1)).toBe(2 ** 31 - 1);
    expect(nextCheckDelayMs(Infinity, 0, Infinity)).toBe(2 ** 31 - 1);
  });
});
