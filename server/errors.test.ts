import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutEchoes, echo, MAX_ECHO } from './errors';
import { collect, guest, startServer, type TestServer } from './test/harness';

describe('echo', () => {
  it('keeps short values and cuts long ones to MAX_ECHO characters with an ellipsis', () => {
    expect(echo('r1')).toBe('r1');
    expect(echo('x'.repeat(MAX_ECHO))).toBe('x'.repeat(MAX_ECHO));
    expect(echo('x'.repeat(100_000))).toBe(`${'x'.repeat(MAX_ECHO)}…`);
  });

  it('counts code points, so it never cuts an emoji in half', () => {
    const cut = echo('🏀'.repeat(100));
    expect(cut).toBe(`${'🏀'.repeat(MAX_ECHO)}…`);
    expect(cut.isWellFormed()).toBe(true);
  });
});

describe('cutEchoes', () => {
  it('cuts every long quoted value in a message and leaves short ones and the rest alone', () => {
    const long = 'a'.repeat(1000);
    expect(cutEchoes(`Variable "$first" got invalid value "${long}"; Int cannot represent non-integer value: "${long}"`)).toBe(
      `Variable "$first" got invalid value "${'a'.repeat(MAX_ECHO)}…"; Int cannot represent non-integer value: "${'a'.repeat(MAX_ECHO)}…"`,
    );
    expect(cutEchoes(`got invalid value { x: "${long}" }`)).toBe(`got invalid value { x: "${'a'.repeat(MAX_ECHO)}…" }`);
    expect(cutEchoes('Cannot query field "nope" on type "Query".')).toBe('Cannot query field "nope" on type "Query".');
    expect(cutEchoes(`"${'\\"'.repeat(100)}"`)).toHaveLength(MAX_ECHO + 3);
  });
});

describe('error messages through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it('do not echo a 100,000-character id or cursor back whole', async () => {
    const huge = 'a'.repeat(100_000);
    const ana = await guest(server, 'Ana');
    const answers = [
      await server.gql(`query ($id: ID!) { room(id: $id) { id } }`, { id: huge }, ana.token),
      await server.gql(`query ($id: ID!) { message(id: $id) { id } }`, { id: huge }, ana.token),
      await server.gql(`query ($after: String) { rooms(first: 5, after: $after) { edges { cursor } } }`, { after: huge }, ana.token),
      await server.gql(`mutation ($id: ID!) { openDirectRoom(userId: $id) { id } }`, { id: huge }, ana.token),
    ];
    for (const answer of answers) {
      const message = answer.errors?.[0].message ?? '';
      expect(message, message.slice(0, 80)).toMatch(/a…/);
      expect(message.length).toBeLessThan(MAX_ECHO + 100);
    }
  });

  it("cut what graphql-js's own messages quote: variable values and unknown fields, over HTTP and WebSocket", async () => {
    const huge = 'a'.repeat(100_000);
    const answers = [
      await server.gql(`query ($first: Int) { rooms(first: $first) { edges { cursor } } }`, { first: huge }),
      await server.gql(`query ($id: ID!) { room(id: $id) { id } }`, { id: { x: huge } }),
      await server.gql(`{ ${huge.slice(0, 5000)} }`),
    ];
    for (const answer of answers) {
      const message = answer.errors?.[0].message ?? '';
      expect(message, message.slice(0, 80)).toMatch(/a…"/);
      expect(message.length).toBeLessThan(2 * MAX_ECHO + 150);
    }
    const overSocket = collect(server.wsClient(null), { query: `query ($first: Int) { rooms(first: $first) { edges { cursor } } }`, variables: { first: huge } }, () => true);
    const error = await overSocket.done.catch((failure) => failure);
    expect(error.errors[0].message).toMatch(/a…"/);
    expect(error.errors[0].message.length).toBeLessThan(2 * MAX_ECHO + 150);
  });
});
