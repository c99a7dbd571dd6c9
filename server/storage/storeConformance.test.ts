// One suite, both stores: what the domains rely on from `Store`, run against SQLite (in memory) and
// PostgreSQL (a database of its own per test on the local server, dropped after). Runs once, in the
// sqlite vitest project (server/storage/** is a store's own test), and opens both stores itself.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/postgresDatabase';
import { createPostgresStore } from './postgres/postgresStore';
import type { MessageRow, RoomRole } from './rows';
import { createSqliteStore } from './sqlite/sqliteStore';
import { UniqueViolation, type NewMessageRow, type Store, type StoreParts } from './store';

interface Opened {
  store: Store;
  close(): Promise<void>;
}

const factories: [string, () => Promise<Opened>][] = [
  [
    'sqlite',
    async () => {
      const store = createSqliteStore(':memory:');
      return { store, close: () => store.close() };
    },
  ],
  [
    'postgres',
    async () => {
      const database = await createTestDatabase();
      const store = await createPostgresStore(database.url, { max: 10 });
      return {
        store,
        async close() {
          await store.close();
          await database.drop();
        },
      };
    },
  ],
];

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe.each(factories)('the %s store', (dialect, open) => {
  let opened: Opened;
  let store: Store;
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
  });
  afterEach(() => opened.close());

  let ids = 0;
  const id = (prefix: string) => `${prefix}${String(++ids).padStart(4, '0')}`;

  async function user(name = id('user')) {
    const row = await store.users.insertUnlessTaken({ id: id('u'), displayName: name, username: name, usernameKey: name.toLowerCase(), passwordHash: null, isGuest: true });
    return row!;
  }

  async function room(kind: 'PUBLIC' | 'PRIVATE' = 'PUBLIC') {
    return store.rooms.insert({ id: id('r'), name: 'Room', kind, createdBy: null, directKey: null, createdAt: at(0) });
  }

  function message(roomId: string, seq: number, body: string, more: Partial<NewMessageRow> = {}): NewMessageRow {
    return {
      id: id('m'),
      roomId,
      seq,
      authorId: null,
      body,
      replyToId: null,
      threadRootId: null,
      clientMessageId: null,
      sendFingerprint: null,
      moderationReason: null,
      createdAt: at(seq),
      ...more,
    };
  }

  /** A send as the domains write one: the next seq, then the message under it. */
  async function send(tx: StoreParts, roomId: string, body: string, more: Partial<NewMessageRow> = {}) {
    const seq = await tx.events.append(roomId, 'MessageAdded', null, null, at(0));
    return tx.messages.insert(message(roomId, seq, body, more));
  }

  it('reports its dialect', () => {
    expect(store.dialect).toBe(dialect);
  });

  it('keeps users and sessions, and refuses a taken username key', async () => {
    const ann = await user('Ann');
    expect(await store.users.findById(ann.id)).toEqual(ann);
    expect(await store.users.findByUsernameKey('ann')).toEqual(ann);
    expect(ann.createdAt).toBeInstanceOf(Date);
    expect(await store.users.insertUnlessTaken({ id: id('u'), displayName: 'x', username: 'ANN', usernameKey: 'ann', passwordHash: null, isGuest: false })).toBeUndefined();

    const expiresAt = at(86_400_000);
    await store.users.insertSession({ tokenHash: 'h1', userId: ann.id, expiresAt });
    expect(await store.users.findSession('h1')).toMatchObject({ tokenHash: 'h1', userId: ann.id, expiresAt });
    await store.users.deleteSession('h1');
    expect(await store.users.findSession('h1')).toBeUndefined();
  });

  it('keeps rooms with their defaults and settings, and lists the visible ones newest first', async () => {
    const ann = await user();
    const open = await room();
    expect(open).toMatchObject({ lastSeq: 0, topic: '', slowModeSeconds: 0, blockedTerms: [], linkPolicy: 'ALLOW', profanity: 'MASK' });
    expect(await store.rooms.findById(open.id)).toEqual(open);

    const changed = await store.rooms.updateSettings(open.id, { blockedTerms: ['spam', 'scam'], slowModeSeconds: 5, linkPolicy: 'HOLD' });
    expect(changed).toMatchObject({ blockedTerms: ['spam', 'scam'], slowModeSeconds: 5, linkPolicy: 'HOLD' });
    expect(await store.rooms.updateSettings(open.id, {})).toEqual(changed);

    const hidden = await room('PRIVATE');
    const mine = await room('PRIVATE');
    await store.rooms.addMember({ roomId: mine.id, userId: ann.id, role: 'MEMBER', joinedAt: at(1), lastReadSeq: 0 });
    expect((await store.rooms.listVisible(null, null, 10)).map((r) => r.id)).toEqual([open.id]);
    expect((await store.rooms.listVisible(ann.id, null, 10)).map((r) => r.id)).toEqual([mine.id, open.id]);
    expect((await store.rooms.listVisible(ann.id, mine.id, 10)).map((r) => r.id)).toEqual([open.id]);
    expect(hidden.kind).toBe('PRIVATE');
  });

  it('keeps memberships with their timeouts and bans', async () => {
    const [ann, bob] = [await user(), await user()];
    const r = await room();
    expect(await store.rooms.addMember({ roomId: r.id, userId: ann.id, role: 'OWNER', joinedAt: at(1), lastReadSeq: 0 })).toBe(true);
    expect(await store.rooms.addMember({ roomId: r.id, userId: ann.id, role: 'MEMBER', joinedAt: at(2), lastReadSeq: 0 })).toBe(false);
    await store.rooms.putTimeout({ roomId: r.id, userId: ann.id, until: at(60_000), reason: 'calm down', timedOutBy: bob.id, createdAt: at(3) });
    await store.rooms.putTimeout({ roomId: r.id, userId: ann.id, until: at(90_000), reason: 'really', timedOutBy: bob.id, createdAt: at(4) });
    expect(await store.rooms.membership(r.id, ann.id)).toEqual({
      roomId: r.id,
      userId: ann.id,
      role: 'OWNER',
      joinedAt: at(1),
      lastReadSeq: 0,
      timedOutUntil: at(90_000),
      timeoutReason: 'really',
    });
    await store.rooms.deleteTimeout(r.id, ann.id);
    expect(await store.rooms.membership(r.id, ann.id)).toMatchObject({ timedOutUntil: null, timeoutReason: null });
    expect(await store.rooms.countMembers(r.id)).toBe(1);
    expect(await store.rooms.memberRoomIds(ann.id)).toEqual([r.id]);
    expect(await store.rooms.moderatorIds(r.id)).toEqual([ann.id]);

    await store.rooms.putBan({ roomId: r.id, userId: bob.id, reason: 'spam', bannedBy: ann.id, createdAt: at(5) });
    await store.rooms.putBan({ roomId: r.id, userId: bob.id, reason: 'more spam', bannedBy: ann.id, createdAt: at(6) });
    expect(await store.rooms.findBan(r.id, bob.id)).toEqual({ reason: 'more spam' });
    expect(await store.rooms.deleteBan(r.id, bob.id)).toBe(true);
    expect(await store.rooms.deleteBan(r.id, bob.id)).toBe(false);
    expect(await store.rooms.removeMember(r.id, ann.id)).toBe(true);
    expect(await store.rooms.removeMember(r.id, ann.id)).toBe(false);
  });

  it('pages members by role, then join order, then id', async () => {
    const r = await room();
    const joined: [RoomRole, number][] = [
      ['MEMBER', 20],
      ['OWNER', 30],
      ['MODERATOR', 25],
      ['MEMBER', 10],
      ['MODERATOR', 5],
    ];
    const users = [];
    for (const [role, ms] of joined) {
      const u = await user();
      users.push(u);
      await store.rooms.addMember({ roomId: r.id, userId: u.id, role, joinedAt: at(ms), lastReadSeq: 0 });
    }
    const page = await store.rooms.membersPage(r.id, 0, 10);
    expect(page.map((m) => [m.role, m.joinedAt.getTime() - at(0).getTime()])).toEqual([
      ['OWNER', 30],
      ['MODERATOR', 5],
      ['MODERATOR', 25],
      ['MEMBER', 10],
      ['MEMBER', 20],
    ]);
    expect((await store.rooms.membersPage(r.id, 2, 2)).map((m) => m.userId)).toEqual([users[2].id, users[3].id]);
    expect(typeof (await store.rooms.countMembers(r.id))).toBe('number');
  });

  it('moves a read marker forwards only', async () => {
    const [ann, bob] = [await user(), await user()];
    const r = await room();
    await store.rooms.addMember({ roomId: r.id, userId: ann.id, role: 'MEMBER', joinedAt: at(1), lastReadSeq: 0 });
    await store.rooms.addMember({ roomId: r.id, userId: bob.id, role: 'MEMBER', joinedAt: at(2), lastReadSeq: 0 });
    expect(await store.rooms.moveReadMarker(r.id, ann.id, 5)).toBe(5);
    expect(await store.rooms.moveReadMarker(r.id, ann.id, 3)).toBe(5);
    expect(await store.rooms.moveReadMarker(r.id, bob.id, 2)).toBe(2);
    expect(await store.rooms.moveReadMarker(r.id, 'nobody', 2)).toBeUndefined();
    expect(await store.rooms.readMarkers(r.id, 10)).toEqual([
      { userId: ann.id, seq: 5 },
      { userId: bob.id, seq: 2 },
    ]);
  });

  it('round-trips messages, threads, pins, mentions and counts', async () => {
    const [ann, bob] = [await user('Ann'), await user('Bob')];
    const r = await room();
    await store.rooms.addMember({ roomId: r.id, userId: bob.id, role: 'MEMBER', joinedAt: at(1), lastReadSeq: 0 });
    const root = await store.transaction((tx) => send(tx, r.id, 'root', { authorId: ann.id, clientMessageId: 'c1', sendFingerprint: 'f' }));
    expect(root).toMatchObject({ seq: 1, body: 'root', replyCount: 0, lastReplyAt: null, pinnedAt: null, deletedAt: null, clientMessageId: 'c1' });
    expect(Object.keys(root).sort()).toEqual(
      Object.keys(message(r.id, 1, ''))
        .concat('replyCount', 'lastReplyAt', 'pinnedAt', 'editedAt', 'deletedAt')
        .sort(),
    );
    expect(await store.messages.findById(root.id)).toEqual(root);
    expect(await store.messages.findByClientId(ann.id, 'c1')).toEqual(root);

    const post = await store.transaction(async (tx) => {
      const post = await send(tx, r.id, 'hi @bob', { authorId: ann.id, threadRootId: root.id });
      await tx.messages.countThreadPost(root.id, at(99));
      await tx.messages.replaceMentions(post.id, [{ userId: bob.id, roomId: r.id, seq: post.seq }]);
      return post;
    });
    expect(await store.messages.findById(root.id)).toMatchObject({ replyCount: 1, lastReplyAt: at(99) });
    expect((await store.messages.membersByUsernameKeys(r.id, ['bob', 'ann'])).map((u) => u.id)).toEqual([bob.id]);
    expect(await store.messages.membersByUsernameKeys(r.id, [])).toEqual([]);
    expect(await store.messages.mentionedUsers(post.id)).toEqual([bob]);
    expect(await store.messages.countMentions(r.id, bob.id, 0)).toBe(1);

    const main = { roomId: r.id, threadRootId: null };
    await store.transaction((tx) => send(tx, r.id, 'two'));
    await store.transaction((tx) => send(tx, r.id, 'three', { authorId: bob.id }));
    expect((await store.messages.timeline(main, { afterSeq: 0 }, 10)).map((m) => m.body)).toEqual(['root', 'two', 'three']);
    expect((await store.messages.timeline(main, { beforeSeq: null }, 2)).map((m) => m.body)).toEqual(['three', 'two']);
    expect((await store.messages.timeline(main, { beforeSeq: 4 }, 10)).map((m) => m.body)).toEqual(['two', 'root']);
    expect((await store.messages.timeline({ roomId: r.id, threadRootId: root.id }, { afterSeq: 0 }, 10)).map((m) => m.id)).toEqual([post.id]);
    expect(await store.messages.countUnread(r.id, bob.id, 0)).toBe(2);

    const pinned = await store.messages.update(root.id, { pinnedAt: at(7), body: 'root!', editedAt: at(8) });
    expect(pinned).toMatchObject({ pinnedAt: at(7), body: 'root!', editedAt: at(8) });
    expect((await store.messages.pinned(r.id)).map((m) => m.id)).toEqual([root.id]);
    expect(await store.messages.countPinned(r.id)).toBe(1);
    await store.messages.update(post.id, { deletedAt: at(9), body: '' });
    expect(await store.messages.countMentions(r.id, bob.id, 0)).toBe(0);
  });

  it('appends events with seqs 1..N and replays them with their messages', async () => {
    const r = await room();
    const sent: MessageRow[] = [];
    for (let i = 0; i < 5; i++) sent.push(await store.transaction((tx) => send(tx, r.id, `m${i}`)));
    expect(sent.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    const reacted = await store.transaction((tx) => tx.events.append(r.id, 'ReactionChanged', sent[0].id, { emoji: '👍', userId: null, added: true, count: 1 }, at(1)));
    const updated = await store.transaction((tx) => tx.events.append(r.id, 'RoomUpdated', null, null, at(2)));
    expect([reacted, updated]).toEqual([6, 7]);
    expect((await store.rooms.findById(r.id))!.lastSeq).toBe(7);

    const replay = await store.events.after(r.id, 4, 7, 10);
    expect(replay.map(({ event }) => event.seq)).toEqual([5, 6, 7]);
    expect(replay[1].event).toMatchObject({ type: 'ReactionChanged', data: { emoji: '👍', userId: null, added: true, count: 1 }, messageId: sent[0].id, createdAt: at(1) });
    expect(replay[1].message).toEqual(sent[0]);
    expect(replay[2]).toMatchObject({ event: { type: 'RoomUpdated', messageId: null, data: null }, message: null });
    expect((await store.events.after(r.id, 0, 7, 2)).map(({ event }) => event.seq)).toEqual([1, 2]);
  });

  it('gives concurrent transactions on one room the seqs 1..K, gap-free, when some roll back', async () => {
    const r = await room();
    let inside = 0;
    let mostInside = 0;
    const committed: number[] = [];
    const worker = async (w: number) => {
      for (let i = 0; i < 25; i++) {
        const n = w * 25 + i;
        try {
          const seq = await store.transaction(async (tx) => {
            mostInside = Math.max(mostInside, ++inside);
            try {
              const m = await send(tx, r.id, `message ${n}`);
              if (n % 5 === 2) throw new Error('changed my mind');
              return m.seq;
            } finally {
              inside--;
            }
          });
          committed.push(seq);
        } catch (error) {
          expect((error as Error).message).toBe('changed my mind');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));

    const k = 160;
    expect(committed).toHaveLength(k);
    expect([...committed].sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    const stored = await store.messages.timeline({ roomId: r.id, threadRootId: null }, { afterSeq: 0 }, 500);
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    expect((await store.events.after(r.id, 0, 1000, 1000)).map(({ event }) => event.seq)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    expect((await store.rooms.findById(r.id))!.lastSeq).toBe(k);
    // PostgreSQL runs them on several connections at once (they queue on the room's counter row);
    // SQLite has one connection, one transaction at a time.
    if (dialect === 'postgres') expect(mostInside).toBeGreaterThan(1);
    else expect(mostInside).toBe(1);
  });

  it('refuses a duplicate client id with UniqueViolation and commits nothing of that write', async () => {
    const ann = await user();
    const r = await room();
    await store.transaction((tx) => send(tx, r.id, 'first', { authorId: ann.id, clientMessageId: 'c1' }));
    const again = store.transaction((tx) => send(tx, r.id, 'again', { authorId: ann.id, clientMessageId: 'c1' }));
    await expect(again).rejects.toBeInstanceOf(UniqueViolation);
    await expect(again).rejects.toMatchObject({ constraint: 'messages_author_client_id' });
    expect((await store.rooms.findById(r.id))!.lastSeq).toBe(1);
    expect(await store.events.after(r.id, 0, 10, 10)).toHaveLength(1);
    expect((await store.messages.findByClientId(ann.id, 'c1'))!.body).toBe('first');
    // The store is usable afterwards.
    expect((await store.transaction((tx) => send(tx, r.id, 'next'))).seq).toBe(2);
  });

  it('groups the writes of one turn into one commit, refusing a throwing one alone, settling in order', async () => {
    const ann = await user();
    const r = await room();
    const before = store.groupStats();
    const settled: number[] = [];
    const writes = Array.from({ length: 10 }, (_, i) =>
      store
        .grouped(async (tx) => {
          // Write 7 reuses write 0's client id: a unique key met inside the group.
          const m = await send(tx, r.id, `grouped ${i}`, { authorId: ann.id, clientMessageId: `c${i === 7 ? 0 : i}` });
          if (i === 4) throw new Error('refused');
          return m.seq;
        })
        .then(
          (seq) => (settled.push(i), seq),
          (error: Error) => (settled.push(i), error instanceof UniqueViolation ? error.constraint : error.message),
        ),
    );
    const results = await Promise.all(writes);
    await store.drain();
    expect(results).toEqual([1, 2, 3, 4, 'refused', 5, 6, 'messages_author_client_id', 7, 8]);
    expect(settled).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const after = store.groupStats();
    expect(after.commits - before.commits).toBe(1);
    expect(after.writes - before.writes).toBe(10);
    expect((await store.rooms.findById(r.id))!.lastSeq).toBe(8);
    const bodies = (await store.messages.timeline({ roomId: r.id, threadRootId: null }, { afterSeq: 0 }, 20)).map((m) => m.body);
    expect(bodies).toEqual([0, 1, 2, 3, 5, 6, 8, 9].map((i) => `grouped ${i}`));
  });

  it('keeps held messages, reactions, the moderation log and reports', async () => {
    const [ann, bob] = [await user(), await user()];
    const r = await room();
    const held = {
      roomId: r.id,
      authorId: ann.id,
      body: 'link',
      replyToId: null,
      threadRootId: null,
      sendFingerprint: null,
      status: 'HELD' as const,
      reason: 'links',
      rule: 'LINK',
      decidedAt: null,
    };
    const h1 = await store.held.insert({ ...held, id: id('h'), clientMessageId: 'k1', createdAt: at(1) });
    const h2 = await store.held.insert({ ...held, id: id('h'), clientMessageId: 'k2', createdAt: at(2), authorId: bob.id });
    await expect(store.held.insert({ ...held, id: id('h'), clientMessageId: 'k1', createdAt: at(3) })).rejects.toBeInstanceOf(UniqueViolation);
    expect(await store.held.findByClientId(ann.id, 'k1')).toEqual(h1);
    expect((await store.held.page(r.id, null, '', 10)).map((h) => h.id)).toEqual([h1.id, h2.id]);
    expect((await store.held.page(r.id, bob.id, '', 10)).map((h) => h.id)).toEqual([h2.id]);
    expect(await store.held.reject(h2.id, at(4))).toMatchObject({ status: 'REJECTED', decidedAt: at(4) });
    expect(await store.held.countHeld(r.id)).toBe(1);
    await store.held.delete(h1.id);
    expect(await store.held.findById(h1.id)).toBeUndefined();

    const m = await store.transaction((tx) => send(tx, r.id, 'react to me'));
    await store.reactions.add({ messageId: m.id, userId: bob.id, emoji: '🎉', createdAt: at(1) });
    await store.reactions.add({ messageId: m.id, userId: ann.id, emoji: '👍', createdAt: at(2) });
    await store.reactions.add({ messageId: m.id, userId: ann.id, emoji: '🎉', createdAt: at(3) });
    expect(await store.reactions.counts(m.id)).toEqual([
      { emoji: '🎉', count: 2 },
      { emoji: '👍', count: 1 },
    ]);
    expect(await store.reactions.reactors(m.id)).toEqual([
      { emoji: '🎉', userId: bob.id },
      { emoji: '👍', userId: ann.id },
      { emoji: '🎉', userId: ann.id },
    ]);
    expect([await store.reactions.has(m.id, '👍', ann.id), await store.reactions.has(m.id, '👍', bob.id)]).toEqual([true, false]);
    expect([await store.reactions.count(m.id, '🎉'), await store.reactions.distinctEmoji(m.id)]).toEqual([2, 2]);
    await store.reactions.remove(m.id, '🎉', bob.id);
    expect(await store.reactions.count(m.id, '🎉')).toBe(1);

    const entry = { roomId: r.id, action: 'USER_BANNED' as const, actorId: ann.id, targetUserId: bob.id, targetMessageId: null, reason: null, rule: null };
    await store.moderation.record({ ...entry, id: 'log1', createdAt: at(1) });
    await store.moderation.record({ ...entry, id: 'log2', createdAt: at(2) });
    expect((await store.moderation.logPage(r.id, null, 10)).map((e) => e.id)).toEqual(['log2', 'log1']);
    expect((await store.moderation.logPage(r.id, 'log2', 10)).map((e) => e.id)).toEqual(['log1']);

    const report = { roomId: r.id, messageId: m.id, reporterId: bob.id, resolvedAt: null, resolvedBy: null, resolution: null };
    const first = await store.moderation.putReport({ ...report, id: 'rep1', reason: 'rude', createdAt: at(1) });
    await store.moderation.resolveReport(first.id, { resolvedAt: at(2), resolvedBy: ann.id, resolution: 'DISMISSED' });
    expect(await store.moderation.reportsPage(r.id, false, null, 10)).toEqual([]);
    const again = await store.moderation.putReport({ ...report, id: 'rep2', reason: 'very rude', createdAt: at(3) });
    expect(again).toMatchObject({ id: 'rep1', reason: 'very rude', resolvedAt: null, resolution: null });
    expect((await store.moderation.reportsPage(r.id, false, null, 10)).map((x) => x.id)).toEqual(['rep1']);
    expect(await store.moderation.findReport('rep1')).toEqual(again);
  });

  it('searches a room by word prefixes, every word required, best match first, deleted messages never', async () => {
    const r = await room();
    const other = await room();
    const bodies = [
      'A goal in the final minute',
      'Goal! Goal! Goal! What a goal',
      'the final whistle',
      'goalkeeper saves it, and the crowd goes quiet for a long while before anyone in the stands dares to cheer again',
      'gone for good',
    ];
    const sent: MessageRow[] = [];
    for (const body of bodies) sent.push(await store.transaction((tx) => send(tx, r.id, body)));
    await store.transaction((tx) => send(tx, other.id, 'goal elsewhere'));
    const deleted = await store.transaction((tx) => send(tx, r.id, 'goal goal goal goal deleted'));
    await store.messages.update(deleted.id, { deletedAt: at(5) });

    const goa = await store.search.search(r.id, ['goa'], 0, 10);
    expect(goa.map((hit) => hit.message.id).sort()).toEqual([sent[0].id, sent[1].id, sent[3].id].sort());
    expect(goa[0].message.id).toBe(sent[1].id);
    for (const hit of goa) {
      expect(hit.snippet).toMatch(/\[\[goal/i);
      expect(hit.message).not.toHaveProperty('search');
    }
    expect(goa.find((hit) => hit.message.id === sent[3].id)!.snippet).toMatch(/^\[\[goalkeeper\]\].*…$/);

    expect((await store.search.search(r.id, ['goa', 'FIN'], 0, 10)).map((hit) => hit.message.id)).toEqual([sent[0].id]);
    expect(await store.search.search(r.id, ['deleted'], 0, 10)).toEqual([]);
    expect((await store.search.search(r.id, ['goa'], 1, 1)).map((hit) => hit.message.id)).toEqual([goa[1].message.id]);
    // Whatever the words hold, they are never query syntax.
    await expect(store.search.search(r.id, ["it's", 'go:*&|!', '"', '\\'], 0, 10)).resolves.toBeInstanceOf(Array);
  });

  it('searches ignoring accents, both in the body and in the words, and highlights the word as written', async () => {
    const r = await room();
    const muller = await store.transaction((tx) => send(tx, r.id, 'Thomas Müller scores'));
    const cafe = await store.transaction((tx) => send(tx, r.id, 'after the match, to the café'));
    await store.transaction((tx) => send(tx, r.id, 'a mule and a cat'));

    const mull = await store.search.search(r.id, ['mull'], 0, 10);
    expect(mull.map((hit) => hit.message.id)).toEqual([muller.id]);
    expect(mull[0].snippet).toContain('[[Müller]]');
    expect((await store.search.search(r.id, ['cafe'], 0, 10)).map((hit) => hit.message.id)).toEqual([cafe.id]);
    expect((await store.search.search(r.id, ['CAFÉ'], 0, 10)).map((hit) => hit.message.id)).toEqual([cafe.id]);
    expect((await store.search.search(r.id, ['müll'], 0, 10)).map((hit) => hit.message.id)).toEqual([muller.id]);
  });
});

describe('the postgres store, when connections are killed', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: Store;
  beforeEach(async () => {
    database = await createTestDatabase();
    store = await createPostgresStore(database.url, { max: 4 });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  /** Terminates every connection of the store's database, as a server restart or an administrator would. */
  async function killConnections(): Promise<number> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      return rows.length;
    } finally {
      await client.end();
    }
  }

  const retryable = { extensions: { code: 'RATE_LIMITED', retryAfterMs: 1000, http: { status: 503 } } };

  it('refuses a transaction whose connection died as retryable, and serves the next call on a new connection', async () => {
    const r = await store.rooms.insert({ id: 'r1', name: 'Room', kind: 'PUBLIC', createdBy: null, directKey: null, createdAt: new Date() });
    const killed = store.transaction(async (tx) => {
      await tx.events.append(r.id, 'RoomUpdated', null, null, new Date());
      expect(await killConnections()).toBeGreaterThan(0);
      await tx.events.append(r.id, 'RoomUpdated', null, null, new Date());
    });
    await expect(killed).rejects.toMatchObject(retryable);
    // Idle connections were killed too: a call either meets one the pool has not yet dropped
    // (refused as retryable) or gets a new one; within a few calls every call succeeds.
    let room;
    for (let attempt = 0; attempt < 5 && !room; attempt++) {
      room = await store.rooms.findById(r.id).catch((error: unknown) => {
        expect(error).toMatchObject(retryable);
        return undefined;
      });
    }
    expect(room).toMatchObject({ lastSeq: 0 });
    expect(await store.transaction((tx) => tx.events.append(r.id, 'RoomUpdated', null, null, new Date()))).toBe(1);
  });

  it('refuses every grouped write of a group whose connection died, and groups again afterwards', async () => {
    const r = await store.rooms.insert({ id: 'r1', name: 'Room', kind: 'PUBLIC', createdBy: null, directKey: null, createdAt: new Date() });
    const group = [0, 1, 2].map((i) =>
      store.grouped(async (tx) => {
        const seq = await tx.events.append(r.id, 'RoomUpdated', null, null, new Date());
        if (i === 1) await killConnections();
        return seq;
      }),
    );
    for (const write of group) await expect(write).rejects.toMatchObject(retryable);
    let seq;
    for (let attempt = 0; attempt < 5 && seq === undefined; attempt++) {
      seq = await store.grouped((tx) => tx.events.append(r.id, 'RoomUpdated', null, null, new Date())).catch(() => undefined);
    }
    expect(seq).toBe(1);
  });

  it('fails to open, naming DATABASE_URL, when the server refuses connections', async () => {
    const unreachable = new URL(database.url);
    unreachable.port = '1';
    await expect(createPostgresStore(unreachable.toString())).rejects.toThrow(/DATABASE_URL/);
  });
});
