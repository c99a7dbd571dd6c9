// Held messages against an in-memory SQLite built from the real migrations: who is told when a
// message is held, and who may list which held messages.
import { describe, expect, it } from 'vitest';
import { createMemoryPubSub } from '../memoryPubSub';
import type { UserEventPayload } from '../pubsub';
import { messagesFixture } from '../test/messagesFixture';
import type { Viewer } from '../users/viewer';

const code = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

/** A room that holds links, with an owner, a moderator and two members; user events recorded per user. */
async function setup() {
  const pubsub = createMemoryPubSub();
  const told = new Map<string, UserEventPayload[]>();
  const publish = pubsub.publish.bind(pubsub);
  pubsub.publish = (topic, key, payload) => {
    if (topic === 'user') told.set(key, [...(told.get(key) ?? []), payload as UserEventPayload]);
    publish(topic, key, payload);
  };
  const { store, users, rooms, held, messages } = await messagesFixture({ pubsub });
  const person = async (name: string) => (await users.authenticate((await users.joinAsGuest(name)).token))!;
  const [owner, mod, ann, ben] = [await person('Owner'), await person('Mod'), await person('Ann'), await person('Ben')];
  const roomId = (await rooms.create(owner, { name: 'Derby' })).id;
  for (const viewer of [mod, ann, ben]) await rooms.join(viewer, roomId);
  await store.rooms.setRole(roomId, mod!.user.id, 'MODERATOR');
  await store.rooms.updateSettings(roomId, { linkPolicy: 'HOLD' });
  const heldFor = (viewer: Viewer) => (told.get(viewer!.user.id) ?? []).filter((e) => e.type === 'MessageHeld');
  const link = (viewer: Viewer, n: number, clientMessageId?: string) => messages.send(viewer, { roomId, body: `see https://example.com/${n}`, clientMessageId });
  return { store, rooms, held, messages, owner, mod, ann, ben, roomId, told, heldFor, link, person };
}

describe('held messages', () => {
  it('tells every owner and moderator once when a message is held, with the count waiting', async () => {
    const { owner, mod, ann, ben, roomId, heldFor, link } = await setup();
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
    const { held, owner, mod, ann, told, link } = await setup();
    const [first, second] = [await link(ann, 1), await link(ann, 2)];
    await held.approve(mod, first.id);
    await held.reject(owner, second.id);
    await held.reject(owner, second.id); // rejecting again changes nothing and tells nobody
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
    const { owner, messages, ann, roomId, heldFor } = await setup();
    await messages.send(ann, { roomId, body: 'no link here' });
    expect(heldFor(owner)).toEqual([]);
  });

  it("lists the caller's own held messages only, whatever their role, until a moderator decides", async () => {
    const { held, owner, mod, ann, ben, roomId, link } = await setup();
    const a1 = await link(ann, 1);
    const b1 = await link(ben, 2);
    const a2 = await link(ann, 3);
    const ids = async (viewer: Viewer) => (await held.mine(viewer, roomId, null, null)).edges.map((e) => e.node.id);
    expect(await ids(ann)).toEqual([a1.id, a2.id]);
    expect(await ids(ann)).toEqual([a1.id, a2.id]); // asking again changes nothing
    expect(await ids(ben)).toEqual([b1.id]);
    expect(await ids(owner)).toEqual([]);
    expect(await ids(mod)).toEqual([]);
    await held.approve(owner, a1.id);
    await held.reject(mod, a2.id);
    expect(await ids(ann)).toEqual([]);
    expect(await ids(ben)).toEqual([b1.id]);
  });

  it('pages through them oldest first', async () => {
    const { held, ann, roomId, link } = await setup();
    const sent = [await link(ann, 1), await link(ann, 2), await link(ann, 3)];
    const page1 = await held.mine(ann, roomId, 2, null);
    expect(page1.edges.map((e) => e.node.id)).toEqual([sent[0].id, sent[1].id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await held.mine(ann, roomId, 2, page1.pageInfo.endCursor);
    expect(page2.edges.map((e) => e.node.id)).toEqual([sent[2].id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a room the caller may not read as NOT_FOUND, and an anonymous caller', async () => {
    const { rooms, held, ann, person } = await setup();
    const stranger = await person('Stranger');
    const privateId = (await rooms.create(stranger, { name: 'Private', kind: 'PRIVATE' })).id;
    expect(await code(() => held.mine(ann, privateId, null, null))).toBe('NOT_FOUND');
    expect(await code(() => held.mine(ann, 'no-such-room', null, null))).toBe('NOT_FOUND');
    expect(await code(() => held.mine(null, privateId, null, null))).toBe('UNAUTHENTICATED');
  });
});
