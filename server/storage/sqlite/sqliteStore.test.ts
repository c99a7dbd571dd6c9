// The SQLite store on its own, no domains: transactions and the connection lock, grouped writes,
// seqs, unique keys, the membership join, read markers and search, against an in-memory database
// built from the real migrations (a file where another connection must take the write lock). One file
// over 200 lines: it is the store's whole contract, part by part, on one set of fixtures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UniqueViolation, type NewMessageRow, type Store, type StoreParts } from '../store';
import { createSqliteStore, sqliteClientOf } from './sqliteStore';

let store: Store;
let seq = 0;

beforeEach(async () => {
  store = createSqliteStore(':memory:');
  seq = 0;
  await store.users.insertUnlessTaken(user('u1'));
  await store.users.insertUnlessTaken(user('u2'));
  await store.rooms.insert(room('r1'));
  await store.rooms.insert(room('r2'));
});
afterEach(() => store.close());

function user(id: string) {
  return { id, displayName: id.toUpperCase(), username: id, usernameKey: id, passwordHash: null, isGuest: true };
}

function room(id: string) {
  return { id, name: id, kind: 'PUBLIC' as const, createdBy: 'u1', directKey: null, createdAt: new Date(1000) };
}

function message(id: string, body: string, change: Partial<NewMessageRow> = {}): NewMessageRow {
  return {
    id,
    roomId: 'r1',
    seq: ++seq,
    authorId: 'u1',
    body,
    replyToId: null,
    threadRootId: null,
    clientMessageId: null,
    sendFingerprint: null,
    moderationReason: null,
    createdAt: new Date(2000 + seq),
    ...change,
  };
}

/** Appends the MessageAdded event and inserts the message under its seq, as a send does. */
async function send(tx: StoreParts, id: string, body: string, change: Partial<NewMessageRow> = {}) {
  const at = new Date(5000);
  const next = await tx.events.append(change.roomId ?? 'r1', 'MessageAdded', id, null, at);
  return tx.messages.insert(message(id, body, { seq: next, createdAt: at, ...change }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('transactions', () => {
  it('commits when the work resolves and rolls back, rethrowing, when it throws', async () => {
    expect(await store.transaction(async (tx) => (await send(tx, 'm1', 'kept')).id)).toBe('m1');
    const failure = new Error('no');
    await expect(
      store.transaction(async (tx) => {
        await send(tx, 'm2', 'undone');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await store.messages.findById('m1')).toMatchObject({ body: 'kept', seq: 1 });
    expect(await store.messages.findById('m2')).toBeUndefined();
    expect((await store.rooms.findById('r1'))!.lastSeq).toBe(1);
  });

  it('makes calls on the store wait while a transaction is open, so they see only committed state', async () => {
    const order: string[] = [];
    const written = store.transaction(async (tx) => {
      await send(tx, 'm1', 'first');
      await tick(); // other requests run meanwhile
      order.push('committing');
      return 'done';
    });
    const read = store.messages.findById('m1').then((row) => (order.push('read'), row));
    expect(await read).toMatchObject({ body: 'first' });
    expect(await written).toBe('done');
    expect(order).toEqual(['committing', 'read']);

    const undone = store.transaction(async (tx) => {
      await send(tx, 'm2', 'second');
      await tick();
      throw new Error('rolled back');
    });
    const missing = store.messages.findById('m2');
    await expect(undone).rejects.toThrow('rolled back');
    expect(await missing).toBeUndefined();
  });

  it('runs concurrent transactions one after another, in the order they were asked for', async () => {
    const seqs = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.transaction(async (tx) => {
          const before = (await tx.rooms.findById('r1'))!.lastSeq;
          await tick();
          const next = await tx.events.append('r1', 'RoomUpdated', null, null, new Date());
          expect(next).toBe(before + 1); // nobody else's append landed between the read and the write
          return [i, next];
        }),
      ),
    );
    expect(seqs).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
  });

  it('refuses a transaction as retryable when another process holds the write lock', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'courtside-store-')), 'db.sqlite');
    const fileStore = createSqliteStore(path, { busyTimeoutMs: 10 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    await expect(fileStore.transaction(async () => 1)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    other.exec('ROLLBACK');
    expect(await fileStore.transaction(async () => 2)).toBe(2);
    other.close();
    await fileStore.close();
  });
});

describe('grouped writes', () => {
  it('share one commit among writes of the same turn, settle in order, and refuse a throwing one alone', async () => {
    const settled: string[] = [];
    const results = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((id) =>
        store
          .grouped(async (tx) => {
            const row = await send(tx, id, `body ${id}`);
            if (id === 'c') throw new Error('refused');
            return row.seq;
          })
          .then((value) => (settled.push(id), value)),
      ),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 2, 'refused', 3]);
    expect(settled).toEqual(['a', 'b', 'd']);
    expect(store.groupStats()).toEqual({ commits: 1, writes: 4 });
    expect(await store.messages.findById('c')).toBeUndefined();
    expect((await store.rooms.findById('r1'))!.lastSeq).toBe(3); // the refused write's seq was rolled back too
  });

  it('holds calls on the store off until the batch commits, and drain waits for it', async () => {
    const order: string[] = [];
    const kept = store.grouped(async (tx) => {
      await send(tx, 'm1', 'kept');
      await tick();
      return 'ok';
    });
    const refused = store.grouped(async (tx) => {
      await send(tx, 'm2', 'refused');
      await tick();
      order.push('refusing');
      throw new Error('refused');
    });
    await new Promise((resolve) => setImmediate(resolve)); // the batch has begun
    const reads = Promise.all([store.messages.findById('m1'), store.messages.findById('m2')]).then((rows) => (order.push('read'), rows));
    await store.drain();
    const [m1, m2] = await reads;
    expect(m1).toMatchObject({ body: 'kept' });
    expect(m2).toBeUndefined(); // never saw the refused write's uncommitted row
    expect(order).toEqual(['refusing', 'read']);
    expect(await kept).toBe('ok');
    await expect(refused).rejects.toThrow('refused');
  });

  it('closing drains the queued writes first', async () => {
    const own = createSqliteStore(':memory:');
    await own.users.insertUnlessTaken(user('u1'));
    await own.rooms.insert(room('r1'));
    const write = own.grouped((tx) => tx.events.append('r1', 'RoomUpdated', null, null, new Date()));
    const client = sqliteClientOf(own)!;
    await own.close();
    expect(await write).toBe(1);
    expect(client.open).toBe(false);
  });
});

