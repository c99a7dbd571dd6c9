// Property-based fuzzing of what clients type and pass, with a seeded generator (seededRandom.ts):
// - a body the server accepts comes back byte-exact (after String.prototype.trim, the documented
//   trim) from sendMessage, messages() and roomEvents; any other body is refused with a clean code;
// - random ids, cursors, numbers and search text never get a 5xx or "Unexpected error." over HTTP,
//   and never "Unexpected error." or a 4500 close over WebSocket.
// A failure names its seed and case; FUZZ_SEED=<seed> replays one seed, FUZZ_CASES sets the count.
// (Longer than most files: the three properties share one server and the operation lists.)
// It found two bugs, kept as regression tests in loneSurrogates.test.ts and wsVariableErrors.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, startServer, type GqlResult, type TestServer } from '../harness';
import { openRawSocket } from '../rawSocket';
import { isBlank, textProblem } from '../../text/plainText';
import { fuzzBody, fuzzCursor, fuzzId, fuzzInt, fuzzSeeds, hasLoneSurrogate, seeded, text, type Random } from './seededRandom';

const SEEDS = fuzzSeeds([101, 202, 303]);
const CASES = Number(process.env.FUZZ_CASES ?? 150);
const MAX_LENGTH = 4000; // MAX_MESSAGE_LENGTH's default

