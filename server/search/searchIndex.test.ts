// The FTS5 index and its triggers (drizzle/0002_search.sql), on an in-memory database built from the
// real migrations. Rows are written with plain SQL: the triggers must hold for any writer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/open';

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
  db.$client.exec(`
    INSERT INTO users (id, display_name, is_guest) VALUES ('u', 'U', 1);
    INSERT INTO rooms (id, name, kind) VALUES ('r1', 'One', 'PUBLIC'), ('r2', 'Two', 'PUBLIC');
  `);
});
afterEach(() => db.$client.close());

function insert(id: string, roomId: string, seq: number, body: string, deletedAt: number | null = null): void {
  db.$client.prepare(`INSERT INTO messages (id, room_id, seq, author_id, body, created_at, deleted_at) VALUES (?, ?, ?, 'u', ?, 0, ?)`).run(id, roomId, seq, body, deletedAt);
}

function matches(expression: string): string[] {
  const rows = db.$client.prepare(`SELECT m.id FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid WHERE messages_fts MATCH ? ORDER BY m.id`).all(expression) as {
    id: string;
  }[];
  return rows.map((row) => row.id);
}

/** FTS5's own check of the index against the messages table; throws when they differ. */
function assertIndexMatchesTable(): void {
  db.$client.prepare(`INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)`).run();
}

describe('the messages_fts index', () => {
  it('follows inserts, edits, deletes and cascades, staying equal to the table', () => {
    insert('a', 'r1', 1, 'hello world');
    insert('b', 'r1', 2, 'goodbye world');
    insert('c', 'r2', 1, 'other world');
    assertIndexMatchesTable();
    db.$client.exec(`UPDATE messages SET body = 'hello again', edited_at = 1 WHERE id = 'a'`);
    db.$client.exec(`UPDATE messages SET body = '', deleted_at = 1 WHERE id = 'b'`);
    db.$client.exec(`UPDATE messages SET reply_count = 3 WHERE id = 'a'`);
    assertIndexMatchesTable();
    expect(matches('world')).toEqual(['c']);
    expect(matches('hello')).toEqual(['a']);
    db.$client.exec(`DELETE FROM messages WHERE id = 'b'`);
    db.$client.exec(`DELETE FROM rooms WHERE id = 'r2'`);
    assertIndexMatchesTable();
    expect(matches('world OR hello OR goodbye OR other')).toEqual(['a']);
  });

  it('never matches a deleted message, even one whose body was not cleared', () => {
    insert('z', 'r1', 1, 'zombie words', 5);
    expect(matches('zombie')).toEqual([]);
    db.$client.exec(`UPDATE messages SET body = 'zombie again' WHERE id = 'z'`);
    expect(matches('zombie')).toEqual([]);
    db.$client.exec(`UPDATE messages SET deleted_at = NULL WHERE id = 'z'`);
    expect(matches('zombie')).toEqual(['z']);
  });
});
