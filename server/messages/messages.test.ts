// The messages domain against an in-memory SQLite built from the real migrations.
import { describe, expect, it } from 'vitest';
import type { Store } from '../storage/store';
import { messagesFixture } from '../test/messagesFixture';

async function setup() {
  const { store, pubsub, users, rooms, eventLog, messages } = await messagesFixture({ maxMessageLength: 100 });
  const viewer = await users.authenticate((await users.joinAsGuest('Ana')).token);
  const room = await rooms.create(viewer, { name: 'Room' });
  return { store, pubsub, eventLog, messages, viewer, roomId: room.id };
}

/** The room's durable event log, oldest first. */
async function logOf(store: Store, roomId: string) {
  // Seqs are 32-bit integers on PostgreSQL.
  return (await store.events.after(roomId, 0, 2 ** 31 - 1, 1000)).map(({ event }) => event);
}

describe('messages domain', () => {
  it('numbers every change with the next seq and logs it in the same transaction', async () => {
    const { store, messages, viewer, roomId } = await setup();
    const a = await messages.send(viewer, { roomId, body: 'a' });
    await messages.send(viewer, { roomId, body: 'b' });
    await messages.edit(viewer, a.id, 'a2');
    await messages.delete(viewer, a.id);
    const log = await logOf(store, roomId);
    expect(log.map((e) => [e.seq, e.type])).toEqual([
      [1, 'MessageAdded'],
      [2, 'MessageAdded'],
      [3, 'MessageEdited'],
      [4, 'MessageDeleted'],
    ]);
    expect((await store.rooms.findById(roomId))?.lastSeq).toBe(4);
  });

  it('commits sends of the same tick together, each with its own seq, refusing a conflicting one alone', async () => {
    const { store, messages, viewer, roomId } = await setup();
    await messages.send(viewer, { roomId, body: 'first', clientMessageId: 'taken' });
    const before = store.groupStats();
    const results = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, i) => messages.send(viewer, { roomId, body: `together ${i}` })),
      messages.send(viewer, { roomId, body: 'not first', clientMessageId: 'taken' }),
    ]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.extensions.code)).toEqual(['CONFLICT']);
    const seqs = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.seq] : []));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    if (store.dialect === 'sqlite') {
      // One connection, no round trips: the sends of one tick reach the group in call order, as one commit.
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      expect(store.groupStats().commits - before.commits).toBe(1);
    } else {
      // Their reads take round trips on several connections first, so they reach the groups in any order.
      expect(store.groupStats().commits - before.commits).toBeLessThan(20);
    }
  });

  it('spends no seq on a refused change', async () => {
    const { store, messages, viewer, roomId } = await setup();
    await expect(messages.send(viewer, { roomId, body: 'x', replyToId: 'missing' })).rejects.toThrow(/not in this room/);
    await expect(messages.send(viewer, { roomId, body: ' ' })).rejects.toThrow(/empty/);
    expect((await messages.send(viewer, { roomId, body: 'ok' })).seq).toBe(1);
    expect(await logOf(store, roomId)).toHaveLength(1);
  });

  it('publishes only after the commit, so a subscriber can always read what it was told about', async () => {
    const { store, pubsub, messages, viewer, roomId } = await setup();
    const live = pubsub.subscribe('room', roomId, { limit: 10, onOverflow: () => {} });
    const seen = live.next().then(async ({ value }) => {
      const seq = value && 'seq' in value ? value.seq : -1;
      return (await logOf(store, roomId)).find((event) => event.seq === seq);
    });
    await messages.send(viewer, { roomId, body: 'hello' });
    expect(await seen).toMatchObject({ seq: 1, type: 'MessageAdded' });
  });

  it('replays events with the current state of their message, in bounded batches', async () => {
    const { eventLog, messages, viewer, roomId } = await setup();
    for (let i = 1; i <= 5; i++) await messages.send(viewer, { roomId, body: `m${i}` });
    const first = await messages.send(viewer, { roomId, body: 'edited later' });
    await messages.edit(viewer, first.id, 'now edited');
    expect((await eventLog.eventsAfter(roomId, 0, 7, 3)).map((e) => e.seq)).toEqual([1, 2, 3]);
    const tail = await eventLog.eventsAfter(roomId, 5, 7, 10);
    expect(tail.map((e) => [e.type, 'message' in e ? e.message.body : null])).toEqual([
      ['MessageAdded', 'now edited'],
      ['MessageEdited', 'now edited'],
    ]);
  });
});

describe('a database locked by another process', () => {
  it('refuses a send after waiting lockWaitMs for the lock, with a retryable RATE_LIMITED, not a hang or a crash', async () => {
    const { tmpdir } = await import('node:os');
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const Database = (await import('better-sqlite3')).default;
    const path = join(mkdtempSync(join(tmpdir(), 'courtside-busy-')), 'db.sqlite');
    const { users, rooms, gate, messages } = await messagesFixture({ path, busyTimeoutMs: 100, lockWaitMs: 300, maxMessageLength: 100 });
    const viewer = await users.authenticate((await users.joinAsGuest('Ana')).token);
    const roomId = (await rooms.create(viewer, { name: 'Room' })).id;
    const other = new Database(path); // another process's connection, holding the write lock
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = performance.now();
      await expect(messages.send(viewer, { roomId, body: 'blocked' })).rejects.toMatchObject({
        extensions: { code: 'RATE_LIMITED', retryAfterMs: 1000 },
      });
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await messages.send(viewer, { roomId, body: 'after' })).seq).toBe(1);
    gate.dispose();
  });
});
