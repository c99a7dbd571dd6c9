// The PostgreSQL store: the parts over a pooled connection, for several processes on one database.
// Outside a transaction each call takes any pooled connection; a transaction holds one connection
// from BEGIN to COMMIT, so its parts are built over that transaction (a few closures: cheap).
//
// Errors leave here in the domains' terms: a lost connection, a shutdown, a serialization failure
// or a deadlock becomes the retryable refusal (unavailable.ts); a raced unique key on messages
// becomes UniqueViolation (messages.ts, held.ts). A killed connection is dropped by the pool, and
// the next call gets a new one.
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { openPostgres, type PgDb } from '../../db/openPostgres';
import * as pgSchema from '../../db/pgSchema';
import type { Store, StoreParts } from '../store';
import { createPgEvents } from './events';
import { createPgGroupCommit } from './groupCommit';
import { createPgHeld } from './held';
import { createPgMessages } from './messages';
import { createPgModeration } from './moderation';
import { createPgReactions } from './reactions';
import { createPgRooms } from './rooms';
import { createPgSearch } from './search';
import { createPgUsers } from './users';
import type { PgExecutor } from './pgExecutor';
import { asDomainError } from './unavailable';

export interface PostgresStoreOptions {
  /** Connections in the pool; 10 unless set. */
  max?: number;
  /** Grouped writes of one turn share a transaction (a savepoint each); false: one transaction per write. */
  groupCommit?: boolean;
}

/** The parts over one executor: the pool, a transaction, or a savepoint of one. */
export function partsOver(db: PgExecutor): StoreParts {
  return {
    users: createPgUsers(db),
    rooms: createPgRooms(db),
    messages: createPgMessages(db),
    held: createPgHeld(db),
    reactions: createPgReactions(db),
    events: createPgEvents(db),
    moderation: createPgModeration(db),
    search: createPgSearch(db),
  };
}

/** Every method of every part, its rejections mapped to the domains' errors. */
function guarded(parts: StoreParts): StoreParts {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, part] of Object.entries(parts) as [string, Record<string, (...args: unknown[]) => Promise<unknown>>][]) {
    out[name] = Object.fromEntries(
      Object.entries(part).map(([verb, method]) => [
        verb,
        (...args: unknown[]) =>
          method(...args).catch((error: unknown) => {
            throw asDomainError(error);
          }),
      ]),
    );
  }
  return out as unknown as StoreParts;
}

/**
 * Runs `work` in one transaction on a connection of its own. drizzle's own pooled transaction is not
 * used: when BEGIN fails (a connection killed while idle) it never returns the connection to the
 * pool, and a few of those exhaust it. Here the connection is always released, and a broken one is
 * dropped by the pool (which checks it on release).
 */
export function createTransactionRunner(pool: pg.Pool) {
  // One drizzle instance per pooled connection, made when the connection is first used.
  const byClient = new WeakMap<pg.PoolClient, PgDb>();
  // A connection broken while checked out emits 'error' with no pool listener on it, which would end
  // the process; the failure reaches the caller through its query instead.
  const listened = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => {
    if (listened.has(client)) return;
    listened.add(client);
    client.on('error', () => {});
  });

  return async function run<T>(work: (tx: PgExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw asDomainError(error);
    }
    let db = byClient.get(client);
    if (!db) byClient.set(client, (db = drizzle({ client, schema: pgSchema }) as unknown as PgDb));
    try {
      return await db.transaction((tx) => work(tx as unknown as PgExecutor));
    } catch (error) {
      throw asDomainError(error);
    } finally {
      client.release();
    }
  };
}

export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const db = await openPostgres(url, { max: options.max });
  const pool = db.$client;
  const run = createTransactionRunner(pool);
  const group = createPgGroupCommit(run, partsOver, { batch: options.groupCommit ?? true });

  return {
    dialect: 'postgres',
    ...guarded(partsOver(db as unknown as PgExecutor)),
    transaction: (work) => run((tx) => work(partsOver(tx))),
    grouped: (work) => group.write(work),
    groupStats: () => group.stats(),
    drain: () => group.drain(),
    async close() {
      await group.drain();
      await pool.end();
    },
  };
}
