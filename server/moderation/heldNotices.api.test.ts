// Held messages over the real API (HTTP and a real graphql-ws client): moderators are told on
// `userEvents` when a message is held, and authors read their own held messages with
// `myHeldMessages` (after a reload, say) and are told of the decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, startServer, type TestServer } from '../test/harness';

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const settings = `mutation ($roomId: ID!) { updateRoomSettings(roomId: $roomId, settings: { linkPolicy: HOLD }) { id } }`;
const setRole = `mutation ($roomId: ID!, $userId: ID!) { setRole(roomId: $roomId, userId: $userId, role: MODERATOR) { role } }`;
const sendFull = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id status } }`;
const mine = `query ($roomId: ID!) { myHeldMessages(roomId: $roomId) { edges { node { id body status seq author { id } } } } }`;
const approve = `mutation ($id: ID!) { approveMessage(id: $id) { id status } }`;
const reject = `mutation ($id: ID!) { rejectMessage(id: $id) { id status } }`;
const userEvents = `subscription { userEvents { __typename room { id }
  ... on MessageHeld { heldCount message { id body status author { id } } }
  ... on ModerationNotice { action messageId }
  ... on HeldMessageDecided { messageId action heldCount } } }`;

/** A room that holds links: owner, a moderator, two members, each following their user events. */
async function setup(server: TestServer) {
  const [owner, mod, ann, ben] = [await guest(server, 'Owner'), await guest(server, 'Mod'), await guest(server, 'Ann'), await guest(server, 'Ben')];
  const roomId = await room(server, owner.token);
  for (const person of [mod, ann, ben]) await server.gql(ops.joinRoom, { roomId }, person.token);
  await server.gql(setRole, { roomId, userId: mod.id }, owner.token);
  await server.gql(settings, { roomId }, owner.token);
  const follow = (token: string) => collect(server.wsClient(token), { query: userEvents }, () => false, 20_000);
  const streams = { owner: follow(owner.token), mod: follow(mod.token), ann: follow(ann.token), ben: follow(ben.token) };
  // Subscribed once each user's personal topic has its subscriber.
  for (const person of [owner, mod, ann, ben]) await expect.poll(() => server.app.pubsub.subscriberCount('user', person.id), { timeout: 10_000 }).toBeGreaterThan(0);
  const link = async (token: string, n: number, clientMessageId?: string) =>
    (await server.gql(sendFull, { input: { roomId, body: `see https://example.com/${n}`, clientMessageId } }, token)).data.sendMessage;
  return { owner, mod, ann, ben, roomId, streams, link };
}

const held = (stream: { events: any[] }) => stream.events.filter((e) => e.userEvents.__typename === 'MessageHeld').map((e) => e.userEvents);

describe('held messages, live and after a reload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('tells each owner and moderator of a held message once, and no member', async () => {
    const { ann, ben, roomId, streams, link } = await setup(server);
    const first = await link(ann.token, 1, 'c1');
    expect(first.status).toBe('HELD');
    expect((await link(ann.token, 1, 'c1')).id).toBe(first.id); // the same send again
    await link(ben.token, 2);
    for (const stream of [streams.owner, streams.mod]) {
      await expect.poll(() => held(stream).length).toBe(2);
      expect(held(stream)[0]).toEqual({
        __typename: 'MessageHeld',
        room: { id: roomId },
        heldCount: 1,
        message: { id: first.id, body: 'see https://example.com/1', status: 'HELD', author: { id: ann.id } },
      });
      expect(held(stream)[1].heldCount).toBe(2);
    }
    await link(ann.token, 3); // a marker: by the time moderators have it, members would have theirs
    await expect.poll(() => held(streams.owner).length).toBe(3);
    expect(held(streams.ann)).toEqual([]);
    expect(held(streams.ben)).toEqual([]);
  });

  it("lists the author's own held messages only, and drops each once decided, telling the author", async () => {
    const { owner, mod, ann, ben, roomId, streams, link } = await setup(server);
    const a1 = await link(ann.token, 1);
    const b1 = await link(ben.token, 2);
    const a2 = await link(ann.token, 3);
    const ids = async (token: string) => (await server.gql(mine, { roomId }, token)).data.myHeldMessages.edges.map((e: any) => e.node.id);
    const annFirst = await server.gql(mine, { roomId }, ann.token);
    expect(annFirst.data.myHeldMessages.edges.map((e: any) => e.node)).toEqual([
      { id: a1.id, body: 'see https://example.com/1', status: 'HELD', seq: 0, author: { id: ann.id } },
      { id: a2.id, body: 'see https://example.com/3', status: 'HELD', seq: 0, author: { id: ann.id } },
    ]);
    expect(await server.gql(mine, { roomId }, ann.token)).toEqual(annFirst); // asked again: the same
    expect(await ids(ben.token)).toEqual([b1.id]);
    expect(await ids(owner.token)).toEqual([]); // moderators see others' in heldMessages, not here
    await server.gql(approve, { id: a1.id }, owner.token);
    await server.gql(reject, { id: a2.id }, mod.token);
    expect(await ids(ann.token)).toEqual([]);
    expect(await ids(ben.token)).toEqual([b1.id]);
    // Every moderator's queue drops each, whoever decided; members are not told.
    const decided = (stream: { events: any[] }) =>
      stream.events.filter((e) => e.userEvents.__typename === 'HeldMessageDecided').map((e) => [e.userEvents.messageId, e.userEvents.action, e.userEvents.heldCount]);
    for (const stream of [streams.owner, streams.mod]) {
      await expect
        .poll(() => decided(stream))
        .toEqual([
          [a1.id, 'MESSAGE_APPROVED', 2],
          [a2.id, 'MESSAGE_REJECTED', 1],
        ]);
    }
    expect(decided(streams.ann)).toEqual([]);
    expect(decided(streams.ben)).toEqual([]);
    await expect
      .poll(() => streams.ann.events.filter((e) => e.userEvents.__typename === 'ModerationNotice').map((e) => [e.userEvents.action, e.userEvents.messageId]))
      .toEqual([
        ['MESSAGE_APPROVED', a1.id],
        ['MESSAGE_REJECTED', a2.id],
      ]);
  });

  it('refuses a room the caller may not read as NOT_FOUND, and an anonymous caller', async () => {
    const { ann, roomId, link } = await setup(server);
    await link(ann.token, 1);
    const stranger = await guest(server, 'Stranger');
    const privateId = await room(server, stranger.token, { kind: 'PRIVATE' });
    expect(code(await server.gql(mine, { roomId: privateId }, ann.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(mine, { roomId: 'no-such-room' }, ann.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(mine, { roomId }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(mine, { roomId }, stranger.token)).data.myHeldMessages.edges).toEqual([]);
  });
});
