import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CourtsideError } from '../errors';
import { MAX_QUERY_LENGTH, searchQuery } from './searchQuery';

/** The code (and sentence) a call fails with. */
function refusal(typed: string): { code: unknown; message: string } {
  try {
    searchQuery(typed);
  } catch (error) {
    if (error instanceof CourtsideError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
  throw new Error(`searchQuery(${JSON.stringify(typed)}) did not throw`);
}

describe('searchQuery', () => {
  it('quotes each word and makes it a prefix match', () => {
    expect(searchQuery('goa')).toBe('"goa"*');
  });

  it('requires every word', () => {
    expect(searchQuery('  late   GOAL ')).toBe('"late"* AND "GOAL"*');
  });

  it('splits on punctuation and symbols the way the index does', () => {
    expect(searchQuery("don't 🏀goal_keeper, 3-2!")).toBe('"don"* AND "t"* AND "goal"* AND "keeper"* AND "3"* AND "2"*');
  });

  it('keeps letters of any script, digits and combining marks inside words', () => {
    expect(searchQuery('Café e\u0301te\u0301 日本語 x²')).toBe('"Café"* AND "e\u0301te\u0301"* AND "日本語"* AND "x²"*');
  });

  it('turns typed FTS5 syntax into plain words or separators', () => {
    expect(searchQuery('"goal')).toBe('"goal"*');
    expect(searchQuery('goal*')).toBe('"goal"*');
    expect(searchQuery('-goal')).toBe('"goal"*');
    expect(searchQuery('body:goal')).toBe('"body"* AND "goal"*');
    expect(searchQuery('(goal OR save)')).toBe('"goal"* AND "OR"* AND "save"*');
    expect(searchQuery('NEAR(goal save, 2)')).toBe('"NEAR"* AND "goal"* AND "save"* AND "2"*');
    expect(searchQuery('NOT goal ^save + {x}')).toBe('"NOT"* AND "goal"* AND "save"* AND "x"*');
  });

  it('produces expressions FTS5 accepts, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')`);
    db.prepare('INSERT INTO t(body) VALUES (?)').run('NEAR the goal OR the save');
    const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    const syntax = ['"', '" OR "', '*', '*"', 'NEAR(', 'NEAR/2', 'OR', 'AND', 'NOT', '- : ^ + ( ) { }', 'body:', '"\'`\\', '\u0301'];
    for (const bit of syntax) {
      for (const text of [`${bit}goal`, `goal ${bit}`, `${bit} ${bit}goal${bit} ${bit}`]) {
        expect(() => match.get(searchQuery(text)), text).not.toThrow();
      }
    }
    expect(match.get(searchQuery('near OR goal'))).toEqual({ n: 1 });
    expect(match.get(searchQuery('goal OR nothing'))).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a query with no letters or digits', () => {
    for (const typed of ['', '   ', '"*"', '- ( ) : *', '🏀🏀']) {
      expect(refusal(typed)).toEqual({ code: 'BAD_USER_INPUT', message: 'Type at least one letter or digit to search for.' });
    }
  });

  it(`refuses a query longer than ${MAX_QUERY_LENGTH} characters, counting code points`, () => {
    expect(() => searchQuery('a'.repeat(MAX_QUERY_LENGTH))).not.toThrow();
    expect(() => searchQuery('𝐀'.repeat(MAX_QUERY_LENGTH))).not.toThrow(); // two UTF-16 units each
    expect(refusal('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
      code: 'BAD_USER_INPUT',
      message: `A search can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${MAX_QUERY_LENGTH + 1}.`,
    });
  });
});