describe('the event log', () => {
  it('gives a room seqs 1..N and replays them in order with their messages as they are now', async () => {
    const seqs = await store.transaction(async (tx) => {
      const got: number[] = [];
      for (let i = 0; i < 5; i++) got.push((await send(tx, `m${i}`, `body ${i}`)).seq);
      got.push(await tx.events.append('r1', 'ReactionChanged', 'm0', { emoji: '👍', userId: 'u2', added: true, count: 1 }, new Date(9000)));
      return got;
    });
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    await store.messages.update('m1', { body: 'edited', editedAt: new Date(9500) });
    const replay = await store.events.after('r1', 1, 6, 10);
    expect(replay.map(({ event }) => event.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(replay[0].message).toMatchObject({ id: 'm1', body: 'edited' });
    expect(replay[4].event).toMatchObject({ type: 'ReactionChanged', data: { emoji: '👍', userId: 'u2', added: true, count: 1 }, createdAt: new Date(9000) });
    expect(await store.events.after('r1', 0, 6, 2)).toHaveLength(2);
    expect(await store.events.after('r2', 0, 6, 10)).toEqual([]);
  });

  it('keeps an event without data as SQL NULL and its data as JSON text', async () => {
    await store.transaction(async (tx) => {
      await send(tx, 'm0', 'body');
      await tx.events.append('r1', 'ReactionChanged', 'm0', { emoji: '👍', userId: null, added: false, count: 0 }, new Date(9000));
    });
    const raw = sqliteClientOf(store)!.prepare('SELECT seq, data FROM room_events ORDER BY seq').all();
    expect(raw).toEqual([
      { seq: 1, data: null },
      { seq: 2, data: '{"emoji":"👍","userId":null,"added":false,"count":0}' },
    ]);
  });
});

describe('messages', () => {
  it('throws UniqueViolation for a taken (author, clientMessageId) or (room, seq), and rolls the transaction back', async () => {
    await store.transaction((tx) => send(tx, 'm1', 'first', { clientMessageId: 'c1' }));
    const again = store.transaction((tx) => send(tx, 'm2', 'retry', { clientMessageId: 'c1' }));
    await expect(again).rejects.toBeInstanceOf(UniqueViolation);
    await expect(again).rejects.toMatchObject({ constraint: 'messages_author_client_id' });
    expect((await store.rooms.findById('r1'))!.lastSeq).toBe(1);
    await expect(store.messages.insert(message('m3', 'same seq', { seq: 1 }))).rejects.toMatchObject({ constraint: 'messages_room_seq' });
    expect(await store.messages.findByClientId('u1', 'c1')).toMatchObject({ id: 'm1' });
  });

  it('counts thread posts on the root and keeps them out of the main timeline', async () => {
    await store.transaction(async (tx) => {
      await send(tx, 'root', 'root');
      await send(tx, 'post', 'in thread', { threadRootId: 'root' });
      await tx.messages.countThreadPost('root', new Date(7777));
    });
    expect(await store.messages.findById('root')).toMatchObject({ replyCount: 1, lastReplyAt: new Date(7777) });
    expect((await store.messages.timeline({ roomId: 'r1', threadRootId: null }, { beforeSeq: null }, 10)).map((m) => m.id)).toEqual(['root']);
    expect((await store.messages.timeline({ roomId: 'r1', threadRootId: 'root' }, { afterSeq: 0 }, 10)).map((m) => m.id)).toEqual(['post']);
  });

  it('replaces mentions and counts the ones after a read marker', async () => {
    await store.transaction(async (tx) => {
      const row = await send(tx, 'm1', '@u2 hello');
      await tx.rooms.addMember({ roomId: 'r1', userId: 'u2', role: 'MEMBER', joinedAt: new Date(), lastReadSeq: 0 });
      const found = await tx.messages.membersByUsernameKeys('r1', ['u2', 'nobody']);
      await tx.messages.replaceMentions(
        row.id,
        found.map((u) => ({ userId: u.id, roomId: 'r1', seq: row.seq })),
      );
    });
    expect((await store.messages.mentionedUsers('m1')).map((u) => u.id)).toEqual(['u2']);
    expect(await store.messages.countMentions('r1', 'u2', 0)).toBe(1);
    expect(await store.messages.countMentions('r1', 'u2', 1)).toBe(0);
    await store.messages.replaceMentions('m1', []);
    expect(await store.messages.mentionedUsers('m1')).toEqual([]);
  });
});

describe('memberships', () => {
  it('carry the timeout of the same room and user, and move the read marker forwards only', async () => {
    expect(await store.rooms.addMember({ roomId: 'r1', userId: 'u2', role: 'MEMBER', joinedAt: new Date(3000), lastReadSeq: 0 })).toBe(true);
    expect(await store.rooms.addMember({ roomId: 'r1', userId: 'u2', role: 'OWNER', joinedAt: new Date(3000), lastReadSeq: 0 })).toBe(false);
    await store.rooms.putTimeout({ roomId: 'r1', userId: 'u2', until: new Date(60_000), reason: 'calm down', timedOutBy: 'u1', createdAt: new Date(4000) });
    expect(await store.rooms.membership('r1', 'u2')).toEqual({
      roomId: 'r1',
      userId: 'u2',
      role: 'MEMBER',
      joinedAt: new Date(3000),
      lastReadSeq: 0,
      timedOutUntil: new Date(60_000),
      timeoutReason: 'calm down',
    });
    await store.rooms.deleteTimeout('r1', 'u2');
    expect(await store.rooms.membership('r1', 'u2')).toMatchObject({ timedOutUntil: null, timeoutReason: null });
    expect(await store.rooms.moveReadMarker('r1', 'u2', 5)).toBe(5);
    expect(await store.rooms.moveReadMarker('r1', 'u2', 3)).toBe(5);
    expect(await store.rooms.moveReadMarker('r1', 'u1', 3)).toBeUndefined();
    expect(await store.rooms.readMarkers('r1', 10)).toEqual([{ userId: 'u2', seq: 5 }]);
  });
});

describe('search', () => {
  let posted = 0;
  async function post(...bodies: string[]): Promise<void> {
    await store.transaction(async (tx) => {
      for (const body of bodies) await send(tx, `s${++posted}`, body);
    });
  }
  const bodies = async (words: string[], offset = 0, limit = 10) => (await store.search.search('r1', words, offset, limit)).map((hit) => hit.message.body);

  it('matches every word as a prefix, ignoring case and accents, in the given room only', async () => {
    await post('What a GOAL by Müller', 'half time', 'a late winning goal', 'late again');
    await store.transaction((tx) => send(tx, 'elsewhere', 'goal elsewhere', { roomId: 'r2' }));
    expect(await bodies(['goa', 'mull'])).toEqual(['What a GOAL by Müller']);
    expect(await bodies(['late', 'goal'])).toEqual(['a late winning goal']);
    expect(await bodies(['nothing'])).toEqual([]);
    expect(await bodies([])).toEqual([]);
  });

  it('ranks the better match first, then newer, pages by offset, and leaves deleted messages out', async () => {
    await post('penalty! penalty! penalty!', 'the referee looked at the screen for a long time and then gave a penalty to the visitors', 'penalty again');
    expect((await bodies(['penalty']))[0]).toBe('penalty! penalty! penalty!');
    const all = await bodies(['penalty']);
    expect([...(await bodies(['penalty'], 0, 2)), ...(await bodies(['penalty'], 2, 2))]).toEqual(all);
    const [first] = await store.search.search('r1', ['penalty'], 0, 1);
    await store.messages.update(first.message.id, { body: '', deletedAt: new Date() });
    expect(await bodies(['penalty'])).toHaveLength(2);
  });

  it('gives a snippet of about 12 tokens with the matched words in [[ ]]', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    words.splice(20, 0, 'Goalkeeper');
    await post(words.join(' '));
    const [hit] = await store.search.search('r1', ['goal'], 0, 10);
    expect(hit.snippet).toContain('[[Goalkeeper]]');
    expect(hit.snippet).toMatch(/^….*…$/);
    expect(hit.snippet.split(' ').length).toBeLessThanOrEqual(12);
  });

  it('treats FTS5 syntax in a word as text', async () => {
    await post('NEAR the OR gate', 'quote "inside"');
    expect(await bodies(['NEAR', 'OR'])).toEqual(['NEAR the OR gate']);
    expect(await bodies(['in"side'])).toEqual([]);
  });
});

describe('sqliteClientOf', () => {
  it('reaches the raw client of a SQLite store only', () => {
    expect(sqliteClientOf(store)?.open).toBe(true);
    expect(sqliteClientOf({ ...store })).toBeUndefined();
  });
});
