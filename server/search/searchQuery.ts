// Pure: what a person types into the search box, turned into a safe FTS5 MATCH expression.
import { CourtsideError } from '../errors';

export const MAX_QUERY_LENGTH = 200;

/**
 * A word as FTS5's unicode61 tokenizer sees one: letters, digits and private-use characters, with any
 * combining marks after them. Everything else (spaces, punctuation, symbols, emoji) separates words,
 * as it does in the index, so what the user typed splits exactly like the bodies it should match.
 */
const WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{M}\p{Co}]*/gu;

/**
 * The MATCH expression for `typed`: every word quoted as an FTS5 string and made a prefix match, all
 * words required (`"goa"* AND "fin"*`). Quotes, `*`, `-`, `:`, parentheses, `NEAR`, `OR`, `AND` and `NOT`
 * typed by the user are either dropped as separators or end up inside a quoted string, so they can never
 * be a syntax error or change the meaning. BAD_USER_INPUT when nothing searchable is left or the query
 * is longer than MAX_QUERY_LENGTH characters.
 */
export function searchQuery(typed: string): string {
  const text = typed.trim();
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH) {
    throw new CourtsideError('BAD_USER_INPUT', `A search can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${length}.`, {
      field: 'query',
    });
  }
  const words = text.match(WORD) ?? [];
  if (words.length === 0) {
    throw new CourtsideError('BAD_USER_INPUT', 'Type at least one letter or digit to search for.', { field: 'query' });
  }
  // Words hold no quotes by construction; doubling them anyway keeps the quoting correct on its own.
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ');
}
