// Query limits through the real server: every abusive document is refused over HTTP and over
// WebSocket alike, cheaply (before anything executes), and on a socket only that operation fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery, Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket } from '../test/rawSocket';
import { guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const nested = (levels: number) => `${'replyTo { '.repeat(levels)}id${' }'.repeat(levels)}`;

/** Documents each limit refuses, with the message it refuses them with. */
const abusive = {
  depth: {
    query: `query ($roomId: ID!) { messages(roomId: $roomId, last: 1) { edges { node { ${nested(12)} } } } }`,
    message: /Query depth limit of 10 exceeded/,
  },
  aliases: { query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, message: /Aliases limit of 15 exceeded, found 100/ },
  tokens: { query: `{ ${'__typename '.repeat(5000)} }`, message: /Token limit of 2000 exceeded/ },
  cost: { query: `{ rooms(first: 10000) { edges { node { id name topic kind memberCount } } } }`, message: /Cost limit of 20000 exceeded/ },
  directives: { query: `{ ${'__typename @include(if: true) '.repeat(25)} }`, message: /Directives limit of 20 exceeded/ },
  introspectionCycle: {
    query: `{ __schema { types { fields { type { ofType { fields { type { ofType { fields { type { name } } } } } } } } } } }`,
    message: /Maximum introspection depth exceeded/,
  },
  variables: { query: `query ($x: String) { __typename }`, variables: { x: 'x'.repeat(300 * 1024) }, message: /variables are too large/ },
};

describe('query limits over HTTP', () => {
  for (const [name, { query, message, ...rest }] of Object.entries(abusive)) {
    it(`refuses ${name} before executing anything`, async () => {
      const variables = 'variables' in rest ? rest.variables : { roomId: 'r' };
      const result = await server.gql(query, variables);
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((e) => e.message).join('\n')).toMatch(message);
    });
  }

  it('never suggests field, argument or enum value names', async () => {
    const typo = await server.gql(`{ mee { id } rooms(frist: 1) { edges { cursor } } }`);
    const enumValue = await server.gql(`mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { name: 'x', kind: 'PUBLC' } });
    const literal = await server.gql(`mutation { createRoom(input: { name: "x", kind: PUBLC }) { id } }`);
    const messages = [typo, enumValue, literal].flatMap((result) => result.errors ?? []).map((e) => e.message);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    expect(messages.join('\n')).not.toMatch(/Did you mean|"me"|"first"|PUBLIC/);
  });

  it("answers GraphiQL's introspection query, which is deeper than the depth limit", async () => {
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, oneOf: true })]) {
      const result = await server.gql(query);
      expect(result.errors).toBeUndefined();
      expect(result.data.__schema.types.length).toBeGreaterThan(10);
    }
  });
});

describe('query limits over WebSocket', () => {
  it("refuses each abusive operation with an error for it alone; the socket's live subscription keeps receiving", async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await openRawSocket(server.wsUrl, { token: ana.token });
    ws.subscribe('live', ops.roomEvents, { roomId, afterSeq: 0 });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    for (const [name, { query, ...rest }] of Object.entries(abusive)) {
      ws.subscribe(name, query, 'variables' in rest ? rest.variables : { roomId });
    }
    for (const [name, { message }] of Object.entries(abusive)) {
      await expect.poll(() => ws.of(name).map((m) => m.type)).toEqual(['error']);
      expect(
        ws
          .of(name)[0]
          .payload.map((e: { message: string }) => e.message)
          .join('\n'),
      ).toMatch(message);
    }
    await send(server, ana.token, roomId, 'still live');
    await expect.poll(() => ws.timelineOf('live').map((m) => m.payload.data.roomEvents.message.body)).toEqual(['still live']);
    expect(ws.closeCode()).toBeUndefined();
    ws.socket.close();
  });

  it('never suggests names over the socket either', async () => {
    const ws = await openRawSocket(server.wsUrl);
    ws.subscribe('typo', `subscription { roomEvent(roomId: "x") { roomId } }`);
    ws.subscribe('enum', `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { name: 'x', kind: 'PUBLC' } });
    await expect.poll(() => ws.of('typo').length + ws.of('enum').length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify([ws.of('typo'), ws.of('enum')])).not.toMatch(/Did you mean|"roomEvents"|PUBLIC/);
    ws.socket.close();
  });
});

/** Every operation in client/src (`graphql(\`…\`)`), with the fragments it spreads, as the client sends it. */
function clientOperations(): Map<string, string> {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  const definitions: DefinitionNode[] = files(fileURLToPath(new URL('../../client/src', import.meta.url))).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)].flatMap((match) => parse(match[1]).definitions),
  );
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const operations = new Map<string, string>();
  for (const operation of definitions) {
    if (operation.kind !== 'OperationDefinition') continue;
    const used = new Set<string>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread: ({ name }) => {
          if (used.has(name.value) || !fragments.has(name.value)) return;
          used.add(name.value);
          collect(fragments.get(name.value)!);
        },
      });
    collect(operation);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((name) => fragments.get(name)!)] };
    operations.set(operation.name?.value ?? print(operation), print(document));
  }
  return operations;
}

describe("the client's own operations", () => {
  it('pass every query limit, through the same plugin chain as both transports', () => {
    const operations = clientOperations();
    expect(operations.size).toBeGreaterThanOrEqual(15);
    for (const [name, query] of operations) {
      const enveloped = server.app.yoga.getEnveloped({ viewer: null, onSlowConsumer: () => {}, params: { query } });
      const errors: readonly GraphQLError[] = enveloped.validate(enveloped.schema, enveloped.parse(query));
      const refusals = errors.filter((error) => error.extensions.code === 'BAD_USER_INPUT');
      expect(refusals.map((error) => `${name}: ${error.message}`)).toEqual([]);
    }
  });
});
