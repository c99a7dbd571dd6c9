import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, room, send, startServer, timeline, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const roomQuery = `query ($id: ID!) { room(id: $id) { id name kind memberCount myMembership { role } } }`;
const roomsQuery = `query ($first: Int, $after: String) { rooms(first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const history = `query ($roomId: ID!) { messages(roomId: $roomId) { edges { node { body } } } }`;
const invite = `mutation ($roomId: ID!, $userId: ID!) { inviteToRoom(roomId: $roomId, userId: $userId) { id } }`;
const leave = `mutation ($roomId: ID!) { leaveRoom(roomId: $roomId) }`;
const direct = `mutation ($userId: ID!) { openDirectRoom(userId: $userId) { id kind name memberCount } }`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

describe('rooms', () => {
  it('makes the creator OWNER and lets others join a PUBLIC room as MEMBER, once', async () => {
    const ana = await guest(server, 'Ana');
    const ben = await guest(server, 'Ben');
    const roomId = await room(server, ana.token, { name: '  Final whistle  ' });
    expect((await server.gql(roomQuery, { id: roomId }, ana.token)).data.room).toMatchObject({ name: 'Final whistle', myMembership: { role: 'OWNER' } });
    await server.gql(ops.joinRoom, { roomId }, ben.token);
    await server.gql(ops.joinRoom, { roomId }, ben.token);
    expect((await server.gql(roomQuery, { id: roomId }, ben.token)).data.room).toMatchObject({ memberCount: 2, myMembership: { role: 'MEMBER' } });
    expect((await server.gql(roomQuery, { id: roomId })).data.room.myMembership).toBeNull();
  });

  it('refuses bad room input and anonymous creators', async () => {
    const ana = await guest(server, 'Ana');
    for (const input of [{ name: '' }, { name: 'x'.repeat(81) }, { name: 'ok', topic: 't'.repeat(501) }, { name: 'ok', kind: 'DIRECT' }]) {
      expect(code(await server.gql(ops.createRoom, { input }, ana.token))).toBe('BAD_USER_INPUT');
    }
    expect(code(await server.gql(ops.createRoom, { input: { name: 'x' } }))).toBe('UNAUTHENTICATED');
  });

  it('hides a PRIVATE room from non-members: no room, no history, no events, no posting, no joining', async () => {
    const ana = await guest(server, 'Ana');
    const eve = await guest(server, 'Eve');
    const roomId = await room(server, ana.token, { name: 'Staff', kind: 'PRIVATE' });
    await send(server, ana.token, roomId, 'secret');
    expect(code(await server.gql(roomQuery, { id: roomId }, eve.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(roomQuery, { id: roomId }))).toBe('NOT_FOUND');
    expect(code(await server.gql(history, { roomId }, eve.token))).toBe('NOT_FOUND');
    expect(code(await send(server, eve.token, roomId, 'let me in'))).toBe('NOT_FOUND');
    expect(code(await server.gql(ops.joinRoom, { roomId }, eve.token))).toBe('NOT_FOUND');
    await expect(timeline(server.wsClient(eve.token), { roomId, afterSeq: 0 }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    const listed = await server.gql(roomsQuery, { first: 100 }, eve.token);
    expect(listed.data.rooms.edges.map((e: any) => e.node.id)).not.toContain(roomId);
  });

  it('lets the owner invite to a PRIVATE room, and not a member', async () => {
    const ana = await guest(server, 'Ana');
    const ben = await guest(server, 'Ben');
    const eve = await guest(server, 'Eve');
    const roomId = await room(server, ana.token, { kind: 'PRIVATE' });
    await server.gql(invite, { roomId, userId: ben.id }, ana.token);
    expect((await server.gql(roomQuery, { id: roomId }, ben.token)).data.room.myMembership.role).toBe('MEMBER');
    expect(code(await server.gql(invite, { roomId, userId: eve.id }, ben.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(invite, { roomId, userId: 'nobody' }, ana.token))).toBe('NOT_FOUND');
    const publicRoom = await room(server, ana.token);
    expect(code(await server.gql(invite, { roomId: publicRoom, userId: eve.id }, ana.token))).toBe('BAD_USER_INPUT');
  });

  it('ends the live events of a member who leaves a PRIVATE room', async () => {
    const ana = await guest(server, 'Ana');
    const ben = await guest(server, 'Ben');
    const roomId = await room(server, ana.token, { kind: 'PRIVATE' });
    await server.gql(invite, { roomId, userId: ben.id }, ana.token);
    const run = timeline(server.wsClient(ben.token), { roomId, afterSeq: 0 }, () => false);
    await send(server, ana.token, roomId, 'before');
    await expect.poll(() => run.events.length).toBe(1);
    expect((await server.gql(leave, { roomId }, ben.token)).data.leaveRoom).toBe(true);
    await send(server, ana.token, roomId, 'after');
    await expect(run.done).rejects.toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect(run.events).toHaveLength(1);
    expect(code(await server.gql(history, { roomId }, ben.token))).toBe('NOT_FOUND');
  });

  it('opens the same DIRECT room for a pair every time, from either side, and never with yourself', async () => {
    const ana = await guest(server, 'Ana');
    const ben = await guest(server, 'Ben');
    const eve = await guest(server, 'Eve');
    const first = (await server.gql(direct, { userId: ben.id }, ana.token)).data.openDirectRoom;
    const second = (await server.gql(direct, { userId: ana.id }, ben.token)).data.openDirectRoom;
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ kind: 'DIRECT', name: 'Ana & Ben', memberCount: 2 });
    expect(code(await server.gql(roomQuery, { id: first.id }, eve.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(direct, { userId: ana.id }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(direct, { userId: 'nobody' }, ana.token))).toBe('NOT_FOUND');
  });

  it("lists public rooms and the caller's own rooms, newest first, in pages", async () => {
    const ana = await guest(server, 'Ana');
    const own = await room(server, ana.token, { name: 'Mine', kind: 'PRIVATE' });
    const newest = await room(server, ana.token, { name: 'Newest' });
    const page = await server.gql(roomsQuery, { first: 2 }, ana.token);
    expect(page.data.rooms.edges.map((e: any) => e.node.id)).toEqual([newest, own]);
    const next = await server.gql(roomsQuery, { first: 100, after: page.data.rooms.pageInfo.endCursor }, ana.token);
    expect(next.data.rooms.edges.map((e: any) => e.node.id)).not.toContain(newest);
    expect(code(await server.gql(roomsQuery, { first: 0 }, ana.token))).toBe('BAD_USER_INPUT');
  });
});
