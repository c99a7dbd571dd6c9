// Shared execution against a small schema of the same shape as ours, with the real in-process
// pub/sub, counting how often a field is executed.
import { parse, type ExecutionResult } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createMemoryPubSub } from '../memoryPubSub';
import { subscribeShared } from './sharedExecution';

function setup() {
  const pubsub = createMemoryPubSub();
  let executions = 0;
  const schema = createSchema({
    typeDefs: /* GraphQL */ `
      type Query { ok: Boolean }
      type Event { text: String, myMembership: String }
      type Subscription { roomEvents(roomId: ID!, afterSeq: Int): Event }
    `,
    resolvers: {
      Subscription: {
        roomEvents: {
          subscribe: (_: unknown, { roomId }: { roomId: string }) => pubsub.subscribe('room', roomId, { limit: 100, onOverflow: () => {} }),
          resolve: (event: unknown) => event,
        },
      },
      Event: {
        text: (event: { type: string }) => {
          executions++;
          return event.type;
        },
        myMembership: (_: unknown, __: unknown, context: { viewer: { user: { id: string } } | null }) => context.viewer?.user.id ?? null,
      },
    },
  });
  const subscribe = async (query: string, variables: Record<string, unknown>, userId: string | null, sendPayload?: (json: Buffer) => undefined) => {
    const stream = await subscribeShared(
      {
      schema,
      document: documents.get(query) ?? documents.set(query, parse(query)).get(query)!,
      variableValues: variables,
      contextValue: { viewer: userId ? { user: { id: userId } } : null },
      },
      sendPayload,
    );
    return (stream as AsyncIterableIterator<ExecutionResult>)[Symbol.asyncIterator]();
  };
  const documents = new Map<string, ReturnType<typeof parse>>();
  const publish = () => pubsub.publish('room', 'r', { type: 'MembershipEnded', roomId: 'r', userId: 'x', readAccessLost: false });
  return { subscribe, publish, executions: () => executions, pubsub };
}

const plain = `subscription ($roomId: ID!, $afterSeq: Int) { roomEvents(roomId: $roomId, afterSeq: $afterSeq) { text } }`;
const personal = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { text myMembership } }`;

describe('shared execution of roomEvents', () => {
  it('executes a live event once for every subscriber of the same shape, whatever their afterSeq', async () => {
    const { subscribe, publish, executions } = setup();
    const streams = await Promise.all([
      subscribe(plain, { roomId: 'r', afterSeq: 1 }, null),
      subscribe(plain, { roomId: 'r', afterSeq: 7 }, 'ana'),
      subscribe(plain, { roomId: 'r' }, 'ben'),
    ]);
    const results = streams.map((stream) => stream.next());
    publish();
    for (const result of await Promise.all(results)) expect(result.value).toEqual({ data: { roomEvents: { text: 'MembershipEnded' } } });
    expect(executions()).toBe(1);
  });

  it('executes per viewer when the selection reads viewer-dependent fields, and per distinct variables', async () => {
    const { subscribe, publish, executions } = setup();
    const streams = await Promise.all([subscribe(personal, { roomId: 'r' }, 'ana'), subscribe(personal, { roomId: 'r' }, 'ben'), subscribe(personal, { roomId: 'r' }, 'ben')]);
    const results = streams.map((stream) => stream.next());
    publish();
    const values = (await Promise.all(results)).map((result) => (result.value as ExecutionResult<any>).data.roomEvents.myMembership);
    expect(values).toEqual(['ana', 'ben', 'ben']);
    expect(executions()).toBe(2);
  });

  it('with a socket to write to, pushes the same bytes to every subscriber of a group as the event is published', async () => {
    const { subscribe, publish, executions } = setup();
    const written: string[][] = [[], [], []];
    const streams = await Promise.all(written.map((into, i) => subscribe(plain, { roomId: 'r', afterSeq: i }, null, (json) => void into.push(json.toString()))));
    const ended = streams.map((stream) => stream.next());
    publish();
    publish();
    expect(written).toEqual(Array(3).fill(Array(2).fill('{"data":{"roomEvents":{"text":"MembershipEnded"}}}')));
    expect(executions()).toBe(2);
    await Promise.all(streams.map((stream) => stream.return!()));
    for (const end of await Promise.all(ended)) expect(end.done).toBe(true);
  });

  it('ends the source subscription when a subscriber returns', async () => {
    const { subscribe, pubsub } = setup();
    const stream = await subscribe(plain, { roomId: 'r' }, null);
    expect(pubsub.subscriberCount('room', 'r')).toBe(1);
    await stream.return!();
    expect(pubsub.subscriberCount('room', 'r')).toBe(0);
  });
});
