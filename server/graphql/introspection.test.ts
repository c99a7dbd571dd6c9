import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, startServer, type TestServer } from '../test/harness';

const schemaQuery = `{ __schema { queryType { name } } }`;
const typeQuery = `{ __type(name: "Room") { name } }`;

describe('introspection', () => {
  let on: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    on = await startServer();
    off = await startServer({ introspection: false });
  });
  afterAll(async () => {
    await on.stop();
    await off.stop();
  });

  it('is on by default, for GraphiQL', async () => {
    expect((await on.gql(schemaQuery)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('with INTROSPECTION=off refuses __schema and __type over HTTP and WebSocket, and answers other queries', async () => {
    for (const query of [schemaQuery, typeQuery]) {
      const refused = await off.gql(query);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].message).toMatch(/introspection/i);
    }
    await expect(collect(off.wsClient(null), { query: schemaQuery }, () => true).done).rejects.toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/introspection/i) })]),
    });
    expect((await off.gql(`{ me { id } }`)).data).toEqual({ me: null });
    expect((await off.gql(`{ rooms(first: 1) { __typename } }`)).data).toEqual({ rooms: { __typename: 'RoomConnection' } });
  });
});
