import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const add = `mutation ($id: ID!, $emoji: String!) { addReaction(messageId: $id, emoji: $emoji) { id reactions { emoji count reactedByMe } } }`;
const remove = `mutation ($id: ID!, $emoji: String!) { removeReaction(messageId: $id, emoji: $emoji) { id reactions { emoji count reactedByMe } } }`;
const reactionEvents = `subscription ($roomId: ID!) {
  roomEvents(roomId: $roomId, afterSeq: 0) { ... on ReactionChanged { seq messageId emoji count added user { id } } }
}`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

async function setup() {
  const ana = await guest(server, 'Ana');
  const ben = await guest(server, 'Ben');
  const roomId = await room(server, ana.token);
  await server.gql(ops.joinRoom, { roomId }, ben.token);
  const messageId = (await send(server, ana.token, roomId, 'goal!')).data.sendMessage.id;
  return { ana, ben, roomId, messageId };
}

describe('reactions', () => {
  it('groups reactions per emoji with counts and reactedByMe, one per user per emoji', async () => {
    const { ana, ben, messageId } = await setup();
    await server.gql(add, { id: messageId, emoji: '🔥' }, ana.token);
    await server.gql(add, { id: messageId, emoji: '🔥' }, ana.token);
    await server.gql(add, { id: messageId, emoji: '🔥' }, ben.token);
    const result = await server.gql(add, { id: messageId, emoji: '👏' }, ben.token);
    expect(result.data.addReaction.reactions).toEqual([
      { emoji: '🔥', count: 2, reactedByMe: true },
      { emoji: '👏', count: 1, reactedByMe: true },
    ]);
    const anaView = await server.gql(remove, { id: messageId, emoji: '🔥' }, ana.token);
    expect(anaView.data.removeReaction.reactions).toEqual([
      { emoji: '🔥', count: 1, reactedByMe: false },
      { emoji: '👏', count: 1, reactedByMe: false },
    ]);
  });

  it('records each real change as a durable event with a seq, and repeats as nothing', async () => {
    const { ana, ben, roomId, messageId } = await setup();
    await server.gql(add, { id: messageId, emoji: '❤' }, ana.token); // stored as ❤️
    await server.gql(add, { id: messageId, emoji: '❤️' }, ana.token);
    await server.gql(add, { id: messageId, emoji: '❤️' }, ben.token);
    await server.gql(remove, { id: messageId, emoji: '❤️' }, ana.token);
    await server.gql(remove, { id: messageId, emoji: '❤️' }, ana.token);
    const events = await collect(
      server.wsClient(null),
      { query: reactionEvents, variables: { roomId } },
      (e) => e.length === 3,
      15_000,
      (e: any) => e.roomEvents.seq !== undefined,
    ).done;
    expect(events.map((e: any) => e.roomEvents)).toEqual([
      { seq: 2, messageId, emoji: '❤️', count: 1, added: true, user: { id: ana.id } },
      { seq: 3, messageId, emoji: '❤️', count: 2, added: true, user: { id: ben.id } },
      { seq: 4, messageId, emoji: '❤️', count: 1, added: false, user: { id: ana.id } },
    ]);
  });

  it('refuses an invalid emoji, a deleted message, a non-member, an anonymous caller and an unreadable room', async () => {
    const { ana, ben, messageId } = await setup();
    const carl = await guest(server, 'Carl');
    expect(code(await server.gql(add, { id: messageId, emoji: 'lol' }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(add, { id: messageId, emoji: '🔥🔥' }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(add, { id: messageId, emoji: '🔥' }, carl.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(add, { id: messageId, emoji: '🔥' }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(add, { id: 'nope', emoji: '🔥' }, ana.token))).toBe('NOT_FOUND');
    const privateRoom = await room(server, ana.token, { kind: 'PRIVATE' });
    const secret = (await send(server, ana.token, privateRoom, 'secret')).data.sendMessage.id;
    expect(code(await server.gql(add, { id: secret, emoji: '🔥' }, ben.token))).toBe('NOT_FOUND');
    await server.gql(`mutation ($id: ID!) { deleteMessage(id: $id) { id } }`, { id: messageId }, ana.token);
    expect(code(await server.gql(add, { id: messageId, emoji: '🔥' }, ana.token))).toBe('BAD_USER_INPUT');
  });

  it('caps a message at 20 different emoji, while more of an existing one are fine', async () => {
    const { ana, ben, messageId } = await setup();
    const twenty = ['😀', '😁', '😂', '🤣', '😃', '😄', '😅', '😆', '😉', '😊', '😋', '😎', '😍', '😘', '🥰', '😗', '😙', '🥲', '😚', '🙂'];
    for (const emoji of twenty) expect((await server.gql(add, { id: messageId, emoji }, ana.token)).errors).toBeUndefined();
    expect(code(await server.gql(add, { id: messageId, emoji: '🤗' }, ana.token))).toBe('BAD_USER_INPUT');
    expect((await server.gql(add, { id: messageId, emoji: '😀' }, ben.token)).errors).toBeUndefined();
  });
});
