import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults without any variable', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databasePath: './data/courtside.db',
      sqliteSynchronous: 'FULL',
      maxMessageLength: 4000,
      replayLimit: 1000,
    });
  });

  it('reads each variable and accepts :memory:', () => {
    const config = loadConfig({ PORT: '5000', HOST: '0.0.0.0', DATABASE_PATH: ':memory:', REPLAY_LIMIT: '50', SQLITE_SYNCHRONOUS: 'normal' });
    expect(config).toMatchObject({ port: 5000, host: '0.0.0.0', databasePath: ':memory:', replayLimit: 50, sqliteSynchronous: 'NORMAL' });
  });

  it('refuses a bad value with a message that names the variable', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ REPLAY_LIMIT: 'lots' })).toThrow(/REPLAY_LIMIT/);
  });
});

describe('loadConfig: limits and moderation', () => {
  it('reads rate limits as a count per window', () => {
    expect(loadConfig({}).messageRateLimit).toEqual({ count: 5, windowMs: 5000 });
    expect(loadConfig({ MESSAGE_RATE_LIMIT: '10/1m' }).messageRateLimit).toEqual({ count: 10, windowMs: 60_000 });
    expect(loadConfig({ RATE_LIMITS: 'off' }).rateLimitsEnabled).toBe(false);
    expect(() => loadConfig({ MESSAGE_RATE_LIMIT: 'lots' })).toThrow(/MESSAGE_RATE_LIMIT/);
    expect(() => loadConfig({ MESSAGE_RATE_LIMIT: '0/5s' })).toThrow(/MESSAGE_RATE_LIMIT/);
  });

  it('reads the sign-in and account limits, the trusted proxies and introspection', () => {
    expect(loadConfig({})).toMatchObject({
      accountRateLimit: { count: 30, windowMs: 60_000 },
      signInRateLimit: { count: 30, windowMs: 60_000 },
      signInFailureLimit: { count: 10, windowMs: 15 * 60_000 },
      trustProxyHops: 0,
      introspection: true,
    });
    expect(loadConfig({ AUTH_RATE_LIMIT: '500/1m', SIGN_IN_FAILURE_LIMIT: '5/1m' })).toMatchObject({
      accountRateLimit: { count: 500, windowMs: 60_000 },
      signInFailureLimit: { count: 5, windowMs: 60_000 },
    });
    expect(loadConfig({ TRUST_PROXY: 'on' }).trustProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxyHops).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ INTROSPECTION: 'off' }).introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });

  it('reads the moderation webhook, its timeout and fail mode', () => {
    expect(loadConfig({})).toMatchObject({ moderationWebhookUrl: null, moderationFailMode: 'open' });
    expect(loadConfig({ MODERATION_WEBHOOK_URL: 'http://127.0.0.1:9000/check', MODERATION_FAIL_MODE: 'closed' })).toMatchObject({
      moderationWebhookUrl: 'http://127.0.0.1:9000/check',
      moderationFailMode: 'closed',
    });
    expect(() => loadConfig({ MODERATION_WEBHOOK_URL: 'ftp://x' })).toThrow(/MODERATION_WEBHOOK_URL/);
  });

  it('reads allowed origins and refuses a path or garbage', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://a.example, http://localhost:5173' }).allowedOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'nope' })).toThrow(/ALLOWED_ORIGINS/);
  });
});

describe('loadConfig: API hardening', () => {
  it('has query limits that every client operation fits in, and reads each from its variable', () => {
    expect(loadConfig({}).queryLimits).toEqual({ depth: 10, aliases: 15, tokens: 2000, directives: 20, cost: 20_000, variablesBytes: 256 * 1024 });
    const config = loadConfig({
      MAX_QUERY_DEPTH: '12',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_TOKENS: '5000',
      MAX_QUERY_DIRECTIVES: '5',
      MAX_QUERY_COST: '50000',
      MAX_VARIABLES_BYTES: '65536',
    });
    expect(config.queryLimits).toEqual({ depth: 12, aliases: 0, tokens: 5000, directives: 5, cost: 50_000, variablesBytes: 65_536 });
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => loadConfig({ MAX_VARIABLES_BYTES: String(2 * 1024 * 1024) })).toThrow(/MAX_VARIABLES_BYTES/);
  });

  it('reads the WebSocket limits and the session re-check interval', () => {
    expect(loadConfig({})).toMatchObject({ connectionInitTimeoutMs: 5000, maxSubscriptionsPerSocket: 50, maxSocketsPerUser: 20, sessionRecheckMs: 3_600_000 });
    expect(loadConfig({ SESSION_RECHECK_MS: '50', CONNECTION_INIT_TIMEOUT_MS: '200' })).toMatchObject({ sessionRecheckMs: 50, connectionInitTimeoutMs: 200 });
    expect(() => loadConfig({ SESSION_RECHECK_MS: '5' })).toThrow(/SESSION_RECHECK_MS/);
    expect(() => loadConfig({ SESSION_RECHECK_MS: String(2 ** 31) })).toThrow(/SESSION_RECHECK_MS/);
  });
});
