// onlineMembers against an in-memory SQLite store built from the real migrations and the real presence.
import { describe, expect, it } from 'vitest';
import { createMemoryPubSub } from '../memoryPubSub';
import { createRooms } from '../rooms/rooms';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import { createUsers } from '../users/users';
import { createOnlineMembers } from './onlineMembers';
import { createPresence } from './presence';

function setup() {
  const store = createSqliteStore(':memory:');
  const pubsub = createMemoryPubSub();
  const users = createUsers({ store, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ store, pubsub, users });
  const presence = createPresence({ pubsub, largeRoomViewers: 100 });
  const onlineMembers = createOnlineMembers({ store, rooms, users, presence });
  const signIn = async (name: string) => (await users.authenticate((await users.joinAsGuest(name)).token))!;
  const signInAll = async (names: string[]) => {
    const viewers = [];
    for (const name of names) viewers.push(await signIn(name));
    return viewers;
  };
  return { rooms, presence, onlineMembers, signInAll };
}

const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

describe('onlineMembers', () => {
  it('lists the members following the room, not signed-in non-members or anonymous viewers', async () => {
    const { rooms, presence, onlineMembers, signInAll } = setup();
    const [ana, bo, cy, dee] = await signInAll(['Ana', 'Bo', 'Cy', 'Dee']);
    const roomId = (await rooms.create(ana, { name: 'Final' })).id;
    await rooms.join(bo, roomId);
    await rooms.join(dee, roomId);
    presence.enter(roomId, ana.user.id);
    presence.enter(roomId, bo.user.id);
    presence.enter(roomId, cy.user.id); // reads the public room without joining it
    presence.enter(roomId, null);
    expect(ids(await onlineMembers.page(null, roomId, 10, null))).toEqual([ana.user.id, bo.user.id].sort());
  });

  it('pages in id order with opaque cursors', async () => {
    const { rooms, presence, onlineMembers, signInAll } = setup();
    const viewers = await signInAll(['A', 'B', 'C', 'D', 'E']);
    const roomId = (await rooms.create(viewers[0], { name: 'Final' })).id;
    for (const viewer of viewers) {
      await rooms.join(viewer, roomId);
      presence.enter(roomId, viewer.user.id);
    }
    const first = await onlineMembers.page(viewers[0], roomId, 2, null);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await onlineMembers.page(viewers[0], roomId, 2, first.pageInfo.endCursor);
    const third = await onlineMembers.page(viewers[0], roomId, 2, second.pageInfo.endCursor);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(viewers.map((v) => v.user.id).sort());
    await expect(onlineMembers.page(viewers[0], roomId, 2, 'bogus')).rejects.toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('drops a member whose last stream ended, and hides a private room from non-members', async () => {
    const { rooms, presence, onlineMembers, signInAll } = setup();
    const [ana, bo] = await signInAll(['Ana', 'Bo']);
    const roomId = (await rooms.create(ana, { name: 'Crew', kind: 'PRIVATE' })).id;
    const leave = presence.enter(roomId, ana.user.id);
    expect(ids(await onlineMembers.page(ana, roomId, 10, null))).toEqual([ana.user.id]);
    leave();
    expect(ids(await onlineMembers.page(ana, roomId, 10, null))).toEqual([]);
    await expect(onlineMembers.page(bo, roomId, 10, null)).rejects.toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
    await expect(onlineMembers.page(null, roomId, 10, null)).rejects.toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
  });
});
