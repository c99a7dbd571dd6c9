// Full-text search over the message bodies of one room, through the FTS5 index kept in sync by
// triggers (drizzle/0002_search.sql). Read-only: no events, no transactions.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open';
import { messages, type MessageRow } from '../db/schema';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { searchQuery } from './searchQuery';

/** One search result: the message and its highlighted snippet. */
export interface SearchHitRow {
  message: MessageRow;
  snippet: string;
}

export interface SearchDeps {
  db: Db;
  rooms: Rooms;
}

export type Search = ReturnType<typeof createSearch>;

/**
 * The FTS5 table, declared here only so queries can name it. It is deliberately not in db/schema.ts:
 * drizzle-kit cannot model virtual tables, and the custom migration creates it.
 */
const messagesFts = sqliteTable('messages_fts', { rowid: integer('rowid').notNull(), body: text('body').notNull() });

/** A search cursor is the number of hits before the next one: results are ranked, not keyed. */
const isOffset = (key: unknown): key is number => Number.isSafeInteger(key) && (key as number) >= 0;

export function createSearch({ db, rooms }: SearchDeps) {
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
    /** Messages of a room the viewer may read (else NOT_FOUND) whose bodies match every typed word. */
    search(viewer: Viewer, roomId: string, query: string, first?: number | null, after?: string | null): Page<SearchHitRow> {
      rooms.readable(viewer, roomId);
      const match = searchQuery(query);
      const limit = pageSize(first, 20, 'first');
      const offset = after ? decodeCursor('search', after, isOffset) : 0;
      const rows = hits.all({ match, roomId, limit: limit + 1, offset });
      const nodes = rows.slice(0, limit);
      return toPage(nodes, (hit) => encodeCursor('search', offset + nodes.indexOf(hit) + 1), {
        hasNextPage: rows.length > limit,
        hasPreviousPage: offset > 0,
      });
    },
  };
}
