import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Tests of one store's own machinery (or that run both stores themselves): not repeated per store. */
const STORE_OWN_TESTS = ['server/storage/**', 'server/db/**', 'server/search/searchIndex.test.ts', 'server/test/faults/lockedDatabase.test.ts'];
/**
 * Tests of the transport alone, whatever the store: a frozen socket's slow-consumer bound and
 * connection churn. They take their time (10,000 sends) and would only measure the store's speed again.
 */
const TRANSPORT_ONLY_TESTS = ['server/test/faults/stalledSubscriber.test.ts', 'server/test/faults/connectionChurn.test.ts'];

export default defineConfig({
  resolve: {
    // One copy of graphql-js: Node loads the CommonJS build for yoga and graphql-ws, so the test
    // runner must not hand our code the ESM build (two GraphQLError classes break error masking).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One suite, two stores: every server test runs on SQLite (the default) and again on PostgreSQL,
    // where each server the harness starts gets a database of its own on the local PostgreSQL.
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['server/**/*.test.ts', 'client/**/*.test.ts'], env: { NODE_ENV: 'test', COURTSIDE_TEST_STORE: 'sqlite' } },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['server/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', ...STORE_OWN_TESTS, ...TRANSPORT_ONLY_TESTS],
          env: { NODE_ENV: 'test', COURTSIDE_TEST_STORE: 'postgres' },
        },
      },
    ],
  },
});
