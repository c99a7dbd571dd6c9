// A store for domain tests: the one this run of the suite tests (in-memory SQLite, or a PostgreSQL
// database of its own), closed and dropped when the test ends.
import { onTestFinished } from 'vitest';
import { createPostgresStore } from '../storage/postgres/postgresStore';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import type { Store } from '../storage/store';
import { createTestDb, TEST_STORE, type TestStoreKind } from './testDatabase';

export async function openTestStore(kind: TestStoreKind = TEST_STORE): Promise<Store> {
  if (kind === 'sqlite') {
    const store = createSqliteStore(':memory:');
    onTestFinished(() => store.close());
    return store;
  }
  const database = await createTestDb('postgres');
  const store = await createPostgresStore(database.config.databaseUrl!, { max: 4 });
  onTestFinished(async () => {
    await store.close();
    await database.drop();
  });
  return store;
}
