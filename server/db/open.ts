import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { PROJECT_ROOT } from '../projectRoot';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = join(PROJECT_ROOT, 'drizzle', 'sqlite');

export interface OpenOptions {
  synchronous?: 'FULL' | 'NORMAL' | 'EXTRA';
  /**
   * How long one statement waits for another process's lock before failing (SQLITE_BUSY).
   * better-sqlite3 waits synchronously, stalling every request meanwhile, so it is short; sends
   * wait longer without blocking (see groupCommit.ts), other writes are refused as retryable.
   */
  busyTimeoutMs?: number;
}

/**
 * Opens the database, sets the pragmas that every connection needs, and applies the migrations in
 * drizzle/sqlite/. WAL lets readers run beside the writer; `synchronous` is set explicitly on every open
 * because it is per-connection and FULL is what makes an acknowledged commit survive power loss.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  client.pragma('foreign_keys = ON');
  client.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 100}`);
  const db = drizzle({ client, schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}
