import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CourtsideError } from '../errors';
import { matchExpression } from '../storage/sqlite/search';
import { MAX_QUERY_LENGTH, searchWords } from './searchQuery';

/** The code (and sentence) a call fails with. */
function refusal(typed: string): { code: unknown; message: string } {
  try {
    searchWords(typed);
  } catch (error) {
    if (error instanceof CourtsideError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
  throw new Error(`searchWords(${JSON.stringify(typed)}) did not throw`);
}

describe('searchWords', () => {
  it('keeps a single word as typed', () => {
    expect(searchWords('goa')).toEqual(['goa']);
  });

  it('returns every word, in order', () => {
    expect(searchWords('  late   GOAL ')).toEqual(['late', 'GOAL']);
  });

  it('splits on punctuation and symbols the way the index does', () => {
    expect(searchWords("don't 🏀goal_keeper, 3-2!")).toEqual(['don', 't', 'goal', 'keeper', '3', '2']);
  });

  it('keeps letters of any script, digits and combining marks inside words', () => {
    expect(searchWords('Café e\u0301te\u0301 日本語 x²')).toEqual(['Café', 'e\u0301te\u0301', '日本語', 'x²']);
  });

  it('turns typed FTS5 syntax into plain words or separators', () => {
    expect(searchWords('"goal')).toEqual(['goal']);
    expect(searchWords('goal*')).toEqual(['goal']);
    expect(searchWords('-goal')).toEqual(['goal']);
    expect(searchWords('body:goal')).toEqual(['body', 'goal']);
    expect(searchWords('(goal OR save)')).toEqual(['goal', 'OR', 'save']);
    expect(searchWords('NEAR(goal save, 2)')).toEqual(['NEAR', 'goal', 'save', '2']);
    expect(searchWords('NOT goal ^save + {x}')).toEqual(['NOT', 'goal', 'save', 'x']);
  });

  it('gives words the SQLite store turns into expressions FTS5 accepts, whatever is typed', () => {
    expect(matchExpression(searchWords('  late   GOAL '))).toBe('"late"* AND "GOAL"*');
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')`);
    db.prepare('INSERT INTO t(body) VALUES (?)').run('NEAR the goal OR the save');
    const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    const syntax = ['"', '" OR "', '*', '*"', 'NEAR(', 'NEAR/2', 'OR', 'AND', 'NOT', '- : ^ + ( ) { }', 'body:', '"\'`\\', '\u0301'];
    for (const bit of syntax) {
      for (const text of [`${bit}goal`, `goal ${bit}`, `${bit} ${bit}goal${bit} ${bit}`]) {
        expect(() => match.get(matchExpression(searchWords(text))), text).not.toThrow();
      }
    }
    expect(match.get(matchExpression(searchWords('near OR goal')))).toEqual({ n: 1 });
    expect(match.get(matchExpression(searchWords('goal OR nothing')))).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a query with no letters or digits', () => {
    for (const typed of ['', '   ', '"*"', '- ( ) : *', '🏀🏀']) {
      expect(refusal(typed)).toEqual({ code: 'BAD_USER_INPUT', message: 'Type at least one letter or digit to search for.' });
    }
  });

  it(`refuses a query longer than ${MAX_QUERY_LENGTH} characters, counting code points`, () => {
    expect(() => searchWords('a'.repeat(MAX_QUERY_LENGTH))).not.toThrow();
    expect(() => searchWords('𝐀'.repeat(MAX_QUERY_LENGTH))).not.toThrow(); // two UTF-16 units each
    expect(refusal('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
      code: 'BAD_USER_INPUT',
      message: `A search can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${MAX_QUERY_LENGTH + 1}.`,
    });
  });
});
