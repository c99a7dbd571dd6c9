// The database a test's server runs on: a SQLite file in a temporary folder, or, when the suite runs
// for PostgreSQL (COURTSIDE_TEST_STORE=postgres, the `postgres` vitest project), a database of its own
// on the local server, dropped afterwards. Tests that restart a server pass the same one again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { createTestDatabase } from './postgresDatabase';

export type TestStoreKind = 'sqlite' | 'postgres';

/** Which store this run of the suite tests. */
export const TEST_STORE: TestStoreKind = process.env.COURTSIDE_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  kind: TestStoreKind;
  /** What to put in the config (createApp) … */
  config: { databasePath: string; databaseUrl: string | null };
  /** … or in the environment of a server process. */
  env: Record<string, string>;
  /**
   * Runs one statement on the database behind the server's back (to break, age or inspect things),
   * with `$1`, `$2` placeholders in both dialects; Dates are passed as each store keeps them.
   */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'courtside-test-')), 'courtside.db');
}

function sqliteDatabase(path = tempDatabasePath()): TestDatabase {
  return {
    kind: 'sqlite',
    config: { databasePath: path, databaseUrl: null },
    env: { DATABASE_PATH: path },
    async sql(text, params = []) {
      const client = new Database(path);
      try {
        client.pragma('busy_timeout = 5000');
        const values = params.map((value) => (value instanceof Date ? value.getTime() : value));
        const statement = client.prepare(text.replace(/\$\d+/g, '?'));
        if (statement.reader) return statement.all(...values) as never[];
        statement.run(...values);
        return [];
      } finally {
        client.close();
      }
    },
    async drop() {
      rmSync(dirname(path), { recursive: true, force: true });
    },
  };
}

async function postgresDatabase(): Promise<TestDatabase> {
  const { url, drop } = await createTestDatabase();
  return {
    kind: 'postgres',
    config: { databasePath: ':memory:', databaseUrl: url },
    env: { DATABASE_URL: url },
    async sql(text, params = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    drop,
  };
}

/** A fresh, migrated-on-first-open database for the store this run tests. */
export function createTestDb(kind: TestStoreKind = TEST_STORE): Promise<TestDatabase> {
  return kind === 'postgres' ? postgresDatabase() : Promise.resolve(sqliteDatabase());
}
