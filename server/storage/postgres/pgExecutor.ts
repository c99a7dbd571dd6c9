// What every PostgreSQL part runs its queries on: the pool's drizzle instance, or a transaction (or
// savepoint) of it. Both are a PgDatabase over the same schema, so one part serves both.
import { getTableColumns } from 'drizzle-orm';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import * as pgSchema from '../../db/pgSchema';

export type PgExecutor = PgDatabase<NodePgQueryResultHKT, typeof pgSchema>;

const { search: _search, ...rowColumns } = getTableColumns(pgSchema.messages);

/**
 * The columns of a MessageRow: every column of `messages` but the generated `search` tsvector, which
 * only the search query reads and no row carries.
 */
export const messageColumns = rowColumns;

/**
 * A query built once, when first run, and kept with the part: drizzle then skips building its SQL and
 * result mapping on every call (measured: building was the largest share of a send's CPU). Unnamed
 * (`prepare('')`), so PostgreSQL plans it each time, as it does any parameterized query, and nothing
 * cached on a connection can outlive a change of the tables.
 */
export function prepared<T>(build: () => { prepare(name: string): T }): () => T {
  let query: T | undefined;
  return () => (query ??= build().prepare(''));
}
