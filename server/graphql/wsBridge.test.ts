import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, prose, room, send, startServer, timeline, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  // The slow-consumer test sends 3000 messages as one user: per-user rate limits off, as for benchmarks.
  server = await startServer({ subscriberQueueLimit: 200, socketBufferLimit: 256 * 1024, replayLimit: 5000, rateLimitsEnabled: false });
});
afterAll(() => server.stop());

/** A raw graphql-transport-ws connection, to see exactly what the server sends per operation. */
async function rawSocket(token?: string) {
  const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  const messages: any[] = [];
  let closeCode: number | undefined;
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  socket.on('close', (code) => (closeCode = code));
  await new Promise((resolve) => socket.on('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authToken: token } : {} }));
  await expect.poll(() => messages.some((m) => m.type === 'connection_ack')).toBe(true);
  return {
    socket,
    messages,
    closeCode: () => closeCode,
    subscribe: (id: string, query: string, variables?: object) => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
    of: (id: string) => messages.filter((m) => m.id === id),
    /** The durable room events delivered for `id`, leaving out presence and other ephemeral ones. */
    timelineOf: (id: string) => messages.filter((m) => m.id === id && m.payload?.data?.roomEvents?.seq !== undefined),
  };
}

describe('graphql-ws bridge', () => {
  it('answers a bad document, a failed validation and bad variables with an error for that operation only', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await rawSocket(ana.token);
    ws.subscribe('live', ops.roomEvents, { roomId, afterSeq: 0 });
    ws.subscribe('syntax', 'subscription { roomEvents(roomId: "x" ');
    ws.subscribe('invalid', 'subscription { roomEvents(roomId: "x") { noSuchField } }');
    ws.subscribe('variables', ops.roomEvents, { roomId: 42, afterSeq: 'zero' });
    ws.subscribe('no-room', ops.roomEvents, { roomId: 'nope' });
    for (const id of ['syntax', 'invalid', 'variables', 'no-room']) {
      await expect.poll(() => ws.of(id).map((m) => m.type)).toEqual(['error']);
    }
    expect(ws.of('no-room')[0].payload[0].extensions.code).toBe('NOT_FOUND');
    await send(server, ana.token, roomId, 'still here');
    await expect.poll(() => ws.timelineOf('live').map((m) => m.payload.data.roomEvents.message.body)).toEqual(['still here']);
    expect(ws.closeCode()).toBeUndefined();
    ws.socket.close();
  });

  it('closes a socket that sends a frame over 1 MiB with 1009, leaving other sockets alone', async () => {
    const big = await rawSocket();
    const other = await rawSocket();
    big.subscribe('huge', ops.roomEvents, { roomId: 'x'.repeat(1024 * 1024) });
    await expect.poll(() => big.closeCode()).toBe(1009);
    other.subscribe('ok', '{ me { id } }');
    await expect.poll(() => other.of('ok').map((m) => m.type)).toEqual(['next', 'complete']);
    other.socket.close();
  });

  it("runs queries and mutations over the socket with the connection's identity", async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const client = server.wsClient(ana.token);
    const sent = await collect(client, { query: ops.send, variables: { input: { roomId, body: 'over ws' } } }, () => true).done;
    expect(sent[0].sendMessage).toMatchObject({ body: 'over ws', author: { id: ana.id } });
    const anonymous = server.wsClient(null);
    await expect(collect(anonymous, { query: ops.send, variables: { input: { roomId, body: 'x' } } }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('closes a subscriber that stops reading with retryable 1013, keeps others whole, and lets it resume', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const viewer = await server.app.domains.users.authenticate(ana.token);
    const total = 3000;
    const healthy = timeline(server.wsClient(null), { roomId, afterSeq: 0 }, (e) => e.length === total, 60_000);
    const stalled = await rawSocket();
    stalled.subscribe('s', ops.roomEvents, { roomId, afterSeq: 0 });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(2);
    (stalled.socket as any)._socket.pause(); // stop reading: the kernel buffers fill, then the server's queue

    // The server closes the stalled socket with 1013 and cuts it off 2 s later: start reading again
    // as soon as it is closing, so the close frame can still arrive.
    let resumed = false;
    for (let i = 0; i < total; i++) {
      await server.app.domains.messages.send(viewer, { roomId, body: prose(4000, i) });
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!resumed && [...server.app.wss.clients].some((socket) => socket.readyState === socket.CLOSING)) {
        (stalled.socket as any)._socket.resume();
        resumed = true;
      }
    }
    expect(resumed).toBe(true);
    expect((await healthy.done).map((e) => e.roomEvents.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(0);
    await expect.poll(() => stalled.closeCode(), { timeout: 10_000 }).toBeDefined();
    expect(stalled.closeCode()).toBe(1013);
    const seen = stalled.timelineOf('s').map((m) => m.payload.data.roomEvents.seq);
    expect(seen.length).toBeLessThan(total);
    const lastSeq = seen.at(-1) ?? 0;
    const caughtUp = await timeline(server.wsClient(null), { roomId, afterSeq: lastSeq }, (e) => e.at(-1)?.roomEvents.seq === total, 30_000).done;
    expect(caughtUp.map((e) => e.roomEvents.seq)).toEqual(Array.from({ length: total - lastSeq }, (_, i) => lastSeq + i + 1));
  });
});
