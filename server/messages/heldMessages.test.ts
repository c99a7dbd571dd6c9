// Held messages against an in-memory SQLite built from the real migrations: who is told when a
// message is held, and who may list which held messages.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memberships, rooms as roomsTable } from '../db/schema';
import { createMemoryPubSub } from '../memoryPubSub';
import type { UserEventPayload } from '../pubsub';
import { messagesFixture } from '../test/messagesFixture';
import type { Viewer } from '../users/viewer';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

/** A room that holds links, with an owner, a moderator and two members; user events recorded per user. */
function setup() {
  const pubsub = createMemoryPubSub();
  const told = new Map<string, UserEventPayload[]>();
  const publish = pubsub.publish.bind(pubsub);
  pubsub.publish = (topic, key, payload) => {
    if (topic === 'user') told.set(key, [...(told.get(key) ?? []), payload as UserEventPayload]);
    publish(topic, key, payload);
  };
  const { db, users, rooms, held, messages } = messagesFixture({ pubsub });
  const person = (name: string) => users.authenticate(users.joinAsGuest(name).token)!;
  const [owner, mod, ann, ben] = ['Owner', 'Mod', 'Ann', 'Ben'].map(person);
  const roomId = rooms.create(owner, { name: 'Derby' }).id;
  for (const viewer of [mod, ann, ben]) rooms.join(viewer, roomId);
  db.update(memberships)
    .set({ role: 'MODERATOR' })
    .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, mod!.user.id)))
    .run();
  db.update(roomsTable).set({ linkPolicy: 'HOLD' }).where(eq(roomsTable.id, roomId)).run();
  const heldFor = (viewer: Viewer) => (told.get(viewer!.user.id) ?? []).filter((e) => e.type === 'MessageHeld');
  const link = (viewer: Viewer, n: number, clientMessageId?: string) => messages.send(viewer, { roomId, body: `see https://example.com/${n}`, clientMessageId });
  return { db, rooms, held, messages, owner, mod, ann, ben, roomId, told, heldFor, link, person };
}

describe('held messages', () => {
  it('tells every owner and moderator once when a message is held, with the count waiting', async () => {
    const { owner, mod, ann, ben, roomId, heldFor, link } = setup();
    const first = await link(ann, 1, 'c1');
    expect(first.status).toBe('HELD');
    expect(await link(ann, 1, 'c1')).toMatchObject({ id: first.id }); // the same send again: told once
    const second = await link(ben, 2);
    for (const moderator of [owner, mod]) {
      expect(heldFor(moderator).map((e) => e.type === 'MessageHeld' && [e.roomId, e.message.id, e.message.status, e.heldCount])).toEqual([
        [roomId, first.id, 'HELD', 1],
        [roomId, second.id, 'HELD', 2],
      ]);
    }
    expect(heldFor(ann)).toEqual([]);
    expect(heldFor(ben)).toEqual([]);
  });

  it('tells every owner and moderator when one of them decides, with the count still waiting', async () => {
    const { held, owner, mod, ann, told, link } = setup();
    const [first, second] = [await link(ann, 1), await link(ann, 2)];
    held.approve(mod, first.id);
    held.reject(owner, second.id);
    held.reject(owner, second.id); // rejecting again changes nothing and tells nobody
    const decided = (viewer: Viewer) => (told.get(viewer!.user.id) ?? []).flatMap((e) => (e.type === 'HeldMessageDecided' ? [[e.messageId, e.action, e.heldCount]] : []));
    for (const moderator of [owner, mod]) {
      expect(decided(moderator)).toEqual([
        [first.id, 'MESSAGE_APPROVED', 1],
        [second.id, 'MESSAGE_REJECTED', 0],
      ]);
    }
    expect(decided(ann)).toEqual([]);
  });

  it('tells nobody of a message that was published', async () => {
    const { owner, messages, ann, roomId, heldFor } = setup();
    await messages.send(ann, { roomId, body: 'no link here' });
    expect(heldFor(owner)).toEqual([]);
  });

  it("lists the caller's own held messages only, whatever their role, until a moderator decides", async () => {
    const { held, owner, mod, ann, ben, roomId, link } = setup();
    const a1 = await link(ann, 1);
    const b1 = await link(ben, 2);
    const a2 = await link(ann, 3);
    const ids = (viewer: Viewer) => held.mine(viewer, roomId, null, null).edges.map((e) => e.node.id);
    expect(ids(ann)).toEqual([a1.id, a2.id]);
    expect(ids(ann)).toEqual([a1.id, a2.id]); // asking again changes nothing
    expect(ids(ben)).toEqual([b1.id]);
    expect(ids(owner)).toEqual([]);
    expect(ids(mod)).toEqual([]);
    held.approve(owner, a1.id);
    held.reject(mod, a2.id);
    expect(ids(ann)).toEqual([]);
    expect(ids(ben)).toEqual([b1.id]);
  });

  it('pages through them oldest first', async () => {
    const { held, ann, roomId, link } = setup();
    const sent = [await link(ann, 1), await link(ann, 2), await link(ann, 3)];
    const page1 = held.mine(ann, roomId, 2, null);
    expect(page1.edges.map((e) => e.node.id)).toEqual([sent[0].id, sent[1].id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = held.mine(ann, roomId, 2, page1.pageInfo.endCursor);
    expect(page2.edges.map((e) => e.node.id)).toEqual([sent[2].id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a room the caller may not read as NOT_FOUND, and an anonymous caller', async () => {
    const { rooms, held, ann, person } = setup();
    const stranger = person('Stranger');
    const privateId = rooms.create(stranger, { name: 'Private', kind: 'PRIVATE' }).id;
    expect(code(() => held.mine(ann, privateId, null, null))).toBe('NOT_FOUND');
    expect(code(() => held.mine(ann, 'no-such-room', null, null))).toBe('NOT_FOUND');
    expect(code(() => held.mine(null, privateId, null, null))).toBe('UNAUTHENTICATED');
  });
});
