import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const post = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id seq threadRootId } }`;
const threadQuery = `query ($rootId: ID!, $first: Int, $after: String) {
  thread(rootId: $rootId, first: $first, after: $after) { edges { node { body threadRootId } } pageInfo { hasNextPage endCursor } }
}`;
const main = `query ($roomId: ID!) { messages(roomId: $roomId) { edges { node { id body replyCount lastReplyAt } } } }`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

describe('threads', () => {
  it('keeps thread posts out of the main timeline, counts them on the root, and lists them with thread()', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const root = (await send(server, ana.token, roomId, 'root')).data.sendMessage;
    for (const body of ['t1', 't2', 't3']) {
      const result = await server.gql(post, { input: { roomId, body, threadRootId: root.id } }, ana.token);
      expect(result.data.sendMessage.threadRootId).toBe(root.id);
    }
    await send(server, ana.token, roomId, 'after');
    const timeline = (await server.gql(main, { roomId }, ana.token)).data.messages.edges.map((e: any) => e.node);
    expect(timeline.map((m: any) => m.body)).toEqual(['root', 'after']);
    expect(timeline[0]).toMatchObject({ replyCount: 3, lastReplyAt: expect.any(String) });
    const page = await server.gql(threadQuery, { rootId: root.id, first: 2 }, ana.token);
    expect(page.data.thread.edges.map((e: any) => e.node.body)).toEqual(['t1', 't2']);
    const rest = await server.gql(threadQuery, { rootId: root.id, after: page.data.thread.pageInfo.endCursor }, ana.token);
    expect(rest.data.thread.edges.map((e: any) => e.node.body)).toEqual(['t3']);
  });

  it('gives thread posts room seqs and delivers them as MessageAdded', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const root = (await send(server, ana.token, roomId, 'root')).data.sendMessage;
    await server.gql(post, { input: { roomId, body: 'in thread', threadRootId: root.id } }, ana.token);
    const query = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId, afterSeq: 0) { ... on MessageAdded { seq message { body threadRootId } } } }`;
    const added = (e: any) => e.roomEvents.seq !== undefined;
    const events = await collect(server.wsClient(null), { query, variables: { roomId } }, (e) => e.length === 2, 15_000, added).done;
    expect(events.map((e: any) => e.roomEvents)).toEqual([
      { seq: 1, message: { body: 'root', threadRootId: null } },
      { seq: 2, message: { body: 'in thread', threadRootId: root.id } },
    ]);
  });

  it('refuses a root in another room, a thread post as root, and an unknown root', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const otherRoom = await room(server, ana.token, { name: 'Other' });
    const root = (await send(server, ana.token, roomId, 'root')).data.sendMessage;
    const inThread = (await server.gql(post, { input: { roomId, body: 'x', threadRootId: root.id } }, ana.token)).data.sendMessage;
    expect(code(await server.gql(post, { input: { roomId: otherRoom, body: 'x', threadRootId: root.id } }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(post, { input: { roomId, body: 'x', threadRootId: inThread.id } }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(post, { input: { roomId, body: 'x', threadRootId: 'nope' } }, ana.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(threadQuery, { rootId: 'nope' }, ana.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(threadQuery, { rootId: inThread.id }, ana.token))).toBe('BAD_USER_INPUT');
  });

  it('hides the thread of a private room from non-members', async () => {
    const ana = await guest(server, 'Ana');
    const eve = await guest(server, 'Eve');
    const roomId = await room(server, ana.token, { kind: 'PRIVATE' });
    const root = (await send(server, ana.token, roomId, 'secret root')).data.sendMessage;
    expect(code(await server.gql(threadQuery, { rootId: root.id }, eve.token))).toBe('NOT_FOUND');
    expect(code(await server.gql(ops.send, { input: { roomId, body: 'x', threadRootId: root.id } }, eve.token))).toBe('NOT_FOUND');
  });
});
