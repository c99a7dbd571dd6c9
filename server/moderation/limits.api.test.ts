import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  // Real limits, with a window long enough that no token comes back during a test, however slow.
  server = await startServer({ rateLimitsEnabled: true, messageRateLimit: { count: 3, windowMs: 60_000 } });
});
afterAll(() => server.stop());

const settings = `mutation ($roomId: ID!, $settings: RoomSettingsInput!) { updateRoomSettings(roomId: $roomId, settings: $settings) { id } }`;
const setRole = `mutation ($roomId: ID!, $userId: ID!, $role: RoomRole!) { setRole(roomId: $roomId, userId: $userId, role: $role) { role } }`;

async function setup(on: TestServer = server) {
  const owner = await guest(on, 'Owner');
  const ann = await guest(on, 'Ann');
  const roomId = await room(on, owner.token);
  await on.gql(ops.joinRoom, { roomId }, ann.token);
  return { owner, ann, roomId };
}

describe('message rate limit', () => {
  it('refuses the message past the burst with RATE_LIMITED and retryAfterMs, then allows it again', async () => {
    const quick = await startServer({ rateLimitsEnabled: true, messageRateLimit: { count: 3, windowMs: 3000 } });
    const { ann, roomId } = await setup(quick);
    // Sent at once, so the bucket (3 per 3 s) cannot refill between them however slow the machine is.
    const results = await Promise.all([0, 1, 2, 3].map((i) => send(quick, ann.token, roomId, `quick ${i}`)));
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
    expect(refused[0].status).toBe(429);
    const retryAfterMs = refused[0].errors![0].extensions!.retryAfterMs as number;
    expect(retryAfterMs).toBeGreaterThan(0);
    expect(retryAfterMs).toBeLessThanOrEqual(1000);
    await expect.poll(async () => (await send(quick, ann.token, roomId, 'patient')).errors, { timeout: 3000, interval: 100 }).toBeUndefined();
    await quick.stop();
  });

  it('holds over WebSocket as over HTTP, sharing one budget', async () => {
    const { ann, roomId } = await setup();
    const client = server.wsClient(ann.token);
    for (let i = 0; i < 2; i++) expect((await send(server, ann.token, roomId, `http ${i}`)).errors).toBeUndefined();
    await collect(client, { query: ops.send, variables: { input: { roomId, body: 'ws 1' } } }, () => true).done;
    await expect(collect(client, { query: ops.send, variables: { input: { roomId, body: 'ws 2' } } }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) } }],
    });
  });

  it('does not count a retry of a message already sent', async () => {
    const { ann, roomId } = await setup();
    for (let i = 0; i < 3; i++) await send(server, ann.token, roomId, `burst ${i}`, `c-${i}`);
    expect((await send(server, ann.token, roomId, 'burst 0', 'c-0')).errors).toBeUndefined();
  });
});

describe('slow mode', () => {
  it('makes members wait, exempts moderators, and says how long', async () => {
    const { owner, ann, roomId } = await setup();
    await server.gql(settings, { roomId, settings: { slowModeSeconds: 30 } }, owner.token);
    expect((await send(server, ann.token, roomId, 'first')).errors).toBeUndefined();
    const refused = await send(server, ann.token, roomId, 'second');
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].extensions?.retryAfterMs).toBeGreaterThan(29_000);
    expect(refused.errors?.[0].message).toMatch(/Slow mode/);
    expect((await send(server, owner.token, roomId, 'owner 1')).errors).toBeUndefined();
    expect((await send(server, owner.token, roomId, 'owner 2')).errors).toBeUndefined();
    await server.gql(setRole, { roomId, userId: ann.id, role: 'MODERATOR' }, owner.token);
    expect((await send(server, ann.token, roomId, 'as a moderator')).errors).toBeUndefined();
  });

  it('lets members post again once slow mode is turned off', async () => {
    const { owner, ann, roomId } = await setup();
    await server.gql(settings, { roomId, settings: { slowModeSeconds: 60 } }, owner.token);
    await send(server, ann.token, roomId, 'first');
    await server.gql(settings, { roomId, settings: { slowModeSeconds: 0 } }, owner.token);
    expect((await send(server, ann.token, roomId, 'second')).errors).toBeUndefined();
  });
});

describe('mutation budget', () => {
  it('limits every mutation per user, so cheering and typing cannot flood', async () => {
    const small = await startServer({ rateLimitsEnabled: true, mutationRateLimit: { count: 4, windowMs: 60_000 } });
    try {
      const ann = await guest(small, 'Ann');
      const roomId = await room(small, ann.token); // mutation 1
      const cheer = `mutation ($roomId: ID!) { sendRoomReaction(roomId: $roomId, emoji: "🔥") }`;
      for (let i = 0; i < 3; i++) expect((await small.gql(cheer, { roomId }, ann.token)).errors).toBeUndefined();
      const refused = await small.gql(cheer, { roomId }, ann.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
      const other = await guest(small, 'Bob');
      expect((await small.gql(ops.joinRoom, { roomId }, other.token)).errors).toBeUndefined();
    } finally {
      await small.stop();
    }
  });
});
