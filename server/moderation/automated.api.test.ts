import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, room, send, startServer, timeline, type TestServer } from '../test/harness';

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const settings = `mutation ($roomId: ID!, $settings: RoomSettingsInput!) { updateRoomSettings(roomId: $roomId, settings: $settings) { id } }`;
const sendFull = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id seq body status moderationReason } }`;
const held = `query ($roomId: ID!) { heldMessages(roomId: $roomId) { edges { node { id body status } } } }`;
const approve = `mutation ($id: ID!) { approveMessage(id: $id) { id seq status body } }`;
const reject = `mutation ($id: ID!) { rejectMessage(id: $id) { id status } }`;
const history = `query ($roomId: ID!) { messages(roomId: $roomId) { edges { node { id body } } } }`;
const log = `query ($roomId: ID!) { moderationLog(roomId: $roomId) { edges { node { action rule reason } } } }`;

/** A real classifier on loopback that answers what the test says, to the body it is sent. */
function classifier(answer: (body: string) => { status?: number; json?: unknown; raw?: string; delayMs?: number }) {
  const http: Server = createServer((request, response) => {
    let data = '';
    request.on('data', (chunk) => (data += chunk));
    request.on('end', () => {
      const reply = answer(JSON.parse(data).body);
      setTimeout(() => {
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        response.end(reply.raw ?? JSON.stringify(reply.json));
      }, reply.delayMs ?? 0);
    });
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    http.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/check`, close: () => new Promise((done) => http.close(() => done())) }),
    ),
  );
}

async function setup(server: TestServer) {
  const owner = await guest(server, 'Owner');
  const ann = await guest(server, 'Ann');
  const roomId = await room(server, owner.token);
  await server.gql(ops.joinRoom, { roomId }, ann.token);
  return { owner, ann, roomId };
}

