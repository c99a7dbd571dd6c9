// Cheering through the real API: many members on their own graphql-ws sockets, one watcher.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';
import { BURST_WINDOW_MS } from './cheering';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const events = `subscription ($roomId: ID!) {
  roomEvents(roomId: $roomId) {
    __typename
    ... on RoomReactionBurst { counts { emoji count } }
  }
}`;
const cheer = `mutation ($roomId: ID!, $emoji: String!) { sendRoomReaction(roomId: $roomId, emoji: $emoji) }`;
type Counts = { emoji: string; count: number }[];
type Event = { roomEvents: { __typename: string; counts?: Counts } };
const bursts = (list: Event[]) => list.filter((e) => e.roomEvents.__typename === 'RoomReactionBurst').map((e) => e.roomEvents.counts!);
const cheered = (list: Event[]) =>
  bursts(list)
    .flat()
    .reduce((sum, c) => sum + c.count, 0);

/** One operation over a graphql-ws client (mutations included), as a promise of its result. */
function execute(client: Client, query: string, variables: Record<string, unknown>): Promise<any> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query, variables }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
  });
}

describe('cheering over the API', () => {
  it('sums 1,000 cheers from 100 members into one burst per 250 ms window, with exact totals', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const members = await Promise.all(Array.from({ length: 100 }, (_, i) => guest(server, `Fan ${i}`)));
    await Promise.all(members.map((m) => server.gql(ops.joinRoom, { roomId }, m.token)));
    const sockets = members.map((m) => server.wsClient(m.token));
    await Promise.all(sockets.map((socket) => execute(socket, '{ me { id } }', {}))); // connected and ready

    const watcher = collect<Event>(server.wsClient(null), { query: events, variables: { roomId } }, (e) => cheered(e) >= 1000);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    // Of every 10 cheers: 5 🎉, 3 ⚽ and 2 ❤ (sent without its variation selector).
    const emojiFor = (k: number) => (k % 10 < 5 ? '🎉' : k % 10 < 8 ? '⚽' : '❤');
    const startedAt = Date.now();
    const results = await Promise.all(sockets.flatMap((socket, i) => Array.from({ length: 10 }, (_, j) => execute(socket, cheer, { roomId, emoji: emojiFor(i * 10 + j) }))));
    const elapsed = Date.now() - startedAt;
    expect(results.every((r) => r.data?.sendRoomReaction === true)).toBe(true);

    const received = bursts(await watcher.done);
    const totals = new Map<string, number>();
    for (const counts of received) for (const { emoji, count } of counts) totals.set(emoji, (totals.get(emoji) ?? 0) + count);
    expect(Object.fromEntries(totals)).toEqual({ '🎉': 500, '⚽': 300, '❤️': 200 });
    // Windows open with the first cheer and last 250 ms, so n windows need at least (n - 1) × 250 ms
    // of sending: all inside one window gives exactly one burst.
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received.length).toBeLessThanOrEqual(Math.floor(elapsed / BURST_WINDOW_MS) + 1);
    for (const counts of received) {
      expect(counts.map((c) => c.count)).toEqual([...counts.map((c) => c.count)].sort((a, b) => b - a));
    }
    if (elapsed < BURST_WINDOW_MS)
      expect(received).toEqual([
        [
          { emoji: '🎉', count: 500 },
          { emoji: '⚽', count: 300 },
          { emoji: '❤️', count: 200 },
        ],
      ]);
  });

  it('runs no timer and sends nothing while the room is quiet', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const watcher = collect<Event>(server.wsClient(null), { query: events, variables: { roomId } }, (e) => e.some((x) => x.roomEvents.__typename === 'MessageAdded'));
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    await server.gql(cheer, { roomId, emoji: '🎉' }, ana.token);
    await expect.poll(() => bursts(watcher.events)).toEqual([[{ emoji: '🎉', count: 1 }]]);
    // The window closed with its burst; with no timer left nothing can fire for the quiet windows
    // that follow, and a message sent now arrives with no burst before it.
    expect(server.app.domains.cheering.activeTimers()).toBe(0);
    await send(server, ana.token, roomId, 'marker');
    expect(bursts(await watcher.done)).toEqual([[{ emoji: '🎉', count: 1 }]]);
  });

  it('refuses anonymous callers, non-members, hidden rooms and anything but one emoji', async () => {
    const ana = await guest(server, 'Ana');
    const cy = await guest(server, 'Cy');
    const roomId = await room(server, ana.token);
    const hidden = await room(server, ana.token, { kind: 'PRIVATE' });
    const code = async (token: string | null, id: string, emoji = '🎉') => (await server.gql(cheer, { roomId: id, emoji }, token)).errors?.[0].extensions?.code;
    expect(await code(null, roomId)).toBe('UNAUTHENTICATED');
    expect(await code(cy.token, roomId)).toBe('FORBIDDEN');
    expect(await code(cy.token, hidden)).toBe('NOT_FOUND');
    expect(await code(ana.token, 'no-such-room')).toBe('NOT_FOUND');
    for (const bad of ['hi', '🎉🎉', '', '1']) expect(await code(ana.token, roomId, bad)).toBe('BAD_USER_INPUT');
    expect(server.app.domains.cheering.activeTimers()).toBe(0);
  });
});
