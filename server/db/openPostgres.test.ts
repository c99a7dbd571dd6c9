// openPostgres on the local PostgreSQL server (see server/test/postgresDatabase.ts).
import { createServer } from 'node:net';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from './openPostgres';
import { messages, rooms, users } from './pgSchema';
import { PROJECT_ROOT } from '../projectRoot';
import { createTestDatabase } from '../test/postgresDatabase';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function freshDatabase(): Promise<string> {
  const { url, drop } = await createTestDatabase();
  drops.push(drop);
  return url;
}

/** A fresh, empty database (not from the template): what a first start sees. */
async function emptyDatabase(): Promise<string> {
  const { url, drop } = await createTestDatabase();
  drops.push(drop);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA drizzle CASCADE');
  } finally {
    await client.end();
  }
  return url;
}

/** A port on 127.0.0.1 nothing listens on. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const expectedMigrations = () =>
  readMigrationFiles({ migrationsFolder: join(PROJECT_ROOT, 'drizzle/postgres') }).map((m) => ({ hash: m.hash, created_at: String(m.folderMillis) }));

describe('openPostgres', () => {
  it('applies the migrations to an empty database, once even when two processes start at once', async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([openPostgres(url, { max: 2 }), openPostgres(url, { max: 2 })]);
    try {
      const { rows } = await a.$client.query('SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id');
      expect(rows).toEqual(expectedMigrations());
      const tables = await b.$client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      expect(tables.rows.map((row) => row.tablename)).toEqual([
        'bans',
        'held_messages',
        'memberships',
        'mentions',
        'messages',
        'moderation_log',
        'reactions',
        'reports',
        'room_events',
        'room_timeouts',
        'rooms',
        'sessions',
        'users',
      ]);
    } finally {
      await Promise.all([a.$client.end(), b.$client.end()]);
    }
    // And opening again applies nothing.
    const c = await openPostgres(url, { max: 1 });
    try {
      const { rows } = await c.$client.query('SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id');
      expect(rows).toEqual(expectedMigrations());
    } finally {
      await c.$client.end();
    }
  });

  it('fails with one line naming DATABASE_URL, without the password, when the server is unreachable', async () => {
    const port = await unusedPort();
    const error = await openPostgres(`postgres://courtside:s3cret@127.0.0.1:${port}/chat`).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(new RegExp(`^DATABASE_URL \\(postgres://127\\.0\\.0\\.1:${port}/chat\\): \\S.*ECONNREFUSED`));
    expect(error!.message).not.toContain('\n');
    expect(error!.message).not.toContain('s3cret');
  });

  it('keeps going when an idle connection is killed', async () => {
    const url = await freshDatabase();
    const db = await openPostgres(url, { max: 2 });
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => void logged.push(line);
    try {
      await db.execute(sql`SELECT 1`); // leaves one idle connection in the pool
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      await admin.end();
      await expect.poll(() => logged.length).toBe(1);
      expect(logged[0]).toMatch(/^courtside: PostgreSQL \(postgres:\/\/127\.0\.0\.1:5432\/courtside_t_[^)]+\): idle connection lost: /);
      expect((await db.execute(sql`SELECT 2 AS two`)).rows).toEqual([{ two: 2 }]);
    } finally {
      console.error = original;
      await db.$client.end();
    }
  });

  it('finds messages by word prefix, and no longer once deleted', async () => {
    const db = await openPostgres(await freshDatabase(), { max: 2 });
    try {
      await db.insert(users).values({ id: 'u1', displayName: 'Ana', isGuest: true });
      await db.insert(rooms).values({ id: 'r1', name: 'Lobby', kind: 'PUBLIC' });
      const createdAt = new Date('2026-06-01T12:00:00.123Z');
      await db.insert(messages).values([
        { id: 'm1', roomId: 'r1', seq: 1, authorId: 'u1', body: 'What a GOAL!', createdAt },
        { id: 'm2', roomId: 'r1', seq: 2, authorId: 'u1', body: 'Goalkeeper of the year', createdAt },
        { id: 'm3', roomId: 'r1', seq: 3, authorId: 'u1', body: 'no match here', createdAt },
      ]);
      const matching = async () =>
        (
          await db
            .select({ id: messages.id })
            .from(messages)
            .where(sql`${messages.search} @@ to_tsquery('simple', 'goal:*')`)
            .orderBy(messages.seq)
        ).map((row) => row.id);
      expect(await matching()).toEqual(['m1', 'm2']);

      await db
        .update(messages)
        .set({ deletedAt: new Date() })
        .where(sql`${messages.id} = 'm1'`);
      expect(await matching()).toEqual(['m2']);

      // Rows come back as the SQLite store gives them: Dates, booleans.
      const [row] = await db
        .select()
        .from(messages)
        .where(sql`${messages.id} = 'm2'`);
      expect(row.createdAt).toEqual(createdAt);
      const [user] = await db.select().from(users);
      expect(user.isGuest).toBe(true);
      expect(user.createdAt).toBeInstanceOf(Date);
      const [room] = await db.select().from(rooms);
      expect(room.blockedTerms).toEqual([]);
      // The search index is used for the query (on a table this small only when seq scans are off).
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const plan = await tx.execute(sql`EXPLAIN SELECT id FROM messages WHERE search @@ to_tsquery('simple', 'goal:*')`);
        expect(JSON.stringify(plan.rows)).toContain('messages_search');
      });
    } finally {
      await db.$client.end();
    }
  });

  it('creates test databases quickly', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await freshDatabase();
      times.push(performance.now() - started);
    }
    console.log(`createTestDatabase: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(Math.min(...times)).toBeLessThan(2_000);
  });
});
