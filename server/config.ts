// The only reader of process.env. Every setting has a default; a bad value stops start-up with one
// line that names the variable.

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL (DATABASE_URL=postgres://…) instead of the SQLite file; null: SQLite at databasePath. */
  databaseUrl: string | null;
  databasePath: string;
  /** PostgreSQL connections this process keeps open at most. */
  databasePoolSize: number;
  /** SQLite `synchronous` level set on every open; FULL makes every acknowledged commit durable. */
  sqliteSynchronous: 'FULL' | 'NORMAL' | 'EXTRA';
  /** How long a send waits for a write lock held by another process before a retryable refusal. */
  sqliteLockWaitMs: number;
  maxMessageLength: number;
  replayLimit: number;
  /** Above this many viewers a room gets no per-user presence, typing or read-marker events. */
  largeRoomViewers: number;
  tokenTtlDays: number;
  /** Events a subscriber may have queued before its socket is closed as a slow consumer. */
  subscriberQueueLimit: number;
  /** Bytes a socket may have unsent before it is closed as a slow consumer. */
  socketBufferLimit: number;
  /** Per user per room: at most `count` messages per `windowMs` (token bucket). */
  messageRateLimit: RateLimit;
  /** Per user: at most `count` other mutations (reactions, typing, cheering, …) per `windowMs`. */
  mutationRateLimit: RateLimit;
  /** Per client address: at most `count` joinAsGuest and signUp per `windowMs`. */
  accountRateLimit: RateLimit;
  /** Per client address: at most `count` signIn attempts per `windowMs`. */
  signInRateLimit: RateLimit;
  /** Per username: at most `count` failed signIn per `windowMs`. */
  signInFailureLimit: RateLimit;
  /** RATE_LIMITS=off turns every per-user and per-address limit off (slow mode stays). */
  rateLimitsEnabled: boolean;
  /**
   * How many proxies stand in front of the server (TRUST_PROXY): 0 takes the client address from
   * the socket; N takes it from X-Forwarded-For, the entry the outermost of N proxies wrote.
   */
  trustProxyHops: number;
  /** INTROSPECTION=off refuses __schema and __type queries (GraphiQL then has no docs). */
  introspection: boolean;
  /** External moderation classifier; null when not configured. */
  moderationWebhookUrl: string | null;
  moderationWebhookTimeoutMs: number;
  /** What happens when the classifier times out or answers nonsense: 'open' allows, 'closed' holds. */
  moderationFailMode: 'open' | 'closed';
  /** Origins allowed to open a WebSocket or send a cross-site request; the server's own origin always is. */
  allowedOrigins: string[];
  connectionInitTimeoutMs: number;
  maxSubscriptionsPerSocket: number;
  maxSocketsPerUser: number;
  /** Longest a socket goes without re-checking its token; expiry itself is also checked at `expiresAt`. */
  sessionRecheckMs: number;
  /** Query limits, the same over HTTP and WebSocket. */
  queryLimits: QueryLimits;
  /** Serve the built client from dist/client when it exists. */
  serveClient: boolean;
  production: boolean;
}

export interface QueryLimits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
  /** Length of an operation's variables as JSON. */
  variablesBytes: number;
}

export interface RateLimit {
  count: number;
  windowMs: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.toUpperCase() as T;
  if (!allowed.includes(value)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return value;
}

/** `5/5s`, `60/1m`, `100/500ms`: count per window. */
function rateLimit(env: Env, name: string, fallback: string): RateLimit {
  const raw = env[name] || fallback;
  const match = /^(\d+)\/(\d+)(ms|s|m)$/.exec(raw.trim());
  const count = Number(match?.[1]);
  const windowMs = Number(match?.[2]) * ({ ms: 1, s: 1000, m: 60_000 } as const)[(match?.[3] ?? 's') as 'ms' | 's' | 'm'];
  if (!match || count < 1 || windowMs < 1) {
    throw new ConfigError(`${name} must look like "5/5s" (a count per a window in ms, s or m), got "${raw}".`);
  }
  return { count, windowMs };
}

/** `off` (0), `on` (one proxy), or the number of proxies in front. */
function proxyHops(env: Env, name: string): number {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'off' || raw === 'false') return 0;
  if (raw === 'on' || raw === 'true') return 1;
  return integer(env, name, 0, 0, 10);
}

function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    try {
      const url = new URL(trimmed);
      if (url.origin !== trimmed.replace(/\/$/, '')) throw new Error();
      return url.origin;
    } catch {
      throw new ConfigError(`${name} must be a comma-separated list of origins like https://example.com, got "${trimmed}".`);
    }
  });
}

