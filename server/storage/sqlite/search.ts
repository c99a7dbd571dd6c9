// Full-text search on SQLite through the FTS5 index that triggers keep equal to `messages`
// (drizzle/sqlite/0002_search.sql): every word a quoted prefix, all required; best bm25 first.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { messages } from '../../db/schema';
import type { SearchStore } from '../store';

/**
 * The FTS5 table, declared here only so queries can name it. It is deliberately not in db/schema.ts:
 * drizzle-kit cannot model virtual tables, and the custom migration creates it.
 */
const messagesFts = sqliteTable('messages_fts', { rowid: integer('rowid').notNull(), body: text('body').notNull() });

/**
 * The MATCH expression for `words` (`"goa"* AND "fin"*`): each word an FTS5 string, so nothing in it
 * is syntax; quotes doubled, though words hold none as server/search/searchQuery.ts splits them.
 */
export function matchExpression(words: string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ');
}

export function createSqliteSearch(db: Db): SearchStore {
  // Best match first by bm25; equal scores newest first, so offsets page through a stable order.
  const hits = db
    .select({
      message: messages,
      // Matched terms in [[ ]], cut to about 12 tokens around them with … where the body goes on.
      snippet: sql<string>`snippet(${messagesFts}, 0, '[[', ']]', '…', 12)`,
    })
    .from(messagesFts)
    .innerJoin(messages, sql`${messages}.rowid = ${messagesFts.rowid}`)
    .where(
      and(
        sql`${messagesFts} MATCH ${sql.placeholder('match')}`,
        eq(messages.roomId, sql.placeholder('roomId')),
        // Tombstones are indexed as '' and cannot match; this keeps them out even if that ever changed.
        isNull(messages.deletedAt),
      ),
    )
    .orderBy(sql`bm25(${messagesFts})`, desc(messages.seq))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare();

  return {
    async search(roomId, words, offset, limit) {
      if (words.length === 0) return [];
      return hits.all({ match: matchExpression(words), roomId, limit, offset });
    },
  };
}
