// The WebSocket's own limits through the real server: connection_init timeout, operations per
// socket, sockets per user, and a token's expiry closing the sockets opened with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket } from '../test/rawSocket';
import { guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ connectionInitTimeoutMs: 150, maxSubscriptionsPerSocket: 3, maxSocketsPerUser: 2 });
});
afterAll(() => server.stop());

const PASSWORD = 'correct horse battery staple';

/** Two tokens of one account, as from two devices. */
async function twoTokens(username: string): Promise<[string, string]> {
  const signUp = await server.gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, {
    input: { username, password: PASSWORD, displayName: username },
  });
  const signIn = await server.gql(`mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, { u: username, p: PASSWORD });
  return [signUp.data.signUp.token, signIn.data.signIn.token];
}

/** Moves a user's sessions' expiry, as time passing would. */
function expireSessions(on: TestServer, userId: string, atMs: number): Promise<unknown> {
  return on.database.sql('UPDATE sessions SET expires_at = $1 WHERE user_id = $2', [new Date(atMs), userId]);
}

describe('WebSocket limits', () => {
  it('closes a socket that sends no connection_init in time with 4408', async () => {
    const idle = await openRawSocket(server.wsUrl, { init: false });
    await expect.poll(() => idle.closeCode()).toBe(4408);
  });

  it('refuses the operation past the per-socket cap with an error for it alone; the others keep receiving', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await openRawSocket(server.wsUrl, { token: ana.token });
    for (const id of ['a', 'b', 'c']) ws.subscribe(id, ops.roomEvents, { roomId });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(3);
    ws.subscribe('d', ops.roomEvents, { roomId });
    await expect.poll(() => ws.of('d').map((m) => m.type)).toEqual(['error']);
    expect(ws.of('d')[0].payload[0]).toMatchObject({ message: expect.stringMatching(/runs 3 operations/), extensions: { code: 'RATE_LIMITED', limit: 3 } });

    await send(server, ana.token, roomId, 'one');
    for (const id of ['a', 'b', 'c']) await expect.poll(() => ws.timelineOf(id).length).toBe(1);
    ws.complete('a');
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(2);
    ws.subscribe('e', ops.roomEvents, { roomId });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(3);
    expect(ws.of('e')).toEqual([]);
    expect(ws.closeCode()).toBeUndefined();
    ws.socket.close();
  });

  it("refuses a user's socket past the cap at connection_init with 4429, counting every token of theirs", async () => {
    const [laptop, phone] = await twoTokens('capped');
    const first = await openRawSocket(server.wsUrl, { token: laptop });
    const second = await openRawSocket(server.wsUrl, { token: phone });
    const third = await openRawSocket(server.wsUrl, { token: laptop });
    expect([first.closeCode(), second.closeCode()]).toEqual([undefined, undefined]);
    expect(third.closeCode()).toBe(4429);
    expect(third.closeReason()).toMatch(/Too many open sockets for this user \(the limit is 2\)/);
    expect(third.messages.some((m) => m.type === 'connection_ack')).toBe(false);

    const anonymous = await openRawSocket(server.wsUrl);
    expect(anonymous.closeCode()).toBeUndefined();
    first.socket.close();
    await expect.poll(async () => (await openRawSocket(server.wsUrl, { token: laptop })).closeCode()).toBeUndefined();
  });

  it('closes a socket with 4403 when its token expires, and the token is refused from then on', async () => {
    const ana = await guest(server, 'Ana');
    // The socket's timer is armed at this expiry when it opens (the periodic re-check is an hour away).
    await expireSessions(server, ana.id, Date.now() + 300);
    const ws = await openRawSocket(server.wsUrl, { token: ana.token });
    expect(ws.closeCode()).toBeUndefined();
    await expect.poll(() => ws.closeCode()).toBe(4403);
    expect(ws.closeReason()).toMatch(/Session expired/);
    expect((await server.gql('{ me { id } }', {}, ana.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('closes a socket with 4403 at the next re-check when its session is cut short elsewhere', async () => {
    const rechecking = await startServer({ sessionRecheckMs: 50 });
    try {
      const ana = await guest(rechecking, 'Ana');
      const roomId = await room(rechecking, ana.token);
      const ws = await openRawSocket(rechecking.wsUrl, { token: ana.token });
      ws.subscribe('live', ops.roomEvents, { roomId });
      await expect.poll(() => rechecking.app.pubsub.subscriberCount('room', roomId)).toBe(1);
      await expireSessions(rechecking, ana.id, Date.now() - 1);
      await expect.poll(() => ws.closeCode()).toBe(4403);
      await expect.poll(() => rechecking.app.pubsub.subscriberCount('room', roomId)).toBe(0);
    } finally {
      await rechecking.stop();
    }
  });
});
