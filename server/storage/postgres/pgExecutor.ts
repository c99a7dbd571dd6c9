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
