import { describe, expect, it } from 'vitest';
import { createAuthLimits } from './authLimits';

function limits(enabled = true) {
  let now = 0;
  const auth = createAuthLimits({
    accountRateLimit: { count: 2, windowMs: 2000 },
    signInRateLimit: { count: 5, windowMs: 5000 },
    signInFailureLimit: { count: 2, windowMs: 60_000 },
    enabled,
    now: () => now,
  });
  return { auth, tick: (ms: number) => (now += ms) };
}

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error: any) {
    return error.extensions;
  }
  return null;
};

describe('auth limits', () => {
  it('lets an address make a burst of accounts, then refuses with RATE_LIMITED and retryAfterMs', () => {
    const { auth, tick } = limits();
    auth.beforeAccount('a');
    auth.beforeAccount('a');
    expect(refusal(() => auth.beforeAccount('a'))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 1000 });
    expect(refusal(() => auth.beforeAccount('b'))).toBeNull();
    tick(1000);
    expect(refusal(() => auth.beforeAccount('a'))).toBeNull();
    auth.dispose();
  });

  it('counts only failed sign-ins against a username, from any address', () => {
    const { auth } = limits();
    auth.beforeSignIn('a', 'ann');
    auth.beforeSignIn('a', 'ann'); // successes cost the username nothing
    auth.signInFailed('ann');
    auth.signInFailed('ann');
    expect(refusal(() => auth.beforeSignIn('elsewhere', 'ann'))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000 });
    expect(refusal(() => auth.beforeSignIn('elsewhere', 'ben'))).toBeNull();
    auth.dispose();
  });

  it('limits sign-in attempts per address across usernames', () => {
    const { auth } = limits();
    for (let i = 0; i < 5; i++) auth.beforeSignIn('a', `user${i}`);
    expect(refusal(() => auth.beforeSignIn('a', 'user9'))).toMatchObject({ code: 'RATE_LIMITED' });
    auth.dispose();
  });

  it('does nothing when rate limits are off', () => {
    const { auth } = limits(false);
    for (let i = 0; i < 10; i++) {
      expect(refusal(() => auth.beforeAccount('a'))).toBeNull();
      auth.signInFailed('ann');
      expect(refusal(() => auth.beforeSignIn('a', 'ann'))).toBeNull();
    }
    auth.dispose();
  });
});
