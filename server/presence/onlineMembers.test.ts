// onlineMembers against an in-memory SQLite built from the real migrations and the real presence.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createMemoryPubSub } from '../memoryPubSub';
import { createRooms } from '../rooms/rooms';
import { createUsers } from '../users/users';
import { createOnlineMembers } from './onlineMembers';
import { createPresence } from './presence';

function setup() {
  const db = openDatabase(':memory:');
  const pubsub = createMemoryPubSub();
  const users = createUsers({ db, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ db, pubsub, users });
  const presence = createPresence({ pubsub, largeRoomViewers: 100 });
  const onlineMembers = createOnlineMembers({ db, rooms, users, presence });
  const signIn = (name: string) => users.authenticate(users.joinAsGuest(name).token);
  return { rooms, presence, onlineMembers, signIn };
}

const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

describe('onlineMembers', () => {
  it('lists the members following the room, not signed-in non-members or anonymous viewers', () => {
    const { rooms, presence, onlineMembers, signIn } = setup();
    const [ana, bo, cy, dee] = ['Ana', 'Bo', 'Cy', 'Dee'].map(signIn);
    const roomId = rooms.create(ana, { name: 'Final' }).id;
    rooms.join(bo, roomId);
    rooms.join(dee, roomId);
    presence.enter(roomId, ana!.user.id);
    presence.enter(roomId, bo!.user.id);
    presence.enter(roomId, cy!.user.id); // reads the public room without joining it
    presence.enter(roomId, null);
    expect(ids(onlineMembers.page(null, roomId, 10, null))).toEqual([ana!.user.id, bo!.user.id].sort());
  });

  it('pages in id order with opaque cursors', () => {
    const { rooms, presence, onlineMembers, signIn } = setup();
    const viewers = ['A', 'B', 'C', 'D', 'E'].map(signIn);
    const roomId = rooms.create(viewers[0], { name: 'Final' }).id;
    for (const viewer of viewers) {
      rooms.join(viewer, roomId);
      presence.enter(roomId, viewer!.user.id);
    }
    const first = onlineMembers.page(viewers[0], roomId, 2, null);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = onlineMembers.page(viewers[0], roomId, 2, first.pageInfo.endCursor);
    const third = onlineMembers.page(viewers[0], roomId, 2, second.pageInfo.endCursor);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(viewers.map((v) => v!.user.id).sort());
    expect(() => onlineMembers.page(viewers[0], roomId, 2, 'bogus')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('drops a member whose last stream ended, and hides a private room from non-members', () => {
    const { rooms, presence, onlineMembers, signIn } = setup();
    const [ana, bo] = ['Ana', 'Bo'].map(signIn);
    const roomId = rooms.create(ana, { name: 'Crew', kind: 'PRIVATE' }).id;
    const leave = presence.enter(roomId, ana!.user.id);
    expect(ids(onlineMembers.page(ana, roomId, 10, null))).toEqual([ana!.user.id]);
    leave();
    expect(ids(onlineMembers.page(ana, roomId, 10, null))).toEqual([]);
    expect(() => onlineMembers.page(bo, roomId, 10, null)).toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
    expect(() => onlineMembers.page(null, roomId, 10, null)).toThrow(expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }));
  });
});
