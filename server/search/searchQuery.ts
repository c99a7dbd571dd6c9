// Pure: what a person types into the search box, turned into the words to search for. Each store
// builds its own match expression from them (FTS5 MATCH in SQLite, tsquery in PostgreSQL).
import { CourtsideError } from '../errors';

export const MAX_QUERY_LENGTH = 200;

/**
 * A word as FTS5's unicode61 tokenizer sees one: letters, digits and private-use characters, with any
 * combining marks after them. Everything else (spaces, punctuation, symbols, emoji) separates words,
 * as it does in the index, so what the user typed splits exactly like the bodies it should match.
 */
const WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{M}\p{Co}]*/gu;

/**
 * The words of `typed`, in order, each to be matched as a prefix, all required. Quotes, `*`, `-`,
 * `:`, parentheses and other syntax typed by the user are separators, so no word holds any of them;
 * `NEAR`, `OR`, `AND` and `NOT` are plain words, for the store to quote as such. BAD_USER_INPUT when
 * nothing searchable is left or the query is longer than MAX_QUERY_LENGTH characters.
 */
export function searchWords(typed: string): string[] {
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
  return words;
}
