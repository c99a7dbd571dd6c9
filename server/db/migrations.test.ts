import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';

const MIGRATIONS = resolve(fileURLToPath(import.meta.url), '../../../drizzle/sqlite');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The migrations folder as it was up to `tag`: what an older server had applied. */
function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'courtside-migrations-'));
  folders.push(folder);
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const end = journal.entries.findIndex((entry: { tag: string }) => entry.tag === tag);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('migrations on a database with data', () => {
  it('move running timeouts off the membership and give existing guests a unique handle', () => {
    const client = new Database(':memory:');
    const db = drizzle({ client });
    migrate(db, { migrationsFolder: migrationsUpTo('0005_room_timeouts') });
    const later = Date.now() + 3_600_000;
    client.exec(`
      INSERT INTO users (id, display_name, is_guest) VALUES ('u1', 'Ana', 1), ('u2', 'Ana', 1);
      INSERT INTO users (id, display_name, username, username_key, is_guest) VALUES ('u3', 'Ben', 'Ben', 'ben', 0);
      INSERT INTO rooms (id, name, kind) VALUES ('r1', 'Room', 'PUBLIC');
      INSERT INTO memberships (room_id, user_id, role, joined_at, timed_out_until, timeout_reason)
        VALUES ('r1', 'u1', 'MEMBER', 0, ${later}, 'spam'), ('r1', 'u2', 'MEMBER', 0, 1000, 'long over');
    `);
    migrate(db, { migrationsFolder: MIGRATIONS });
    expect(client.prepare('SELECT room_id, user_id, until, reason FROM room_timeouts').all()).toEqual([{ room_id: 'r1', user_id: 'u1', until: later, reason: 'spam' }]);
    expect(client.prepare('SELECT id, username, username_key FROM users ORDER BY id').all()).toEqual([
      { id: 'u1', username: 'guest-u1', username_key: 'guest-u1' },
      { id: 'u2', username: 'guest-u2', username_key: 'guest-u2' },
      { id: 'u3', username: 'Ben', username_key: 'ben' },
    ]);
    client.close();
  });
});