describe('built-in rules', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('refuses a blocked term with MESSAGE_BLOCKED, storing and publishing nothing', async () => {
    const { owner, ann, roomId } = await setup(server);
    await server.gql(settings, { roomId, settings: { blockedTerms: ['spoiler'] } }, owner.token);
    const refused = await send(server, ann.token, roomId, 'huge SPOILER ahead');
    expect(code(refused)).toBe('MESSAGE_BLOCKED');
    expect(refused.errors?.[0].message).not.toMatch(/spoiler/i);
    expect((await server.gql(history, { roomId }, owner.token)).data.messages.edges).toEqual([]);
    expect((await server.gql(`query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, owner.token)).data.room.lastSeq).toBe(1);
    expect((await server.gql(log, { roomId }, owner.token)).data.moderationLog.edges[0].node).toMatchObject({ action: 'MESSAGE_BLOCKED', rule: 'BLOCKED_TERM' });
  });

  it('masks obfuscated profanity by default and stores the masked body; BLOCK refuses it', async () => {
    const { owner, ann, roomId } = await setup(server);
    const masked = await server.gql(sendFull, { input: { roomId, body: 'what a sh1t call' } }, ann.token);
    expect(masked.data.sendMessage.body).toMatch(/^what a \*+ call$/);
    expect(masked.data.sendMessage.moderationReason).toEqual(expect.any(String));
    expect((await server.gql(history, { roomId }, owner.token)).data.messages.edges[0].node.body).toBe(masked.data.sendMessage.body);
    await server.gql(settings, { roomId, settings: { profanity: 'BLOCK' } }, owner.token);
    expect(code(await send(server, ann.token, roomId, 'f u c k this'))).toBe('MESSAGE_BLOCKED');
  });

  it('holds a link for review: approve publishes it once with a new seq; reject publishes nothing', async () => {
    const { owner, ann, roomId } = await setup(server);
    await server.gql(settings, { roomId, settings: { linkPolicy: 'HOLD' } }, owner.token);
    const live = timeline(server.wsClient(owner.token), { roomId, afterSeq: 1 }, () => false);
    const first = (await server.gql(sendFull, { input: { roomId, body: 'see https://example.com/a', clientMessageId: 'h1' } }, ann.token)).data.sendMessage;
    const second = (await server.gql(sendFull, { input: { roomId, body: 'and www.example.org', clientMessageId: 'h2' } }, ann.token)).data.sendMessage;
    expect(first).toMatchObject({ status: 'HELD', seq: 0 });
    const byId = `query ($id: ID!) { message(id: $id) { id status } }`;
    expect((await server.gql(byId, { id: first.id }, ann.token)).data.message).toEqual({ id: first.id, status: 'HELD' });
    expect(code(await server.gql(byId, { id: first.id }))).toBe('NOT_FOUND');
    expect((await server.gql(sendFull, { input: { roomId, body: 'see https://example.com/a', clientMessageId: 'h1' } }, ann.token)).data.sendMessage.id).toBe(first.id);
    expect(code(await server.gql(held, { roomId }, ann.token))).toBe('FORBIDDEN');
    expect((await server.gql(held, { roomId }, owner.token)).data.heldMessages.edges.map((e: any) => e.node.id)).toEqual([first.id, second.id]);
    expect(code(await server.gql(approve, { id: first.id }, ann.token))).toBe('FORBIDDEN');
    const approved = (await server.gql(approve, { id: first.id }, owner.token)).data.approveMessage;
    expect(approved).toMatchObject({ id: first.id, seq: 2, status: 'PUBLISHED' });
    expect((await server.gql(approve, { id: first.id }, owner.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(reject, { id: second.id }, owner.token)).data.rejectMessage.status).toBe('REJECTED');
    expect(code(await server.gql(approve, { id: second.id }, owner.token))).toBe('BAD_USER_INPUT');
    await send(server, owner.token, roomId, 'marker');
    await expect.poll(() => live.events.length).toBe(2);
    expect(live.events.map((e: any) => [e.roomEvents.seq, e.roomEvents.message.body])).toEqual([
      [2, 'see https://example.com/a'],
      [3, 'marker'],
    ]);
    expect((await server.gql(held, { roomId }, owner.token)).data.heldMessages.edges).toEqual([]);
  });

  it('blocks the same message a third time within a minute', async () => {
    const { ann, roomId } = await setup(server);
    await send(server, ann.token, roomId, 'GOAL!!');
    await send(server, ann.token, roomId, 'goal!!');
    expect(code(await send(server, ann.token, roomId, 'Goal!!'))).toBe('MESSAGE_BLOCKED');
  });
});

describe('external classifier', () => {
  const cases = [
    { answer: { json: { action: 'ALLOW' } }, open: 'PUBLISHED', closed: 'PUBLISHED' },
    { answer: { json: { action: 'MASK', reason: 'rude', body: 'you are ***' } }, open: 'MASKED', closed: 'MASKED' },
    { answer: { json: { action: 'HOLD', reason: 'unsure' } }, open: 'HELD', closed: 'HELD' },
    { answer: { json: { action: 'BLOCK', reason: 'toxic' } }, open: 'BLOCKED', closed: 'BLOCKED' },
    { answer: { json: { action: 'ALLOW' }, delayMs: 1000 }, open: 'PUBLISHED', closed: 'HELD' },
    { answer: { status: 500, json: { error: 'down' } }, open: 'PUBLISHED', closed: 'HELD' },
    { answer: { raw: '{ not json' }, open: 'PUBLISHED', closed: 'HELD' },
  ] as const;

  for (const failMode of ['open', 'closed'] as const) {
    it(`applies each answer, and fails ${failMode} on a slow, broken or malformed classifier`, async () => {
      let current: (typeof cases)[number]['answer'] = cases[0].answer;
      const webhook = await classifier(() => current);
      const server = await startServer({ moderationWebhookUrl: webhook.url, moderationWebhookTimeoutMs: 300, moderationFailMode: failMode });
      try {
        const { ann, roomId } = await setup(server);
        for (const [i, testCase] of cases.entries()) {
          current = testCase.answer;
          const result = await server.gql(sendFull, { input: { roomId, body: `you are great ${i}` } }, ann.token);
          const outcome = result.errors
            ? code(result) === 'MESSAGE_BLOCKED' && 'BLOCKED'
            : result.data.sendMessage.status === 'HELD'
              ? 'HELD'
              : result.data.sendMessage.body === 'you are ***'
                ? 'MASKED'
                : 'PUBLISHED';
          expect({ case: i, outcome }).toEqual({ case: i, outcome: testCase[failMode] });
        }
      } finally {
        await server.stop();
        await webhook.close();
      }
    });
  }
});
