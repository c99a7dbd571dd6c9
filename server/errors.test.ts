import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echo, MAX_ECHO } from './errors';
import { guest, startServer, type TestServer } from './test/harness';

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

describe('error messages through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop(true));

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
});
