import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, prose, room, send, startServer, timeline, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ maxMessageLength: 4000 });
});
afterAll(() => server.stop());

const edit = `mutation ($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id body editedAt } }`;
const remove = `mutation ($id: ID!) { deleteMessage(id: $id) { id body deletedAt } }`;
const history = `query ($roomId: ID!, $last: Int, $before: String, $first: Int, $after: String) {
  messages(roomId: $roomId, last: $last, before: $before, first: $first, after: $after) {
    edges { cursor node { seq body deletedAt replyTo { id body } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function setup() {
  const ana = await guest(server, 'Ana');
  const ben = await guest(server, 'Ben');
  const roomId = await room(server, ana.token);
  await server.gql(ops.joinRoom, { roomId }, ben.token);
  return { ana, ben, roomId };
}

describe('sendMessage', () => {
  it('stores the body trimmed at the ends and otherwise byte-exact', async () => {
    const { ana, roomId } = await setup();
    const body = '  Ünïcödé 🏀 <b>not html</b>\n\tline two  ';
    const result = await send(server, ana.token, roomId, body);
    expect(result.data.sendMessage.body).toBe(body.trim());
  });

  it('is idempotent by clientMessageId when repeated in sequence: one row, same id and seq, one event', async () => {
    const { ana, roomId } = await setup();
    const first = await send(server, ana.token, roomId, 'goal!', 'c-1');
    const again = await send(server, ana.token, roomId, 'goal!', 'c-1');
    expect(again.data.sendMessage).toEqual(first.data.sendMessage);
    await send(server, ana.token, roomId, 'marker');
    const events = await timeline(server.wsClient(null), { roomId, afterSeq: 0 }, (e) => e.length === 2).done;
    expect(events.map((e: any) => e.roomEvents.message.body)).toEqual(['goal!', 'marker']);
    const page = await server.gql(history, { roomId }, ana.token);
    expect(page.data.messages.edges.map((e: any) => e.node.body)).toEqual(['goal!', 'marker']);
  });

  it('is idempotent by clientMessageId when repeated concurrently', async () => {
    const { ana, roomId } = await setup();
    const results = await Promise.all(Array.from({ length: 10 }, () => send(server, ana.token, roomId, 'same', 'c-concurrent')));
    const ids = new Set(results.map((r) => r.data.sendMessage.id));
    const seqs = new Set(results.map((r) => r.data.sendMessage.seq));
    expect([ids.size, seqs.size]).toEqual([1, 1]);
    const room = await server.gql(`query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, ana.token);
    expect(room.data.room.lastSeq).toBe(1);
  });

  it('returns the original after it was edited, when a retry of the original send arrives late', async () => {
    const { ana, roomId } = await setup();
    const first = await send(server, ana.token, roomId, 'typo', 'c-late');
    await server.gql(edit, { id: first.data.sendMessage.id, body: 'fixed' }, ana.token);
    const retry = await send(server, ana.token, roomId, 'typo', 'c-late');
    expect(retry.data.sendMessage).toMatchObject({ id: first.data.sendMessage.id, seq: 1, body: 'fixed' });
  });

  it('refuses the same clientMessageId with a different body as CONFLICT', async () => {
    const { ana, roomId } = await setup();
    await send(server, ana.token, roomId, 'one', 'c-2');
    const other = await send(server, ana.token, roomId, 'two', 'c-2');
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('scopes clientMessageId to its author: another user may use the same id', async () => {
    const { ana, ben, roomId } = await setup();
    const a = await send(server, ana.token, roomId, 'hi', 'shared-id');
    const b = await send(server, ben.token, roomId, 'hi', 'shared-id');
    expect(b.data.sendMessage.id).not.toBe(a.data.sendMessage.id);
    expect(b.data.sendMessage.clientMessageId).toBe('shared-id');
  });

  it('shows clientMessageId only to the author', async () => {
    const { ana, ben, roomId } = await setup();
    await send(server, ana.token, roomId, 'mine', 'secret-id');
    const q = `query ($roomId: ID!) { messages(roomId: $roomId) { edges { node { clientMessageId } } } }`;
    expect((await server.gql(q, { roomId }, ana.token)).data.messages.edges[0].node.clientMessageId).toBe('secret-id');
    expect((await server.gql(q, { roomId }, ben.token)).data.messages.edges[0].node.clientMessageId).toBeNull();
  });

  it.each([
    ['an empty body', '', 'BAD_USER_INPUT'],
    ['a body of only spaces', '   \n ', 'BAD_USER_INPUT'],
    ['a body one character too long', 'x'.repeat(4001), 'BAD_USER_INPUT'],
  ])('refuses %s', async (_name, body, code) => {
    const { ana, roomId } = await setup();
    const result = await send(server, ana.token, roomId, body);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(/message/i);
  });

  it('accepts exactly MAX_MESSAGE_LENGTH characters, counting emoji as one', async () => {
    const { ana, roomId } = await setup();
    const body = prose(4000);
    expect(body.length).toBeGreaterThan(4000); // the emoji take two UTF-16 units each
    expect((await send(server, ana.token, roomId, body)).errors).toBeUndefined();
  });

  it('refuses an unknown room as NOT_FOUND, an anonymous sender as UNAUTHENTICATED and a non-member as FORBIDDEN', async () => {
    const { roomId } = await setup();
    const carl = await guest(server, 'Carl');
    expect((await send(server, carl.token, 'no-such-room', 'hi')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(ops.send, { input: { roomId, body: 'hi' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await send(server, carl.token, roomId, 'hi')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('quotes the message replied to, and refuses a reply to a message of another room', async () => {
    const { ana, roomId } = await setup();
    const parent = await send(server, ana.token, roomId, 'question?');
    const reply = await server.gql(
      `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { replyTo { id body } } }`,
      { input: { roomId, body: 'answer', replyToId: parent.data.sendMessage.id } },
      ana.token,
    );
    expect(reply.data.sendMessage.replyTo).toEqual({ id: parent.data.sendMessage.id, body: 'question?' });
    const otherRoom = await room(server, ana.token, { name: 'Other' });
    const cross = await server.gql(ops.send, { input: { roomId: otherRoom, body: 'x', replyToId: parent.data.sendMessage.id } }, ana.token);
    expect(cross.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('editMessage and deleteMessage', () => {
  it('lets only the author edit', async () => {
    const { ana, ben, roomId } = await setup();
    const { id } = (await send(server, ana.token, roomId, 'mine')).data.sendMessage;
    expect((await server.gql(edit, { id, body: 'hacked' }, ben.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await server.gql(edit, { id, body: 'mine, edited' }, ana.token);
    expect(ok.data.editMessage).toMatchObject({ body: 'mine, edited', editedAt: expect.any(String) });
  });

  it('lets the author or a moderator delete, leaving a tombstone, and nobody else', async () => {
    const { ana, ben, roomId } = await setup();
    const carl = await guest(server, 'Carl');
    await server.gql(ops.joinRoom, { roomId }, carl.token);
    const byBen = (await send(server, ben.token, roomId, 'ben says')).data.sendMessage.id;
    const byBen2 = (await send(server, ben.token, roomId, 'ben again')).data.sendMessage.id;
    expect((await server.gql(remove, { id: byBen }, carl.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(remove, { id: byBen }, ben.token)).data.deleteMessage).toMatchObject({ body: '', deletedAt: expect.any(String) });
    expect((await server.gql(remove, { id: byBen2 }, ana.token)).data.deleteMessage.deletedAt).toEqual(expect.any(String));
    const page = await server.gql(history, { roomId }, ana.token);
    expect(page.data.messages.edges.map((e: any) => e.node.body)).toEqual(['', '']);
  });

  it('treats a repeated delete and an edit to the same body as no-ops that emit nothing', async () => {
    const { ana, roomId } = await setup();
    const { id } = (await send(server, ana.token, roomId, 'same')).data.sendMessage;
    await server.gql(edit, { id, body: 'same' }, ana.token);
    await server.gql(remove, { id }, ana.token);
    await server.gql(remove, { id }, ana.token);
    const room = await server.gql(`query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, ana.token);
    expect(room.data.room.lastSeq).toBe(2);
  });

  it('refuses to edit a deleted message, an unknown id, and an over-long body', async () => {
    const { ana, roomId } = await setup();
    const { id } = (await send(server, ana.token, roomId, 'x')).data.sendMessage;
    expect((await server.gql(edit, { id, body: 'y'.repeat(4001) }, ana.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await server.gql(remove, { id }, ana.token);
    expect((await server.gql(edit, { id, body: 'back' }, ana.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.gql(edit, { id: 'nope', body: 'x' }, ana.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(remove, { id: 'nope' }, ana.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('message(id)', () => {
  it('returns a message of a room the caller may read, and NOT_FOUND otherwise', async () => {
    const { ana, roomId } = await setup();
    const eve = await guest(server, 'Eve');
    const privateRoom = await room(server, ana.token, { kind: 'PRIVATE' });
    const open = (await send(server, ana.token, roomId, 'open')).data.sendMessage.id;
    const secret = (await send(server, ana.token, privateRoom, 'secret')).data.sendMessage.id;
    const byId = `query ($id: ID!) { message(id: $id) { body } }`;
    expect((await server.gql(byId, { id: open })).data.message.body).toBe('open');
    expect((await server.gql(byId, { id: secret }, eve.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(byId, { id: 'nope' }, ana.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('messages (history)', () => {
  it('pages backwards from the newest and forwards from a cursor, oldest first within a page', async () => {
    const { ana, roomId } = await setup();
    for (let i = 1; i <= 7; i++) await send(server, ana.token, roomId, `m${i}`);
    const newest = await server.gql(history, { roomId, last: 3 }, ana.token);
    expect(newest.data.messages.edges.map((e: any) => e.node.body)).toEqual(['m5', 'm6', 'm7']);
    expect(newest.data.messages.pageInfo.hasPreviousPage).toBe(true);
    const older = await server.gql(history, { roomId, last: 3, before: newest.data.messages.pageInfo.startCursor }, ana.token);
    expect(older.data.messages.edges.map((e: any) => e.node.body)).toEqual(['m2', 'm3', 'm4']);
    const oldest = await server.gql(history, { roomId, last: 3, before: older.data.messages.pageInfo.startCursor }, ana.token);
    expect(oldest.data.messages.edges.map((e: any) => e.node.body)).toEqual(['m1']);
    expect(oldest.data.messages.pageInfo.hasPreviousPage).toBe(false);
    const forward = await server.gql(history, { roomId, first: 2, after: oldest.data.messages.pageInfo.endCursor }, ana.token);
    expect(forward.data.messages.edges.map((e: any) => e.node.body)).toEqual(['m2', 'm3']);
    expect(forward.data.messages.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses a forged cursor, a page of 0 or 101, and first with last together', async () => {
    const { ana, roomId } = await setup();
    for (const variables of [{ before: 'garbage' }, { last: 0 }, { last: 101 }, { first: 1, last: 1 }]) {
      const result = await server.gql(history, { roomId, ...variables }, ana.token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