const sendWithId = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id seq body clientMessageId status } }`;
const history = `query ($roomId: ID!, $after: String) {
  messages(roomId: $roomId, first: 100, after: $after) { edges { cursor node { id body } } pageInfo { hasNextPage endCursor } }
}`;

let server: TestServer;
let owner: { token: string; id: string };
beforeAll(async () => {
  server = await startServer();
  owner = await guest(server, 'Fuzz');
});
afterAll(() => server.stop());

/** A PUBLIC room of the owner's where nothing is masked or held: profanity and links allowed. */
async function openRoom(): Promise<string> {
  const roomId = await room(server, owner.token, { kind: 'PUBLIC' });
  const settings = `mutation ($roomId: ID!) { updateRoomSettings(roomId: $roomId, settings: { profanity: ALLOW, linkPolicy: ALLOW }) { lastSeq } }`;
  const changed = await server.gql(settings, { roomId }, owner.token);
  if (!changed.data) throw new Error(JSON.stringify(changed.errors));
  return roomId;
}

/** The property every answer must have, whatever was asked: no server error, nothing unexpected. */
function expectCleanAnswer(result: GqlResult, context: string): void {
  expect(result.status, context).toBeLessThan(500);
  for (const error of result.errors ?? []) {
    expect(error.message, context).not.toBe('Unexpected error.');
  }
}

function errorCode(result: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * A clientMessageId that is clearly valid (≤ 50 code points, so ≤ 100 UTF-16 units, no control
 * characters) or clearly not (empty, over 100 code points, with a lone surrogate or a control character).
 */
function fuzzClientMessageId(random: Random, label: string): { id: string | null; valid: boolean } {
  const roll = random.next();
  if (roll < 0.5) return { id: null, valid: true };
  if (roll < 0.85) return { id: [...text(random, random.int(0, 30)).replace(/\p{Cc}/gu, '')].slice(0, 36).join('') + label, valid: true };
  if (roll < 0.89) return { id: '', valid: false };
  if (roll < 0.91) return { id: `${label}${text(random, 1, ['loneSurrogate'])}`, valid: false };
  if (roll < 0.93) return { id: `${label}\u0000`, valid: false };
  let id = label;
  while ([...id].length <= 100) id += text(random, 20);
  return { id, valid: false };
}

describe.each(SEEDS)('fuzzing with seed %i', (seed) => {
  it('accepted bodies round-trip byte-exact through sendMessage, messages and roomEvents; others are refused cleanly', { timeout: 60_000 }, async () => {
    const random = seeded(seed);
    const roomId = await openRoom();
    const accepted = new Map<string, string>(); // message id → the body as it must come back
    const live = collect<any>(
      server.wsClient(null),
      { query: ops.roomEvents, variables: { roomId, afterSeq: 1 } },
      (events) => events.some((e) => e.roomEvents.message?.body === `end of seed ${seed}`),
      45_000,
      (e) => e.roomEvents.__typename === 'MessageAdded',
    );
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);

    const outcomes: Record<string, number> = {};
    for (let i = 0; i < CASES; i++) {
      const { body, shape } = fuzzBody(random, MAX_LENGTH);
      const clientMessageId = fuzzClientMessageId(random, `#${seed}.${i}`);
      const context = `seed ${seed} case ${i} (${shape}, clientMessageId ${JSON.stringify(clientMessageId.id)?.slice(0, 60)}): ${JSON.stringify(body).slice(0, 300)}`;
      const result = await server.gql(sendWithId, { input: { roomId, body, clientMessageId: clientMessageId.id } }, owner.token);
      expectCleanAnswer(result, context);
      const trimmed = body.trim();
      const outcome = result.data?.sendMessage ? 'accepted' : (errorCode(result) ?? 'no code');
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;

      // The character rules themselves are tested in plainText.test.ts; here they only sort the cases.
      if (isBlank(trimmed) || [...trimmed].length > MAX_LENGTH || hasLoneSurrogate(body) || textProblem(body, 'body') || !clientMessageId.valid) {
        expect(errorCode(result), context).toBe('BAD_USER_INPUT');
        continue;
      }
      if (errorCode(result) === 'MESSAGE_BLOCKED') continue; // flood or repeat rules: a clean refusal
      expect(result.errors, context).toBeUndefined();
      expect(result.data.sendMessage, context).toMatchObject({ body: trimmed, clientMessageId: clientMessageId.id, status: 'PUBLISHED' });
      accepted.set(result.data.sendMessage.id, trimmed);
    }
    const end = await server.gql(sendWithId, { input: { roomId, body: `end of seed ${seed}` } }, owner.token);
    accepted.set(end.data.sendMessage.id, `end of seed ${seed}`);
    console.log(`seed ${seed}: ${JSON.stringify(outcomes)}`);
    expect(accepted.size).toBeGreaterThan(CASES / 3); // the property was exercised, not refused away

    // Read back through history, every page.
    const stored = new Map<string, string>();
    for (let after: string | null = null; ;) {
      const page: GqlResult = await server.gql(history, { roomId, after }, owner.token);
      expectCleanAnswer(page, `seed ${seed}: history after ${after}`);
      for (const { node } of page.data.messages.edges) stored.set(node.id, node.body);
      if (!page.data.messages.pageInfo.hasNextPage) break;
      after = page.data.messages.pageInfo.endCursor;
    }
    // And through the live stream.
    const streamed = new Map<string, string>((await live.done).map((e) => [e.roomEvents.message.id, e.roomEvents.message.body]));
    for (const [id, body] of accepted) {
      expect(stored.get(id), `seed ${seed}: message ${id} in history`).toBe(body);
      expect(streamed.get(id), `seed ${seed}: message ${id} in roomEvents`).toBe(body);
    }
  });

  it('random ids, cursors, numbers and search text over HTTP: never a 5xx, never "Unexpected error."', { timeout: 60_000 }, async () => {
    const random = seeded(seed + 1);
    const roomId = await openRoom();
    const ids: string[] = [roomId, owner.id];
    const cursors: string[] = [];
    for (let i = 0; i < 5; i++) {
      const sent = await server.gql(sendWithId, { input: { roomId, body: `message ${i} of seed ${seed}` } }, owner.token);
      ids.push(sent.data.sendMessage.id);
    }
    const page = await server.gql(history, { roomId, after: null }, owner.token);
    cursors.push(...page.data.messages.edges.map((e: { cursor: string }) => e.cursor));

    const room = () => (random.chance(0.5) ? roomId : fuzzId(random, ids));
    const operations: [string, () => Record<string, unknown>][] = [
      [`query ($id: ID!) { message(id: $id) { id body } }`, () => ({ id: fuzzId(random, ids) })],
      [`query ($id: ID!) { room(id: $id) { id lastSeq viewerCount } }`, () => ({ id: fuzzId(random, ids) })],
      [
        `query ($r: ID!, $n: Int, $c: String) { messages(roomId: $r, first: $n, after: $c) { edges { cursor } } }`,
        () => ({ r: room(), n: fuzzInt(random), c: fuzzCursor(random, cursors) }),
      ],
      [
        `query ($r: ID!, $n: Int, $c: String) { messages(roomId: $r, last: $n, before: $c) { edges { cursor } } }`,
        () => ({ r: room(), n: fuzzInt(random), c: fuzzCursor(random, cursors) }),
      ],
      [`query ($id: ID!, $c: String) { thread(rootId: $id, first: 10, after: $c) { edges { cursor } } }`, () => ({ id: fuzzId(random, ids), c: fuzzCursor(random, cursors) })],
      [`query ($n: Int, $c: String) { rooms(first: $n, after: $c) { edges { cursor } } }`, () => ({ n: fuzzInt(random), c: fuzzCursor(random, cursors) })],
      [
        `query ($r: ID!, $q: String!, $c: String) { searchMessages(roomId: $r, query: $q, after: $c) { edges { snippet } } }`,
        () => ({ r: room(), q: text(random, random.int(0, 12)), c: fuzzCursor(random, cursors) }),
      ],
      [`query ($r: ID!, $c: String) { onlineMembers(roomId: $r, after: $c) { edges { cursor } } }`, () => ({ r: room(), c: fuzzCursor(random, cursors) })],
      [`query ($r: ID!, $c: String) { moderationLog(roomId: $r, after: $c) { edges { cursor } } }`, () => ({ r: room(), c: fuzzCursor(random, cursors) })],
      [`query ($r: ID!, $c: String) { reports(roomId: $r, after: $c) { edges { cursor } } }`, () => ({ r: room(), c: fuzzCursor(random, cursors) })],
      [`query ($r: ID!, $c: String) { heldMessages(roomId: $r, after: $c) { edges { cursor } } }`, () => ({ r: room(), c: fuzzCursor(random, cursors) })],
      [`query ($r: ID!) { readMarkers(roomId: $r) { seq } }`, () => ({ r: room() })],
      [`mutation ($r: ID!, $seq: Int!) { markRead(roomId: $r, seq: $seq) { lastReadSeq } }`, () => ({ r: room(), seq: fuzzInt(random) })],
      [
        `mutation ($id: ID!, $e: String!) { addReaction(messageId: $id, emoji: $e) { id } }`,
        () => ({ id: random.chance(0.5) ? random.pick(ids.slice(2)) : fuzzId(random, ids), e: text(random, random.int(0, 3)) }),
      ],
      [`mutation ($id: ID!, $e: String!) { removeReaction(messageId: $id, emoji: $e) { id } }`, () => ({ id: fuzzId(random, ids), e: text(random, random.int(0, 3)) })],
      [`mutation ($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, () => ({ id: fuzzId(random, ids), b: text(random, 5) })],
      [`mutation ($id: ID!) { deleteMessage(id: $id) { id } }`, () => ({ id: fuzzId(random, ids) })],
      [`mutation ($id: ID!) { pinMessage(messageId: $id) { id } }`, () => ({ id: fuzzId(random, ids) })],
      [`mutation ($id: ID!, $why: String!) { reportMessage(messageId: $id, reason: $why) { id } }`, () => ({ id: fuzzId(random, ids), why: text(random, random.int(0, 20)) })],
      [`mutation ($r: ID!, $e: String!) { sendRoomReaction(roomId: $r, emoji: $e) }`, () => ({ r: room(), e: text(random, random.int(0, 3)) })],
      [`mutation ($r: ID!) { setTyping(roomId: $r, typing: true) }`, () => ({ r: room() })],
      [`mutation ($r: ID!) { joinRoom(roomId: $r) { id } }`, () => ({ r: fuzzId(random, ids) })],
      [`mutation ($r: ID!, $u: ID!) { timeoutUser(roomId: $r, userId: $u, seconds: 1, reason: "fuzz") { role } }`, () => ({ r: room(), u: fuzzId(random, ids) })],
      [`mutation ($u: ID!) { openDirectRoom(userId: $u) { id } }`, () => ({ u: fuzzId(random, ids) })],
      [
        `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
        () => ({
          input: {
            roomId: room(),
            body: `reply ${random.int(0, 1e9)}`,
            replyToId: random.chance(0.5) ? fuzzId(random, ids) : null,
            threadRootId: random.chance(0.5) ? fuzzId(random, ids) : null,
          },
        }),
      ],
    ];
    const existing = new Set(ids);
    for (let i = 0; i < CASES; i++) {
      const [query, variablesOf] = random.pick(operations);
      const variables = variablesOf();
      const touchesRealMessage = /deleteMessage|editMessage|pinMessage/.test(query) && existing.has(variables.id as string);
      if (touchesRealMessage) continue;
      const token = random.chance(0.8) ? owner.token : null;
      const result = await server.gql(query, variables, token);
      expectCleanAnswer(result, `seed ${seed} case ${i}: ${query.slice(0, 60)} with ${JSON.stringify(variables).slice(0, 300)}`);
    }
  });

  it('random arguments over WebSocket: never "Unexpected error.", never a 4500 close; junk frames never a 4500 either', { timeout: 60_000 }, async () => {
    const random = seeded(seed + 2);
    const roomId = await openRoom();
    const ids = [roomId, owner.id];
    const socket = await openRawSocket(server.wsUrl, { token: random.chance(0.5) ? owner.token : null });
    const operations: [string, () => Record<string, unknown>][] = [
      [
        ops.roomEvents,
        () => ({ roomId: random.chance(0.5) ? roomId : fuzzId(random, ids), afterSeq: random.chance(0.8) ? fuzzInt(random) : random.pick<unknown>([null, '1', 1.5, true, []]) }),
      ],
      [`query ($id: ID!) { message(id: $id) { id } }`, () => ({ id: fuzzId(random, ids) })],
      [
        `query ($r: ID!, $c: String) { messages(roomId: $r, first: 5, after: $c) { edges { cursor } } }`,
        () => ({ r: random.chance(0.5) ? roomId : fuzzId(random, ids), c: fuzzCursor(random, []) }),
      ],
      [`query ($r: ID!, $q: String!) { searchMessages(roomId: $r, query: $q) { edges { snippet } } }`, () => ({ r: roomId, q: text(random, random.int(0, 12)) })],
      [sendWithId, () => ({ input: { roomId, body: fuzzBody(random, MAX_LENGTH).body } })],
    ];
    // In batches, to stay under the per-socket operation cap: each operation answered (error,
    // complete, or an event) before the next batch, and live subscriptions completed. A live
    // roomEvents of the real room with nothing to replay (afterSeq null or past the last seq) may
    // stay silent: a query sent after the batch, once answered, stands in for it.
    const mayStaySilent = (query: string, variables: Record<string, unknown>) =>
      query === ops.roomEvents && variables.roomId === roomId && (variables.afterSeq === null || (variables.afterSeq as number) >= 1);
    for (let batch = 0; batch < CASES / 10; batch++) {
      const sent: { id: string; context: string; silent: boolean }[] = [];
      for (let i = 0; i < 10; i++) {
        const [query, variablesOf] = random.pick(operations);
        const variables = variablesOf();
        const id = `${batch}.${i}`;
        sent.push({ id, silent: mayStaySilent(query, variables), context: `seed ${seed} operation ${id}: ${query.slice(0, 60)} with ${JSON.stringify(variables).slice(0, 300)}` });
        socket.subscribe(id, query, variables);
      }
      socket.subscribe(`${batch}.end`, '{ __typename }');
      await expect.poll(() => socket.of(`${batch}.end`).some((m) => m.type === 'complete') || socket.closeCode() !== undefined, { timeout: 10_000 }).toBe(true);
      for (const { id, context, silent } of sent) {
        if (!silent) await expect.poll(() => socket.of(id).length > 0 || socket.closeCode() !== undefined, { timeout: 10_000, message: context }).toBe(true);
        expect(socket.closeCode(), context).toBeUndefined();
        if (!socket.of(id).some((m) => m.type === 'error' || m.type === 'complete')) socket.complete(id);
        expect(JSON.stringify(socket.of(id)), context).not.toContain('Unexpected error.');
      }
    }
    expect(JSON.stringify(socket.messages)).not.toContain('Unexpected error.');
    expect(socket.closeCode()).toBeUndefined();
    socket.socket.close();

    // Frames that break the protocol may close a socket (graphql-ws: 4400), but never as a server error.
    const junk = () =>
      random.pick<() => string>([
        () => text(random, random.int(1, 20)),
        () => JSON.stringify({ type: 'subscribe', id: random.int(0, 9), payload: text(random, 3) }),
        () => JSON.stringify({ type: 'subscribe', id: 'x', payload: { query: random.int(0, 9), variables: text(random, 3) } }),
        () => JSON.stringify({ type: 'subscribe', id: 'x', payload: { query: ops.roomEvents, variables: { roomId: [], afterSeq: {} } } }),
        () => JSON.stringify({ type: text(random, 4), id: text(random, 4) }),
        () => JSON.stringify({ type: 'complete', id: text(random, 4) }),
        () => JSON.stringify({ type: 'ping', payload: text(random, 8) }),
        () => JSON.stringify({ type: 'connection_init', payload: { authToken: fuzzId(random, ids) } }),
      ])();
    for (let i = 0; i < 10; i++) {
      const frame = junk();
      const raw = await openRawSocket(server.wsUrl);
      raw.socket.send(frame);
      raw.subscribe('after', '{ __typename }');
      await expect.poll(() => raw.of('after').length > 0 || raw.closeCode() !== undefined, { timeout: 10_000 }).toBe(true);
      const context = `seed ${seed} junk frame ${i}: ${JSON.stringify(frame).slice(0, 200)} → close ${raw.closeCode()} ${raw.closeReason()}`;
      expect(raw.closeCode(), context).not.toBe(4500);
      expect(raw.closeCode(), context).not.toBe(1011);
      expect(JSON.stringify(raw.messages), context).not.toContain('Unexpected error.');
      raw.socket.close();
    }
  });
});
