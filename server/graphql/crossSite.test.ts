// Cross-site protection through the real server: CSRF and Origin checks over HTTP, CORS answers, and
// the Origin allow-list on the WebSocket upgrade.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket, upgradeStatus } from '../test/rawSocket';
import { guest, ops, room, send, startServer, type TestServer } from '../test/harness';

const LISTED = 'https://app.example';
const FOREIGN = 'https://evil.example';

let server: TestServer;
let ownOrigin: string;
beforeAll(async () => {
  server = await startServer({ allowedOrigins: [LISTED] });
  ownOrigin = new URL(server.url).origin;
});
afterAll(() => server.stop());

const query = JSON.stringify({ query: '{ __typename }' });
const post = (headers: Record<string, string>, body = query) => fetch(server.url, { method: 'POST', headers, body });

describe('CSRF prevention over HTTP', () => {
  it('refuses form-encoded, multipart and text/plain POSTs with 403 before parsing them', async () => {
    const form = await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'query=%7B__typename%7D');
    const multipart = await post({ 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--');
    const text = await post({ 'content-type': 'text/plain' });
    for (const response of [form, multipart, text]) {
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/cross-site request forgery/), extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a GET without a preflight header and answers one with it', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(403);
    const withHeader = await fetch(url, { headers: { 'x-graphql-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a JSON POST without an Origin header, as curl and servers send it', async () => {
    const response = await post({ 'content-type': 'application/json' });
    expect([response.status, await response.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});

describe('Origin checks over HTTP', () => {
  it('refuses a request from a foreign origin with 403, even as JSON', async () => {
    const response = await post({ 'content-type': 'application/json', origin: FOREIGN });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it("answers the server's own origin (GraphiQL) and a listed one", async () => {
    for (const origin of [ownOrigin, LISTED]) {
      const response = await post({ 'content-type': 'application/json', origin });
      expect(response.status).toBe(200);
    }
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const listed = await preflight(LISTED);
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(listed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(listed.headers.get('vary')).toMatch(/Origin/);
    const foreign = await preflight(FOREIGN);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still serves GraphiQL to a browser', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Courtside GraphiQL');
  });
});

describe('Origin checks on the WebSocket upgrade', () => {
  it('refuses a foreign origin with 403 before any WebSocket exists', async () => {
    const before = server.app.wss.clients.size;
    expect(await upgradeStatus(server.wsUrl, { origin: FOREIGN })).toBe(403);
    expect(await upgradeStatus(server.wsUrl, { origin: 'null' })).toBe(403);
    expect(server.app.wss.clients.size).toBe(before);
  });

  it('upgrades without an Origin, from its own origin, a listed one and (in development) the Vite dev server', async () => {
    const cases: Record<string, string>[] = [{}, { origin: ownOrigin }, { origin: LISTED }, { origin: 'http://localhost:5173' }];
    for (const headers of cases) {
      expect(await upgradeStatus(server.wsUrl, headers)).toBe(101);
    }
  });

  it("runs GraphiQL's subscriptions from the server's own origin", async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await openRawSocket(server.wsUrl, { origin: ownOrigin });
    ws.subscribe('live', ops.roomEvents, { roomId });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    await send(server, ana.token, roomId, 'hello GraphiQL');
    await expect.poll(() => ws.timelineOf('live').map((m) => m.payload.data.roomEvents.message.body)).toEqual(['hello GraphiQL']);
    ws.socket.close();
  });
});

describe('Origin checks in production', () => {
  it('refuses loopback origins other than its own', async () => {
    const production = await startServer({ production: true });
    try {
      expect(await upgradeStatus(production.wsUrl, { origin: 'http://localhost:5173' })).toBe(403);
      expect(await upgradeStatus(production.wsUrl, { origin: new URL(production.url).origin })).toBe(101);
      const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' }, body: query });
      expect(response.status).toBe(403);
    } finally {
      await production.stop();
    }
  });
});
