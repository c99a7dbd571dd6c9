// Limits on the anonymous ways in: account creation (joinAsGuest, signUp) and sign-in per client
// address, and failed sign-ins per username. Each fresh guest gets a fresh message budget, so
// without these a script floods a room past every per-user limit, or guesses passwords at will.
import type { RateLimit } from '../config';
import { createBudget } from '../moderation/budget';
import { rateLimited } from '../moderation/postingGate';

export interface AuthLimitsConfig {
  accountRateLimit: RateLimit;
  signInRateLimit: RateLimit;
  signInFailureLimit: RateLimit;
  /** RATE_LIMITS=off turns these off too. */
  enabled: boolean;
  now?: () => number;
}

export interface AuthLimits {
  /** RATE_LIMITED when this address made too many accounts lately; takes a token. */
  beforeAccount(address: string): void;
  /**
   * RATE_LIMITED when this address tried too many sign-ins, or this username failed too often;
   * checked before any password is hashed. Takes an address token.
   */
  beforeSignIn(address: string, usernameKey: string): void;
  /** Counts a failed sign-in against the username (known or not: the limit says nothing about existence). */
  signInFailed(usernameKey: string): void;
  dispose(): void;
}

/** No limits at all. */
export const noAuthLimits: AuthLimits = { beforeAccount() {}, beforeSignIn() {}, signInFailed() {}, dispose() {} };

export function createAuthLimits({ accountRateLimit, signInRateLimit, signInFailureLimit, enabled, now }: AuthLimitsConfig): AuthLimits {
  const accounts = createBudget(accountRateLimit, now);
  const signIns = createBudget(signInRateLimit, now);
  const failures = createBudget(signInFailureLimit, now);

  return {
    beforeAccount(address) {
      if (!enabled) return;
      const spent = accounts.spend(address);
      if (!spent.ok) throw rateLimited(spent.retryAfterMs, 'Too many new accounts from your address');
    },

    beforeSignIn(address, usernameKey) {
      if (!enabled) return;
      const failed = failures.check(usernameKey);
      if (!failed.ok) throw rateLimited(failed.retryAfterMs, 'Too many failed sign-ins for this username');
      const spent = signIns.spend(address);
      if (!spent.ok) throw rateLimited(spent.retryAfterMs, 'Too many sign-ins from your address');
    },

    signInFailed(usernameKey) {
      if (enabled) failures.spend(usernameKey);
    },

    dispose() {
      accounts.dispose();
      signIns.dispose();
      failures.dispose();
    },
  };
}
