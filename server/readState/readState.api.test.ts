import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const signUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const state = `query ($id: ID!) { room(id: $id) { lastSeq myMembership { lastReadSeq unreadCount mentionCount } } }`;
const markRead = `mutation ($roomId: ID!, $seq: Int!) { markRead(roomId: $roomId, seq: $seq) { lastReadSeq unreadCount mentionCount } }`;
const userEvents = `subscription { userEvents { __typename room { id } ... on UnreadChanged { unreadCount mentionCount } ... on Mentioned { message { body mentions { id } } } } }`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

let accounts = 0;
async function account(name: string) {
  const username = `${name.toLowerCase()}_${++accounts}`;
  const result = await server.gql(signUp, { input: { username, password: 'long enough', displayName: name } });
  return { token: result.data.signUp.token as string, id: result.data.signUp.user.id as string, username };
}

async function setup() {
  const ana = await account('Ana');
  const ben = await account('Ben');
  const roomId = await room(server, ana.token);
  await server.gql(ops.joinRoom, { roomId }, ben.token);
  return { ana, ben, roomId };
}

const membershipOf = async (token: string, roomId: string) => (await server.gql(state, { id: roomId }, token)).data.room.myMembership;

describe('read state', () => {
  it("counts others' main-timeline messages after the marker: not own ones, not thread posts, not deleted ones", async () => {
    const { ana, ben, roomId } = await setup();
    const first = (await send(server, ana.token, roomId, 'one')).data.sendMessage;
    await send(server, ana.token, roomId, 'two');
    await send(server, ben.token, roomId, 'mine');
    await server.gql(ops.send, { input: { roomId, body: 'thread post', threadRootId: first.id } }, ana.token);
    expect(await membershipOf(ben.token, roomId)).toMatchObject({ lastReadSeq: 0, unreadCount: 2 });
    await server.gql(`mutation ($id: ID!) { deleteMessage(id: $id) { id } }`, { id: first.id }, ana.token);
    expect((await membershipOf(ben.token, roomId)).unreadCount).toBe(1);
    expect((await membershipOf(ana.token, roomId)).unreadCount).toBe(1);
  });

  it("starts a joiner's marker at the end of a public room's history, so nothing read before joining counts as unread", async () => {
    const ana = await account('Ana');
    const ben = await account('Ben');
    const roomId = await room(server, ana.token);
    for (const body of ['before one', 'before two']) await send(server, ana.token, roomId, body);
    await server.gql(ops.joinRoom, { roomId }, ben.token);
    expect(await membershipOf(ben.token, roomId)).toMatchObject({ lastReadSeq: 2, unreadCount: 0 });
    await send(server, ana.token, roomId, 'after');
    expect(await membershipOf(ben.token, roomId)).toMatchObject({ lastReadSeq: 2, unreadCount: 1 });
  });

  it('moves the marker forwards only, and refuses a seq beyond the end or below zero', async () => {
    const { ana, ben, roomId } = await setup();
    for (const body of ['a', 'b', 'c']) await send(server, ana.token, roomId, body);
    expect((await server.gql(markRead, { roomId, seq: 2 }, ben.token)).data.markRead).toMatchObject({ lastReadSeq: 2, unreadCount: 1 });
    expect((await server.gql(markRead, { roomId, seq: 1 }, ben.token)).data.markRead.lastReadSeq).toBe(2);
    expect(code(await server.gql(markRead, { roomId, seq: 4 }, ben.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(markRead, { roomId, seq: -1 }, ben.token))).toBe('BAD_USER_INPUT');
  });

  it('keeps a message that arrives while marking read unread, since the marker is the seq the client saw', async () => {
    const { ana, ben, roomId } = await setup();
    await send(server, ana.token, roomId, 'seen');
    const seen = (await server.gql(state, { id: roomId }, ben.token)).data.room.lastSeq;
    await send(server, ana.token, roomId, 'arrives meanwhile');
    expect((await server.gql(markRead, { roomId, seq: seen }, ben.token)).data.markRead.unreadCount).toBe(1);
  });

  it('stays exact under concurrent sends from several people', async () => {
    const { ana, ben, roomId } = await setup();
    const carl = await account('Carl');
    await server.gql(ops.joinRoom, { roomId }, carl.token);
    await Promise.all(Array.from({ length: 60 }, (_, i) => send(server, [ana, ben, carl][i % 3].token, roomId, `m${i}`)));
    expect((await membershipOf(ben.token, roomId)).unreadCount).toBe(40);
    const lastSeq = (await server.gql(state, { id: roomId }, ben.token)).data.room.lastSeq;
    expect((await server.gql(markRead, { roomId, seq: lastSeq }, ben.token)).data.markRead.unreadCount).toBe(0);
  });

  it('refuses markRead to a non-member, an anonymous caller and an unknown room', async () => {
    const { roomId } = await setup();
    const eve = await account('Eve');
    expect(code(await server.gql(markRead, { roomId, seq: 0 }, eve.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(markRead, { roomId, seq: 0 }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(markRead, { roomId: 'nope', seq: 0 }, eve.token))).toBe('NOT_FOUND');
  });

  it('lists read markers and announces ReadMarkerMoved in a small room', async () => {
    const { ana, ben, roomId } = await setup();
    await send(server, ana.token, roomId, 'hello');
    const moved = collect(
      server.wsClient(ana.token),
      { query: `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { __typename ... on ReadMarkerMoved { user { id } seq } } }`, variables: { roomId } },
      (e) => e.length === 1,
      15_000,
      (e: any) => e.roomEvents.__typename === 'ReadMarkerMoved',
    );
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBeGreaterThan(0);
    await server.gql(markRead, { roomId, seq: 1 }, ben.token);
    expect((await moved.done)[0].roomEvents).toEqual({ __typename: 'ReadMarkerMoved', user: { id: ben.id }, seq: 1 });
    const markers = await server.gql(`query ($roomId: ID!) { readMarkers(roomId: $roomId) { user { id } seq } }`, { roomId }, ana.token);
    expect(markers.data.readMarkers).toEqual([{ user: { id: ben.id }, seq: 1 }]);
  });
});

describe('mentions and userEvents', () => {
  it('fills Message.mentions with mentioned members only, and counts mentions after the marker', async () => {
    const { ana, ben, roomId } = await setup();
    const outsider = await account('Out');
    const sent = await server.gql(
      `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { mentions { id } } }`,
      { input: { roomId, body: `@${ben.username} look! cc @${outsider.username} @${ana.username}` } },
      ana.token,
    );
    expect(sent.data.sendMessage.mentions).toEqual([{ id: ben.id }]);
    expect((await membershipOf(ben.token, roomId)).mentionCount).toBe(1);
    await server.gql(markRead, { roomId, seq: 1 }, ben.token);
    expect((await membershipOf(ben.token, roomId)).mentionCount).toBe(0);
  });

  it('tells a user live about mentions, unread changes and rooms they are added to', async () => {
    const { ana, ben, roomId } = await setup();
    const run = collect(server.wsClient(ben.token), { query: userEvents }, (e) => e.length >= 3, 15_000);
    await expect.poll(() => server.app.pubsub.subscriberCount('user', ben.id)).toBe(1);
    await send(server, ana.token, roomId, `hey @${ben.username}`);
    const privateRoom = await room(server, ana.token, { kind: 'PRIVATE' });
    await server.gql(`mutation ($roomId: ID!, $userId: ID!) { inviteToRoom(roomId: $roomId, userId: $userId) { id } }`, { roomId: privateRoom, userId: ben.id }, ana.token);
    const events = (await run.done).map((e: any) => e.userEvents);
    expect(events).toContainEqual({ __typename: 'UnreadChanged', room: { id: roomId }, unreadCount: 1, mentionCount: 1 });
    expect(events).toContainEqual({ __typename: 'Mentioned', room: { id: roomId }, message: { body: `hey @${ben.username}`, mentions: [{ id: ben.id }] } });
    expect(events).toContainEqual({ __typename: 'RoomAdded', room: { id: privateRoom } });
  });

  it('folds a burst of messages into at most one UnreadChanged per room per second, ending with the right count', async () => {
    const { ana, ben, roomId } = await setup();
    const run = collect(server.wsClient(ben.token), { query: userEvents }, (e: any[]) => e.at(-1)?.userEvents.unreadCount === 20, 15_000);
    await expect.poll(() => server.app.pubsub.subscriberCount('user', ben.id)).toBe(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => send(server, ana.token, roomId, `burst ${i}`)));
    const events = await run.done;
    expect(events.length).toBeLessThanOrEqual(3);
  });

  it('refuses userEvents to an anonymous caller', async () => {
    await expect(collect(server.wsClient(null), { query: userEvents }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});