function postgresUrl(env: Env, name: string): string | null {
  const raw = env[name];
  if (!raw) return null;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    // reported below
  }
  if (parsed?.protocol === 'postgres:' || parsed?.protocol === 'postgresql:') return raw;
  throw new ConfigError(`${name} must be a postgres:// URL (postgres://user@host:5432/database), got "${parsed ? `${parsed.protocol}//${parsed.host}…` : raw}".`);
}

function url(env: Env, name: string): string | null {
  const raw = env[name];
  if (!raw) return null;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.toString();
  } catch {
    // fall through
  }
  throw new ConfigError(`${name} must be an http(s) URL, got "${raw}".`);
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    databasePath: env.DATABASE_PATH || './data/courtside.db',
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    sqliteSynchronous: oneOf(env, 'SQLITE_SYNCHRONOUS', 'FULL', ['FULL', 'NORMAL', 'EXTRA'] as const),
    sqliteLockWaitMs: integer(env, 'SQLITE_LOCK_WAIT_MS', 5000, 0, 600_000),
    maxMessageLength: integer(env, 'MAX_MESSAGE_LENGTH', 4000, 1, 100_000),
    replayLimit: integer(env, 'REPLAY_LIMIT', 1000, 1, 1_000_000),
    largeRoomViewers: integer(env, 'LARGE_ROOM_VIEWERS', 100, 1, 10_000_000),
    tokenTtlDays: integer(env, 'TOKEN_TTL_DAYS', 30, 1, 3650),
    subscriberQueueLimit: integer(env, 'SUBSCRIBER_QUEUE_LIMIT', 2000, 10, 1_000_000),
    socketBufferLimit: integer(env, 'SOCKET_BUFFER_LIMIT', 4 * 1024 * 1024, 64 * 1024, 1024 ** 3),
    messageRateLimit: rateLimit(env, 'MESSAGE_RATE_LIMIT', '5/5s'),
    mutationRateLimit: rateLimit(env, 'MUTATION_RATE_LIMIT', '60/10s'),
    // A venue's visitors behind one NAT arrive over minutes, not in the same second: 30 at once, then
    // one every 2 s per address, where a script made 200 guests (200 fresh message budgets) in a burst.
    accountRateLimit: rateLimit(env, 'AUTH_RATE_LIMIT', '30/1m'),
    signInRateLimit: rateLimit(env, 'SIGN_IN_RATE_LIMIT', '30/1m'),
    // Ten wrong passwords is more than a person mistypes; then one guess every 90 s per account.
    signInFailureLimit: rateLimit(env, 'SIGN_IN_FAILURE_LIMIT', '10/15m'),
    rateLimitsEnabled: oneOf(env, 'RATE_LIMITS', 'ON', ['ON', 'OFF'] as const) === 'ON',
    trustProxyHops: proxyHops(env, 'TRUST_PROXY'),
    introspection: oneOf(env, 'INTROSPECTION', 'ON', ['ON', 'OFF'] as const) === 'ON',
    moderationWebhookUrl: url(env, 'MODERATION_WEBHOOK_URL'),
    moderationWebhookTimeoutMs: integer(env, 'MODERATION_WEBHOOK_TIMEOUT_MS', 2000, 50, 60_000),
    moderationFailMode: oneOf(env, 'MODERATION_FAIL_MODE', 'OPEN', ['OPEN', 'CLOSED'] as const) === 'OPEN' ? 'open' : 'closed',
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    connectionInitTimeoutMs: integer(env, 'CONNECTION_INIT_TIMEOUT_MS', 5000, 100, 120_000),
    maxSubscriptionsPerSocket: integer(env, 'MAX_SUBSCRIPTIONS_PER_SOCKET', 50, 1, 10_000),
    maxSocketsPerUser: integer(env, 'MAX_SOCKETS_PER_USER', 20, 1, 10_000),
    sessionRecheckMs: integer(env, 'SESSION_RECHECK_MS', 3_600_000, 10, 2 ** 31 - 1),
    queryLimits: {
      depth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 1000),
      aliases: integer(env, 'MAX_QUERY_ALIASES', 15, 0, 10_000),
      tokens: integer(env, 'MAX_QUERY_TOKENS', 2000, 10, 1_000_000),
      directives: integer(env, 'MAX_QUERY_DIRECTIVES', 20, 0, 10_000),
      // About 3x the client's costliest operation (Rooms: 100 rooms' summaries, cost ~6000).
      cost: integer(env, 'MAX_QUERY_COST', 20_000, 1, 1_000_000_000),
      variablesBytes: integer(env, 'MAX_VARIABLES_BYTES', 256 * 1024, 1024, 1024 * 1024),
    },
    serveClient: env.SERVE_CLIENT !== '0',
    production: env.NODE_ENV === 'production',
  };
}
