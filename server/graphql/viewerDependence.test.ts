// The `@viewerDependent` mark: every resolver that reads the viewer carries it, and live events name
// exactly the viewers who can see another value of a marked field.
import { getOperationAST, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { roomEventsDocument } from '../../client/src/events/roomEventStream';
import { buildSchema, resolverMaps, viewerRules } from './schema';
import { EVERYONE, isMarked, viewerDependence, type ViewerRules } from './viewerDependence';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** `Type.field` of every resolver outside the root types whose code reads `viewer`, and is not marked. */
function unmarkedViewerReads(schema: GraphQLSchema, maps: readonly object[]): string[] {
  const found: string[] = [];
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const type = schema.getType(typeName);
      if (ROOT_TYPES.has(typeName) || !isObjectType(type)) continue;
      for (const [fieldName, resolver] of Object.entries(fields as Record<string, unknown>)) {
        const code = String(typeof resolver === 'function' ? resolver : ((resolver as { resolve?: unknown })?.resolve ?? ''));
        const field = type.getFields()[fieldName];
        if (field && /\bviewer\b/.test(code) && !isMarked(field)) found.push(`${typeName}.${fieldName}`);
      }
    }
  }
  return found;
}

describe('the @viewerDependent mark', () => {
  it('is on every field whose resolver reads the viewer', () => {
    expect(unmarkedViewerReads(buildSchema(), resolverMaps)).toEqual([]);
  });

  it('is missed by the check above when a resolver reads the viewer without it', () => {
    const schema = createSchema({
      typeDefs: `directive @viewerDependent on FIELD_DEFINITION type Query { m: M } type M { a: String @viewerDependent, b: String, c: String }`,
      resolvers: {},
    });
    const maps = [
      {
        M: {
          a: (_: unknown, __: unknown, { viewer }: { viewer: unknown }) => viewer,
          b: (_: unknown, __: unknown, ctx: { viewer: unknown }) => ctx.viewer,
          c: () => 'same for all',
        },
      },
    ];
    expect(unmarkedViewerReads(schema, maps)).toEqual(['M.b']);
  });

  it('has a rule for each marked field the client document selects, so its live events never run per viewer', () => {
    const document = parse(roomEventsDocument);
    const marked = ['Message.clientMessageId', 'ReactionGroup.reactedByMe'];
    expect(Object.keys(viewerRules).sort()).toEqual(marked.sort());
    expect(roomEventsDocument).not.toMatch(/blockedTerms|myMembership/);
    expect(viewerDependence(buildSchema(), document, getOperationAST(document)!, viewerRules).marked).toBe(true);
  });
});

describe('who differs on a live event of the client document', () => {
  const schema = buildSchema();
  const document = parse(roomEventsDocument);
  const dependence = viewerDependence(schema, document, getOperationAST(document)!, viewerRules);
  const message = { id: 'm1', authorId: 'ana', author: null, replyTo: null, mentions: [], reactions: [] as object[] };

  it('names the author of a new message, and nobody else', () => {
    expect(dependence.differing({ type: 'MessageAdded', roomId: 'r', seq: 1, message })).toEqual(new Set(['ana']));
  });

  it('names the author and every reactor of an edited message', () => {
    const reactions = [
      { messageId: 'm1', emoji: '🔥', count: 2, reactorIds: ['ben', 'cai'] },
      { messageId: 'm1', emoji: '👏', count: 1, reactorIds: ['ben'] },
    ];
    expect(dependence.differing({ type: 'MessageEdited', roomId: 'r', seq: 2, message: { ...message, reactions } })).toEqual(new Set(['ana', 'ben', 'cai']));
  });

  it('names nobody for events without a marked field: a reaction change, a deletion, a room update, cheering', () => {
    for (const event of [
      { type: 'ReactionChanged', messageId: 'm1' },
      { type: 'MessageDeleted', messageId: 'm1' },
      { type: 'RoomUpdated', room: {} },
      { type: 'RoomReactionBurst', counts: [] },
    ]) {
      expect(dependence.differing({ roomId: 'r', ...event })).toEqual(new Set());
    }
  });

  it('names everyone when the event does not carry what a rule needs (a message read back for a replay)', () => {
    expect(dependence.differing({ type: 'MessageAdded', roomId: 'r', seq: 1, message: { id: 'm1', authorId: 'ana' } })).toBe(EVERYONE);
  });

  it('names everyone for a marked field without a rule, and nobody for a document without marked fields', () => {
    const own = parse(`subscription { roomEvents(roomId: "r") { ... on RoomUpdated { room { myMembership { role } } } } }`);
    const plain = parse(`subscription { roomEvents(roomId: "r") { ... on MessageAdded { message { body } } } }`);
    const rules: ViewerRules = {};
    expect(viewerDependence(schema, own, getOperationAST(own)!, rules).differing({ type: 'RoomUpdated', roomId: 'r', room: {} })).toBe(EVERYONE);
    expect(viewerDependence(schema, own, getOperationAST(own)!, rules).differing({ type: 'MessageAdded', roomId: 'r', message })).toEqual(new Set());
    expect(viewerDependence(schema, plain, getOperationAST(plain)!, rules).marked).toBe(false);
  });
});
