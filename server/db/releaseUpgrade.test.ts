// A database written by release 0.1 (fixtures/release-0.1.db: every migration up to
// 0008_guest_usernames, one user, one room, three messages, one reaction) opens with the current
// server. The migrations moved from drizzle/ to drizzle/sqlite/; drizzle's SQLite migrator skips a
// migration whose journal `when` is not newer than the last one recorded, and records each file's
// SHA-256, so a moved but unchanged file must not run again and must keep its recorded hash.
// The log's ReactionChanged rows had their own columns in 0.1; 0010_reaction_event_data moved them
// into `data`, and the replay must read them back unchanged.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { createEventLog } from '../events/eventLog';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import { PROJECT_ROOT } from '../projectRoot';

const FIXTURE = join(PROJECT_ROOT, 'server/db/fixtures/release-0.1.db');
const folder = mkdtempSync(join(tmpdir(), 'courtside-release-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function appliedMigrations(path: string) {
  const db = openDatabase(path);
  try {
    return db.$client.prepare('SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at, rowid').all() as {
      hash: string;
      createdAt: number;
    }[];
  } finally {
    db.$client.close();
  }
}

describe('upgrading a release 0.1 database', () => {
  it('keeps its rows and its migration history', () => {
    const path = join(folder, 'chat.db');
    copyFileSync(FIXTURE, path);

    const expected = readMigrationFiles({ migrationsFolder: join(PROJECT_ROOT, 'drizzle/sqlite') }).map((m) => ({ hash: m.hash, createdAt: m.folderMillis }));
    // Every migration marked applied exactly once: the nine of 0.1 were not applied again.
    expect(appliedMigrations(path)).toEqual(expected);
    // Opening again applies nothing.
    expect(appliedMigrations(path)).toEqual(expected);

    const db = openDatabase(path);
    const client = db.$client;
    expect(client.prepare('SELECT id, username, is_guest FROM users').all()).toEqual([{ id: 'u-ana', username: 'ana', is_guest: 0 }]);
    expect(client.prepare('SELECT id, name, kind, last_seq FROM rooms').all()).toEqual([{ id: 'r-lobby', name: 'Lobby', kind: 'PUBLIC', last_seq: 4 }]);
    expect(client.prepare('SELECT id, seq, body FROM messages ORDER BY seq').all()).toEqual([
      { id: 'm1', seq: 1, body: 'hello from release 0.1' },
      { id: 'm2', seq: 2, body: 'what a goal' },
      { id: 'm3', seq: 3, body: 'third message' },
    ]);
    expect(client.prepare('SELECT message_id, user_id, emoji FROM reactions').all()).toEqual([{ message_id: 'm2', user_id: 'u-ana', emoji: '⚽' }]);
    expect(client.prepare('SELECT seq, type FROM room_events ORDER BY seq').all()).toEqual([
      { seq: 1, type: 'MessageAdded' },
      { seq: 2, type: 'MessageAdded' },
      { seq: 3, type: 'MessageAdded' },
      { seq: 4, type: 'ReactionChanged' },
    ]);
    // The search index built by 0.1's triggers still matches the table, and answers.
    expect(() => client.exec("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(client.prepare("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'goal'").all()).toHaveLength(1);
    expect(client.pragma('integrity_check', { simple: true })).toBe('ok');
    client.close();
  });

  it('replays its events, the reaction with its emoji, user, added and count', async () => {
    const path = join(folder, 'replay.db');
    copyFileSync(FIXTURE, path);
    const store = createSqliteStore(path);
    try {
      const events = await createEventLog(store).eventsAfter('r-lobby', 0, 4, 10);
      expect(events.map((event) => event.type)).toEqual(['MessageAdded', 'MessageAdded', 'MessageAdded', 'ReactionChanged']);
      expect(events[3]).toEqual({ type: 'ReactionChanged', roomId: 'r-lobby', seq: 4, messageId: 'm2', emoji: '⚽', userId: 'u-ana', added: true, count: 1 });
      expect(events[1]).toMatchObject({ type: 'MessageAdded', seq: 2, message: { id: 'm2', body: 'what a goal' } });
    } finally {
      await store.close();
    }
  });
});
