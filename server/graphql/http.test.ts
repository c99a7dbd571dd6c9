import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const post = (body: string, headers: Record<string, string> = {}) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP', () => {
  it('answers malformed JSON with 400 and a readable error', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/JSON/i);
  });

  it('answers a syntax error and a validation error with errors, not a crash', async () => {
    const syntax = await (await post(JSON.stringify({ query: '{ me { id ' }))).json();
    expect(syntax.errors[0].message).toMatch(/Syntax Error/);
    const invalid = await (await post(JSON.stringify({ query: '{ noSuchField }' }))).json();
    expect(invalid.errors[0].message).toMatch(/noSuchField/);
  });

  it('refuses a request body over 1 MiB with 413 before parsing it', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toMatch(/too large/);
  });

  it('refuses a chunked body over 1 MiB, which has no Content-Length to check, with 413', async () => {
    const chunk = new TextEncoder().encode(`{"query": "{ me { id } }", "variables": {"pad": "${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20)
          controller.enqueue(chunk); // 1.25 MiB in all, never finished as JSON
        else controller.close();
      },
    });
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toMatch(/too large/);
  });

  it('answers a chunked body under the cap like any other request, authentication included', async () => {
    const joined = await (await post(JSON.stringify({ query: 'mutation { joinAsGuest(displayName: "Chunk") { token user { id } } }' }))).json();
    const { token, user } = joined.data.joinAsGuest;
    const text = new TextEncoder().encode(JSON.stringify({ query: '{ me { id displayName } }' }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(text.slice(0, 10));
        controller.enqueue(text.slice(10));
        controller.close();
      },
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(await response.json()).toEqual({ data: { me: { id: user.id, displayName: 'Chunk' } } });
  });

  it('serves GraphiQL to a browser at /graphql, wired for graphql-ws subscriptions', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Courtside GraphiQL');
    expect(html).toContain('"subscriptionsProtocol":"WS"');
  });

  it('masks an unexpected failure as "Unexpected error."', async () => {
    const result = await server.gql(`query ($id: ID!) { room(id: $id) { id } }`, { id: 'x' });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await server.database.sql('ALTER TABLE rooms RENAME TO rooms_gone');
    try {
      const broken = await server.gql(`query ($id: ID!) { room(id: $id) { id } }`, { id: 'x' });
      expect(broken.errors?.[0].message).toBe('Unexpected error.');
      expect(JSON.stringify(broken)).not.toContain('rooms');
    } finally {
      await server.database.sql('ALTER TABLE rooms_gone RENAME TO rooms');
    }
  });
});
