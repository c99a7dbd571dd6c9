import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const searchMessages = `query ($roomId: ID!, $query: String!, $first: Int, $after: String) {
  searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {
    edges { cursor node { snippet message { id body threadRootId } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const edit = `mutation ($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id } }`;
const remove = `mutation ($id: ID!) { deleteMessage(id: $id) { id } }`;
const sendInThread = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id threadRootId } }`;

/** A fresh room of Ana's, so every test searches only what it sent. */
async function setup(kind = 'PUBLIC') {
  const ana = await guest(server, 'Ana');
  const roomId = await room(server, ana.token, { kind });
  return { ana, roomId };
}

async function post(token: string, roomId: string, body: string): Promise<string> {
  const result = await send(server, token, roomId, body);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.sendMessage.id;
}

async function search(roomId: string, query: string, token: string | null = null, page: { first?: number; after?: string } = {}) {
  return server.gql(searchMessages, { roomId, query, ...page }, token);
}

/** The bodies found, best match first; fails the test on any error. */
async function bodies(roomId: string, query: string, token: string | null = null): Promise<string[]> {
  const result = await search(roomId, query, token);
  expect(result.errors).toBeUndefined();
  return result.data.searchMessages.edges.map((e: any) => e.node.message.body);
}

describe('searchMessages', () => {
  it('finds messages by the start of a word, ignoring case and accents', async () => {
    const { ana, roomId } = await setup();
    await post(ana.token, roomId, 'What a GOAL by Müller');
    await post(ana.token, roomId, 'half time');
    expect(await bodies(roomId, 'goa', ana.token)).toEqual(['What a GOAL by Müller']);
    expect(await bodies(roomId, 'mull', ana.token)).toEqual(['What a GOAL by Müller']);
  });

  it('requires every word typed', async () => {
    const { ana, roomId } = await setup();
    await post(ana.token, roomId, 'a late winning goal');
    await post(ana.token, roomId, 'an early goal');
    await post(ana.token, roomId, 'late again');
    expect(await bodies(roomId, 'late goal', ana.token)).toEqual(['a late winning goal']);
  });

  it('ranks the better match first', async () => {
    const { ana, roomId } = await setup();
    await post(ana.token, roomId, 'penalty! penalty! penalty!');
    await post(ana.token, roomId, 'the referee looked at the screen for a long time and then gave a penalty to the visitors');
    const found = await bodies(roomId, 'penalty', ana.token);
    expect(found[0]).toBe('penalty! penalty! penalty!');
    expect(found).toHaveLength(2);
  });

  it('returns a short snippet with the matched terms in [[ ]]', async () => {
    const { ana, roomId } = await setup();
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    words.splice(20, 0, 'Goalkeeper');
    await post(ana.token, roomId, words.join(' '));
    const result = await search(roomId, 'goal', ana.token);
    const { snippet } = result.data.searchMessages.edges[0].node;
    expect(snippet).toContain('[[Goalkeeper]]');
    expect(snippet).toMatch(/^….*…$/);
    expect(snippet.split(' ').length).toBeLessThanOrEqual(12);
  });

  it('searches only the given room', async () => {
    const { ana, roomId } = await setup();
    const other = await room(server, ana.token);
    await post(ana.token, roomId, 'offside here');
    await post(ana.token, other, 'offside there');
    expect(await bodies(roomId, 'offside', ana.token)).toEqual(['offside here']);
  });

  it('finds thread posts too', async () => {
    const { ana, roomId } = await setup();
    const rootId = await post(ana.token, roomId, 'match thread');
    const reply = await server.gql(sendInThread, { input: { roomId, body: 'corner kick in the thread', threadRootId: rootId } }, ana.token);
    expect(reply.errors).toBeUndefined();
    const result = await search(roomId, 'corner', ana.token);
    expect(result.data.searchMessages.edges.map((e: any) => e.node.message)).toEqual([{ id: reply.data.sendMessage.id, body: 'corner kick in the thread', threadRootId: rootId }]);
  });

  it('refuses a private room the caller is not in, and an unknown room, as NOT_FOUND', async () => {
    const { ana, roomId } = await setup('PRIVATE');
    await post(ana.token, roomId, 'secret tactics');
    const ben = await guest(server, 'Ben');
    expect((await search(roomId, 'secret', ben.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await search(roomId, 'secret')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await search('no-such-room', 'secret', ana.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await bodies(roomId, 'secret', ana.token)).toEqual(['secret tactics']);
  });

  it('lets an anonymous caller search a public room', async () => {
    const { ana, roomId } = await setup();
    await post(ana.token, roomId, 'open training today');
    expect(await bodies(roomId, 'training')).toEqual(['open training today']);
  });

  it('finds an edited message by its new words and not by its old ones', async () => {
    const { ana, roomId } = await setup();
    const id = await post(ana.token, roomId, 'tennis tonight');
    expect((await server.gql(edit, { id, body: 'basketball tonight' }, ana.token)).errors).toBeUndefined();
    expect(await bodies(roomId, 'tennis', ana.token)).toEqual([]);
    expect(await bodies(roomId, 'basketball', ana.token)).toEqual(['basketball tonight']);
    expect(await bodies(roomId, 'tonight', ana.token)).toEqual(['basketball tonight']);
  });

  it('never finds a deleted message', async () => {
    const { ana, roomId } = await setup();
    const id = await post(ana.token, roomId, 'regrettable remark');
    await post(ana.token, roomId, 'a remark to keep');
    expect((await server.gql(remove, { id }, ana.token)).errors).toBeUndefined();
    expect(await bodies(roomId, 'regrettable', ana.token)).toEqual([]);
    expect(await bodies(roomId, 'remark', ana.token)).toEqual(['a remark to keep']);
  });

  it('pages through results with first and after, in a stable order', async () => {
    const { ana, roomId } = await setup();
    const sent = [];
    for (let i = 1; i <= 5; i++) sent.push(await post(ana.token, roomId, `save number ${i}`));
    const seen: string[] = [];
    const flags: boolean[][] = [];
    let after: string | undefined;
    for (;;) {
      const result = await search(roomId, 'save', ana.token, { first: 2, after });
      const { edges, pageInfo } = result.data.searchMessages;
      seen.push(...edges.map((e: any) => e.node.message.id));
      flags.push([pageInfo.hasPreviousPage, pageInfo.hasNextPage]);
      expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    // Equal scores come newest first.
    expect(seen).toEqual(sent.reverse());
  });

  it('refuses an empty query, one over 200 characters, a page size out of range and a foreign cursor', async () => {
    const { ana, roomId } = await setup();
    const cases = [
      { query: '' },
      { query: '  " * ( ' },
      { query: 'a'.repeat(201) },
      { query: 'goal', first: 0 },
      { query: 'goal', first: 101 },
      { query: 'goal', after: 'not-a-cursor' },
    ];
    for (const { query, ...page } of cases) {
      const result = await search(roomId, query, ana.token, page);
      expect(result.errors?.[0].extensions?.code, JSON.stringify({ query, page })).toBe('BAD_USER_INPUT');
    }
  });

  it('treats FTS5 operators typed by the user as plain words', async () => {
    const { ana, roomId } = await setup();
    await post(ana.token, roomId, 'Near the goal or not');
    await post(ana.token, roomId, 'goal');
    expect(await bodies(roomId, '"near" OR (goal) NOT -not*', ana.token)).toEqual(['Near the goal or not']);
    expect(await bodies(roomId, 'NEAR(goal x, 2) body: ^goal "unclosed', ana.token)).toEqual([]);
    expect(await bodies(roomId, 'goal OR', ana.token)).toEqual(['Near the goal or not']);
  });
});
