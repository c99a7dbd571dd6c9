// Full-text search on PostgreSQL: the generated `search` tsvector of messages (GIN-indexed, '' for
// deleted messages), the counterpart of SQLite's FTS5 table. Read-only.
//
// The config is courtside_search (drizzle/postgres/0001_search_unaccent.sql): 'simple' with accents
// removed, so `mull` finds "Müller" as FTS5's remove_diacritics does. The query and the headline use
// it too: the query's words lose their accents the same way, and ts_headline finds the matching words
// in the original body, so the snippet highlights [[Müller]] as written.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { messages } from '../../db/pgSchema';
import type { SearchHit, SearchStore } from '../store';
import { messageColumns, type PgExecutor } from './pgExecutor';

/**
 * The tsquery text for `words`: each a quoted prefix term, all required ('goa':* & 'fin':*). Quoting
 * keeps tsquery operators typed by the user (& | ! : * ( ) <->) inside a term, never syntax.
 */
export function prefixQuery(words: string[]): string {
  return words.map((word) => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`).join(' & ');
}

/** The text search configuration of the `search` column; queries must use the same. */
const CONFIG = 'courtside_search';

const HEADLINE_OPTIONS = 'StartSel=[[,StopSel=]],MaxWords=12,MinWords=4,HighlightAll=false';

/**
 * ts_headline cuts the body without saying so; FTS5's snippet marks a cut with …. The same marks
 * here: … before the fragment when the body starts earlier, after it when the body goes on.
 */
export function withEllipses(body: string, headline: string): string {
  const plain = headline.replaceAll('[[', '').replaceAll(']]', '');
  const at = body.indexOf(plain);
  if (at < 0 || plain.length === 0) return headline;
  return `${at > 0 ? '…' : ''}${headline}${at + plain.length < body.length ? '…' : ''}`;
}

export function createPgSearch(db: PgExecutor): SearchStore {
  return {
    async search(roomId, words, offset, limit) {
      if (words.length === 0) return [];
      const query = sql`to_tsquery(${CONFIG}::regconfig, ${prefixQuery(words)})`;
      const rows = await db
        .select({ message: messageColumns, headline: sql<string>`ts_headline(${CONFIG}::regconfig, ${messages.body}, ${query}, ${HEADLINE_OPTIONS})` })
        .from(messages)
        .where(and(eq(messages.roomId, roomId), isNull(messages.deletedAt), sql`${messages.search} @@ ${query}`))
        .orderBy(desc(sql`ts_rank(${messages.search}, ${query})`), desc(messages.seq))
        .limit(limit)
        .offset(offset);
      return rows.map(({ message, headline }): SearchHit => ({ message, snippet: withEllipses(message.body, headline) }));
    },
  };
}
