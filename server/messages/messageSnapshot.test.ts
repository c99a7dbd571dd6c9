// The live view of a message, read once for its event, against an in-memory SQLite store built from
// the real migrations: the author without secrets, the quoted reply with its author, the reactions in
// first-used order with their reactors, and the mentioned users.
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import { snapshotIn } from './messageSnapshot';

async function setup() {
  const store = createSqliteStore(':memory:');
  const at = (ms: number) => new Date(Date.UTC(2026, 11, 4, 20, 0, 0, ms));
  await store.users.insertUnlessTaken({ id: 'ana', displayName: 'Ana', username: 'ana', usernameKey: 'ana', passwordHash: 'scrypt$secret', isGuest: false });
  await store.users.insertUnlessTaken({ id: 'ben', displayName: 'Ben', username: 'ben_g', usernameKey: 'ben_g', passwordHash: null, isGuest: true });
  await store.rooms.insert({ id: 'r', name: 'Final', kind: 'PUBLIC', createdBy: null, directKey: null, createdAt: at(0) });
  const message = (id: string, seq: number, authorId: string | null, body: string, replyToId: string | null = null) => ({
    id,
    roomId: 'r',
    seq,
    authorId,
    body,
    replyToId,
    threadRootId: null,
    clientMessageId: null,
    sendFingerprint: null,
    moderationReason: null,
    createdAt: at(seq),
  });
  for (const row of [message('m1', 1, 'ben', 'Kick-off'), message('m2', 2, 'ana', 'Goal @ben_g', 'm1'), message('m3', 3, null, 'orphan', 'gone')]) {
    await store.messages.insert(row);
  }
  await store.messages.replaceMentions('m2', [{ userId: 'ben', roomId: 'r', seq: 2 }]);
  await store.reactions.add({ messageId: 'm2', userId: 'ben', emoji: '🔥', createdAt: at(10) });
  await store.reactions.add({ messageId: 'm2', userId: 'ana', emoji: '👏', createdAt: at(11) });
  await store.reactions.add({ messageId: 'm2', userId: 'ana', emoji: '🔥', createdAt: at(12) });
  const row = async (id: string) => (await store.messages.findById(id))!;
  return { store, row };
}

describe('message snapshots', () => {
  it('carries the author without secrets, the quoted reply with its author, reactions with reactors and mentions', async () => {
    const { store, row } = await setup();
    const live = await snapshotIn(store, await row('m2'));
    expect(live.author).toEqual({ id: 'ana', displayName: 'Ana', username: 'ana', isGuest: false, createdAt: expect.any(Date) });
    expect(live.author).not.toHaveProperty('passwordHash');
    expect(live.replyTo).toMatchObject({ id: 'm1', body: 'Kick-off', author: { id: 'ben', displayName: 'Ben' } });
    expect(live.reactions).toEqual([
      { messageId: 'm2', emoji: '🔥', count: 2, reactorIds: ['ben', 'ana'] },
      { messageId: 'm2', emoji: '👏', count: 1, reactorIds: ['ana'] },
    ]);
    expect(live.mentions.map((user) => user.id)).toEqual(['ben']);
  });

  it('reads through the transaction it is given, seeing what the transaction wrote', async () => {
    const { store } = await setup();
    const live = await store.transaction(async (tx) => {
      await tx.reactions.add({ messageId: 'm2', userId: 'ben', emoji: '👏', createdAt: new Date(Date.UTC(2026, 11, 4, 21)) });
      return snapshotIn(tx, (await tx.messages.findById('m2'))!);
    });
    expect(live.reactions).toEqual([
      { messageId: 'm2', emoji: '🔥', count: 2, reactorIds: ['ben', 'ana'] },
      { messageId: 'm2', emoji: '👏', count: 2, reactorIds: ['ana', 'ben'] },
    ]);
  });

  it('takes what the writer already knows instead of reading it, and carries null for what is gone', async () => {
    const { store, row } = await setup();
    const live = await snapshotIn(store, await row('m3'), { reactions: [], mentions: [] });
    expect(live).toMatchObject({ id: 'm3', author: null, replyTo: null, reactions: [], mentions: [] });
    const sender = { id: 'ana', displayName: 'Ana as the sender knew her', username: 'ana', isGuest: false, createdAt: new Date(0) };
    expect((await snapshotIn(store, await row('m2'), { author: sender })).author).toBe(sender);
  });
});
