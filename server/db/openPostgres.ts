import { join } from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as pgSchema from './pgSchema';
import { PROJECT_ROOT } from '../projectRoot';

export type PgDb = NodePgDatabase<typeof pgSchema> & { $client: pg.Pool };

const MIGRATIONS = join(PROJECT_ROOT, 'drizzle', 'postgres');

/** The key of the session-level advisory lock held while migrating ('Courtsd' in ASCII). */
export const MIGRATION_LOCK = 0x436f7572747364n.toString();

export interface OpenPostgresOptions {
  /** Connections in the pool; 10 unless set. */
  max?: number;
}

/** The URL without user or password, for messages: postgres://host:port/db. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return `${parsed.protocol}//${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
  } catch {
    return 'unparsable URL';
  }
}

/** An error as one line (AggregateError, from a host with several addresses, has no message of its own). */
function oneLine(error: unknown): string {
  let text: string;
  if (error instanceof AggregateError && error.errors.length > 0) text = error.errors.map((inner) => oneLine(inner)).join('; ');
  else if (error instanceof Error) text = error.message || (error as NodeJS.ErrnoException).code || error.name;
  else text = String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Opens a pool on the PostgreSQL database at `url` and applies the migrations in drizzle/postgres/.
 * Fails, with one line naming DATABASE_URL, if the database cannot be reached. Processes starting
 * together on one database take turns: each migrates under a session-level advisory lock, so a
 * migration is applied once and the later ones find nothing to do.
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<PgDb> {
  const where = describePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // A host that drops packets fails the start instead of hanging it; also bounds a wait for a
    // free connection.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that breaks (server restart, network) is dropped by the pool and replaced on
  // the next checkout; without a listener the 'error' event would end the process.
  pool.on('error', (error) => console.error(`courtside: PostgreSQL (${where}): idle connection lost: ${oneLine(error)}`));

  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`DATABASE_URL (${where}): ${oneLine(error)}`, { cause: error });
  }
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK]);
    try {
      // On the locked connection itself: the migration's transaction runs in the session holding the lock.
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK]);
    }
    client.release();
  } catch (error) {
    // Destroy the connection rather than return it: a failed unlock would leave the lock held.
    client.release(error instanceof Error ? error : true);
    await pool.end().catch(() => {});
    throw error;
  }
  return drizzle({ client: pool, schema: pgSchema });
}
