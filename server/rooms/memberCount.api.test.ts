// memberCount live over the real API: joins, invitations, leaves and bans reach a room's viewers as
// MemberCountChanged on `roomEvents` (real graphql-ws client), throttled to one a second per room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, startServer, type TestServer } from '../test/harness';

const counts = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { __typename roomId ... on MemberCountChanged { memberCount } } }`;
const memberCount = `query ($id: ID!) { room(id: $id) { memberCount } }`;
const invite = `mutation ($roomId: ID!, $userId: ID!) { inviteToRoom(roomId: $roomId, userId: $userId) { id } }`;
const leave = `mutation ($roomId: ID!) { leaveRoom(roomId: $roomId) }`;
const ban = `mutation ($roomId: ID!, $userId: ID!) { banUser(roomId: $roomId, userId: $userId) }`;

/** The member counts a subscriber of the room was sent, in order. */
function follow(server: TestServer, token: string, roomId: string) {
  const stream = collect(
    server.wsClient(token),
    { query: counts, variables: { roomId } },
    () => false,
    20_000,
    (e: any) => e.roomEvents.__typename === 'MemberCountChanged',
  );
  return { counts: () => stream.events.map((e: any) => e.roomEvents.memberCount), stop: stream.unsubscribe };
}

/** Resolves once the subscription is live: the room counts its viewer. */
async function live(server: TestServer, roomId: string) {
  await expect.poll(() => server.app.domains.presence.viewerCount(roomId), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe('memberCount on roomEvents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('tells viewers of a public room about joins, leaves and bans, the last count current', async () => {
    const owner = await guest(server, 'Owner');
    const roomId = await room(server, owner.token);
    const watcher = follow(server, owner.token, roomId);
    await live(server, roomId);
    const [ann, ben, cy] = [await guest(server, 'Ann'), await guest(server, 'Ben'), await guest(server, 'Cy')];
    for (const fan of [ann, ben, cy]) await server.gql(ops.joinRoom, { roomId }, fan.token);
    // The first join at once; the two within the same second as one event with the count then.
    await expect.poll(() => watcher.counts(), { timeout: 5000 }).toEqual([2, 4]);
    expect((await server.gql(memberCount, { id: roomId }, owner.token)).data.room.memberCount).toBe(4);
    await server.gql(leave, { roomId }, ann.token);
    await server.gql(ban, { roomId, userId: ben.id }, owner.token);
    await expect.poll(() => watcher.counts().at(-1), { timeout: 5000 }).toBe(2);
    expect(watcher.counts().length).toBeLessThanOrEqual(4);
    watcher.stop();
  });

  it('tells members of a private room about an invitation', async () => {
    const owner = await guest(server, 'Owner');
    const roomId = await room(server, owner.token, { kind: 'PRIVATE' });
    const watcher = follow(server, owner.token, roomId);
    await live(server, roomId);
    const ann = await guest(server, 'Ann');
    await server.gql(invite, { roomId, userId: ann.id }, owner.token);
    await expect.poll(() => watcher.counts()).toEqual([2]);
    watcher.stop();
  });
});
