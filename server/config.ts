// The only reader of process.env. Every setting has a default; a bad value stops start-up with one
// line that names the variable.

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** SQLite `synchronous` level set on every open; FULL makes every acknowledged commit durable. */
  sqliteSynchronous: 'FULL' | 'NORMAL' | 'EXTRA';
  maxMessageLength: number;
  replayLimit: number;
  /** Above this many viewers a room gets no per-user presence, typing or read-marker events. */
  largeRoomViewers: number;
  tokenTtlDays: number;
  /** Events a subscriber may have queued before its socket is closed as a slow consumer. */
  subscriberQueueLimit: number;
  /** Bytes a socket may have unsent before it is closed as a slow consumer. */
  socketBufferLimit: number;
  /** Serve the built client from dist/client when it exists. */
  serveClient: boolean;
  production: boolean;
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

export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databasePath: env.DATABASE_PATH || './data/courtside.db',
    sqliteSynchronous: oneOf(env, 'SQLITE_SYNCHRONOUS', 'FULL', ['FULL', 'NORMAL', 'EXTRA'] as const),
    maxMessageLength: integer(env, 'MAX_MESSAGE_LENGTH', 4000, 1, 100_000),
    replayLimit: integer(env, 'REPLAY_LIMIT', 1000, 1, 1_000_000),
    largeRoomViewers: integer(env, 'LARGE_ROOM_VIEWERS', 100, 1, 10_000_000),
    tokenTtlDays: integer(env, 'TOKEN_TTL_DAYS', 30, 1, 3650),
    subscriberQueueLimit: integer(env, 'SUBSCRIBER_QUEUE_LIMIT', 2000, 10, 1_000_000),
    socketBufferLimit: integer(env, 'SOCKET_BUFFER_LIMIT', 4 * 1024 * 1024, 64 * 1024, 1024 ** 3),
    serveClient: env.SERVE_CLIENT !== '0',
    production: env.NODE_ENV === 'production',
  };
}
