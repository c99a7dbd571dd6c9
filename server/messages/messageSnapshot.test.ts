// The live view of a message, read once for its event, against an in-memory SQLite built from the
// real migrations: the author without secrets, the quoted reply with its author, the reactions in
// first-used order with their reactors, and the mentioned users.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { mentions, messages, reactions, rooms, users } from '../db/schema';
import { createMessageSnapshots } from './messageSnapshot';

function setup() {
  const db = openDatabase(':memory:');
  const at = (ms: number) => new Date(Date.UTC(2026, 11, 4, 20, 0, 0, ms));
  db.insert(users)
    .values([
      { id: 'ana', displayName: 'Ana', username: 'ana', usernameKey: 'ana', passwordHash: 'scrypt$secret', isGuest: false },
      { id: 'ben', displayName: 'Ben', username: 'ben_g', usernameKey: 'ben_g', isGuest: true },
    ])
    .run();
  db.insert(rooms).values({ id: 'r', name: 'Final', kind: 'PUBLIC' }).run();
  const message = (id: string, seq: number, authorId: string | null, body: string, replyToId: string | null = null) => ({
    id,
    roomId: 'r',
    seq,
    authorId,
    body,
    replyToId,
    createdAt: at(seq),
  });
  db.insert(messages)
    .values([message('m1', 1, 'ben', 'Kick-off'), message('m2', 2, 'ana', 'Goal @ben_g', 'm1'), message('m3', 3, null, 'orphan', 'gone')])
    .run();
  db.insert(mentions).values({ messageId: 'm2', userId: 'ben', roomId: 'r', seq: 2 }).run();
  db.insert(reactions)
    .values([
      { messageId: 'm2', userId: 'ben', emoji: '🔥', createdAt: at(10) },
      { messageId: 'm2', userId: 'ana', emoji: '👏', createdAt: at(11) },
      { messageId: 'm2', userId: 'ana', emoji: '🔥', createdAt: at(12) },
    ])
    .run();
  const row = (id: string) =>
    db
      .select()
      .from(messages)
      .all()
      .find((m) => m.id === id)!;
  return { snapshots: createMessageSnapshots(db), row };
}

describe('message snapshots', () => {
  it('carries the author without secrets, the quoted reply with its author, reactions with reactors and mentions', () => {
    const { snapshots, row } = setup();
    const live = snapshots.snapshot(row('m2'));
    expect(live.author).toEqual({ id: 'ana', displayName: 'Ana', username: 'ana', isGuest: false, createdAt: expect.any(Date) });
    expect(live.author).not.toHaveProperty('passwordHash');
    expect(live.replyTo).toMatchObject({ id: 'm1', body: 'Kick-off', author: { id: 'ben', displayName: 'Ben' } });
    expect(live.reactions).toEqual([
      { messageId: 'm2', emoji: '🔥', count: 2, reactorIds: ['ben', 'ana'] },
      { messageId: 'm2', emoji: '👏', count: 1, reactorIds: ['ana'] },
    ]);
    expect(live.mentions.map((user) => user.id)).toEqual(['ben']);
  });

  it('takes what the writer already knows instead of reading it, and carries null for what is gone', () => {
    const { snapshots, row } = setup();
    const live = snapshots.snapshot(row('m3'), { reactions: [], mentions: [] });
    expect(live).toMatchObject({ id: 'm3', author: null, replyTo: null, reactions: [], mentions: [] });
    const sender = { id: 'ana', displayName: 'Ana as the sender knew her', username: 'ana', isGuest: false, createdAt: new Date(0) };
    expect(snapshots.snapshot(row('m2'), { author: sender }).author).toBe(sender);
  });
});
