import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createConnectionLock } from './connectionLock';
import { createGroupCommit } from './groupCommit';

function table() {
  const path = join(mkdtempSync(join(tmpdir(), 'courtside-group-')), 'db.sqlite');
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma('busy_timeout = 100');
  client.exec('CREATE TABLE rows (n INTEGER PRIMARY KEY)');
  const insert = client.prepare('INSERT INTO rows (n) VALUES (?)');
  const rows = () => (client.prepare('SELECT n FROM rows ORDER BY n').all() as { n: number }[]).map((r) => r.n);
  return { path, client, insert, rows };
}

const refuse = (error: unknown) => new Error(`refused: ${(error as Error).message}`);

describe('group commit', () => {
  it('commits the writes of one turn in one transaction and settles them in order, after the commit', async () => {
    const { client, insert, rows } = table();
    const group = createGroupCommit(client, {}, refuse);
    const settled: number[] = [];
    const writes = Array.from({ length: 20 }, (_, n) =>
      group
        .write(async () => {
          insert.run(n);
          return n;
        })
        .then((value) => {
          settled.push(value);
          expect(rows()).toContain(value); // committed and visible when it settles
          return value;
        }),
    );
    expect(rows()).toEqual([]); // nothing written before the turn ends
    expect(await Promise.all(writes)).toEqual([...Array(20).keys()]);
    expect(settled).toEqual([...Array(20).keys()]);
    expect(group.stats()).toEqual({ commits: 1, writes: 20 });
  });

  it('rolls back and refuses only the write that throws', async () => {
    const { client, insert, rows } = table();
    const group = createGroupCommit(client, {}, refuse);
    const results = await Promise.allSettled([
      group.write(async () => insert.run(1)),
      group.write(async () => {
        insert.run(2);
        throw new Error('conflict');
      }),
      group.write(async () => insert.run(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rows()).toEqual([1, 3]);
  });

  it('runs async writes one after another, each whole in its own savepoint', async () => {
    const { client, insert, rows } = table();
    const group = createGroupCommit(client, {}, refuse);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    const results = await Promise.allSettled([
      group.write(async () => {
        insert.run(1);
        await pause();
        insert.run(2);
      }),
      group.write(async () => {
        insert.run(3);
        await pause();
        throw new Error('conflict');
      }),
      group.write(async () => insert.run(4)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rows()).toEqual([1, 2, 4]);
    expect(group.stats()).toEqual({ commits: 1, writes: 3 });
  });

  it('waits for the lock it shares with transactions, and takes writes queued meanwhile into the batch', async () => {
    const { client, insert, rows } = table();
    const lock = createConnectionLock();
    lock.tryAcquire(); // a transaction is open
    const group = createGroupCommit(client, {}, refuse, { lock });
    const first = group.write(async () => insert.run(1));
    await new Promise((resolve) => setImmediate(resolve)); // the flush now waits for the lock
    const second = group.write(async () => insert.run(2));
    expect(rows()).toEqual([]);
    lock.release();
    await Promise.all([first, second]);
    expect(rows()).toEqual([1, 2]);
    expect(group.stats()).toEqual({ commits: 1, writes: 2 });
    expect(lock.held).toBe(false);
  });

  it('uses separate transactions for separate turns', async () => {
    const { client, insert } = table();
    const group = createGroupCommit(client, {}, refuse);
    await group.write(async () => insert.run(1));
    await group.write(async () => insert.run(2));
    expect(group.stats()).toEqual({ commits: 2, writes: 2 });
  });

  it('waits for a lock another connection holds without blocking the event loop, then commits ahead of later writes', async () => {
    const { path, client, insert, rows } = table();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const group = createGroupCommit(client, {}, refuse, { lockWaitMs: 5000, lockRetryMs: 20 });
    const first = [group.write(async () => insert.run(1)), group.write(async () => insert.run(2))];
    // The event loop keeps turning while the group waits: timers fire on time.
    const lateness: number[] = [];
    for (let i = 0; i < 5; i++) {
      const asked = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
      lateness.push(performance.now() - asked - 50);
    }
    expect(Math.max(...lateness)).toBeLessThan(200); // a synchronous wait would stall them past 100 ms each try
    const later = group.write(async () => insert.run(3));
    expect(rows()).toEqual([]);
    other.exec('ROLLBACK');
    await Promise.all([...first, later]);
    expect(rows()).toEqual([1, 2, 3]);
    other.close();
  });

  it('refuses the whole group when the write lock stays taken past lockWaitMs, and writes nothing', async () => {
    const { path, client, insert, rows } = table();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const group = createGroupCommit(client, {}, refuse, { lockWaitMs: 300, lockRetryMs: 20 });
    const started = performance.now();
    const results = await Promise.allSettled([group.write(async () => insert.run(1)), group.write(async () => insert.run(2))]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    other.exec('ROLLBACK');
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'ok'))).toEqual(['refused: database is locked', 'refused: database is locked']);
    expect(rows()).toEqual([]);
    other.close();
  });
});

describe('group commit drain', () => {
  it('resolves at once when idle, and after the queued writes commit otherwise', async () => {
    const { client, insert, rows } = table();
    const group = createGroupCommit(client, {}, refuse);
    await group.drain();
    void group.write(async () => insert.run(1));
    await group.drain();
    expect(rows()).toEqual([1]);
  });
});
