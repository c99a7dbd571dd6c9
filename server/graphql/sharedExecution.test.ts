// Shared execution against a small schema of the same shape as ours, with the real in-process
// pub/sub, counting how often events are executed.
import { parse, type ExecutionResult } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createMemoryPubSub } from '../memoryPubSub';
import type { Topics } from '../pubsub';
import { createSharedExecution } from './sharedExecution';

interface Post {
  authorId: string;
  secret: string;
  likes?: { by: string[] };
}

function setup() {
  const pubsub = createMemoryPubSub();
  const shared = createSharedExecution({
    'Post.secret': (post: Post) => [post.authorId],
    'Likes.likedByMe': (likes: { by: string[] }) => likes.by,
  });
  const schema = createSchema({
    typeDefs: /* GraphQL */ `
      directive @viewerDependent on FIELD_DEFINITION
      type Query {
        ok: Boolean
      }
      interface Event {
        text: String
      }
      type Posted implements Event {
        text: String
        post: Post
        myMembership: String @viewerDependent
      }
      type Other implements Event {
        text: String
      }
      type Post {
        secret: String @viewerDependent
        likes: Likes
        unruled: String @viewerDependent
      }
      type Likes {
        likedByMe: Boolean @viewerDependent
      }
      type Subscription {
        roomEvents(roomId: ID!, afterSeq: Int): Event
      }
    `,
    resolvers: {
      Subscription: {
        roomEvents: {
          subscribe: (_: unknown, { roomId }: { roomId: string }) => pubsub.subscribe('room', roomId, { limit: 100, onOverflow: () => {} }),
          resolve: (event: unknown) => event,
        },
      },
      Event: { __resolveType: (event: { type: string }) => event.type },
      Posted: {
        text: (event: { type: string }) => event.type,
        myMembership: (_: unknown, __: unknown, context: Ctx) => context.viewer?.user.id ?? null,
      },
      Other: { text: (event: { type: string }) => event.type },
      Post: {
        secret: (post: Post, _: unknown, context: Ctx) => (context.viewer?.user.id === post.authorId ? post.secret : null),
        unruled: (_: Post, __: unknown, context: Ctx) => context.viewer?.user.id ?? null,
      },
      Likes: { likedByMe: (likes: { by: string[] }, _: unknown, context: Ctx) => likes.by.includes(context.viewer?.user.id ?? '') },
    },
  });
  type Ctx = { viewer: { user: { id: string } } | null };
  const documents = new Map<string, ReturnType<typeof parse>>();
  const subscribe = async (query: string, variables: Record<string, unknown>, userId: string | null, sendPayload?: (json: Buffer) => undefined) => {
    const document = documents.get(query) ?? documents.set(query, parse(query)).get(query)!;
    const stream = await shared.subscribe({ schema, document, variableValues: variables, contextValue: { viewer: userId ? { user: { id: userId } } : null } }, sendPayload);
    return (stream as AsyncIterableIterator<ExecutionResult>)[Symbol.asyncIterator]();
  };
  const publish = (event: object) => pubsub.publish('room', 'r', { roomId: 'r', ...event } as unknown as Topics['room']);
  const posted = (post: Post) => publish({ type: 'Posted', post });
  return { subscribe, publish, posted, executions: () => shared.executions(), pubsub };
}

const plain = `subscription ($roomId: ID!, $afterSeq: Int) { roomEvents(roomId: $roomId, afterSeq: $afterSeq) { text } }`;
const withSecret = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { text ... on Posted { post { secret likes { likedByMe } } } } }`;
const withMembership = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { ... on Posted { myMembership } } }`;
const withUnruled = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { ...F } } fragment F on Posted { post { unruled } }`;

async function nextValues(streams: AsyncIterator<ExecutionResult>[], publish: () => void) {
  const results = streams.map((stream) => stream.next());
  publish();
  return (await Promise.all(results)).map((result) => (result.value as ExecutionResult<any>).data.roomEvents);
}

describe('shared execution of roomEvents', () => {
  it('executes a live event once for every subscriber of the same shape, whatever their afterSeq', async () => {
    const { subscribe, publish, executions } = setup();
    const streams = await Promise.all([
      subscribe(plain, { roomId: 'r', afterSeq: 1 }, null),
      subscribe(plain, { roomId: 'r', afterSeq: 7 }, 'ana'),
      subscribe(plain, { roomId: 'r' }, 'ben'),
    ]);
    for (const value of await nextValues(streams, () => publish({ type: 'Other' }))) expect(value).toEqual({ text: 'Other' });
    expect(executions()).toBe(1);
  });

  it('gives only the viewers a marked field names their own execution: the author sees the secret, the likers their like', async () => {
    const { subscribe, posted, executions } = setup();
    const viewers = ['ana', 'ben', 'cai', 'dan', null];
    const streams = await Promise.all(viewers.map((viewer) => subscribe(withSecret, { roomId: 'r' }, viewer)));
    const values = await nextValues(streams, () => posted({ authorId: 'ana', secret: 's1', likes: { by: ['ben'] } }));
    expect(values.map((value) => value.post)).toEqual([
      { secret: 's1', likes: { likedByMe: false } },
      { secret: null, likes: { likedByMe: true } },
      { secret: null, likes: { likedByMe: false } },
      { secret: null, likes: { likedByMe: false } },
      { secret: null, likes: { likedByMe: false } },
    ]);
    expect(executions()).toBe(3); // ana, ben, and one for everyone else
  });

  it('does not split the group for events the marked fields cannot reach', async () => {
    const { subscribe, publish, executions } = setup();
    const streams = await Promise.all(['ana', 'ben', 'cai'].map((viewer) => subscribe(withSecret, { roomId: 'r' }, viewer)));
    await nextValues(streams, () => publish({ type: 'Other' }));
    expect(executions()).toBe(1);
  });

  it('executes per viewer when a marked field has no rule, or the event does not carry what its rule needs', async () => {
    const { subscribe, posted, publish, executions } = setup();
    const streams = await Promise.all([
      subscribe(withMembership, { roomId: 'r' }, 'ana'),
      subscribe(withMembership, { roomId: 'r' }, 'ben'),
      subscribe(withMembership, { roomId: 'r' }, 'ben'),
    ]);
    expect((await nextValues(streams, () => posted({ authorId: 'x', secret: '' }))).map((value) => value.myMembership)).toEqual(['ana', 'ben', 'ben']);
    expect(executions()).toBe(2);

    const unruled = await Promise.all([subscribe(withUnruled, { roomId: 'r' }, 'ana'), subscribe(withUnruled, { roomId: 'r' }, 'ben')]);
    expect((await nextValues(unruled, () => posted({ authorId: 'x', secret: '' }))).map((value) => value.post.unruled)).toEqual(['ana', 'ben']);

    const likes = await Promise.all([subscribe(withSecret, { roomId: 'r' }, 'ana'), subscribe(withSecret, { roomId: 'r' }, 'ben')]);
    const before = executions();
    // No `likes` carried: nothing says who liked, so each viewer executes (and would read storage).
    await nextValues(likes, () => publish({ type: 'Posted', post: { authorId: 'x', secret: '' } }));
    expect(executions() - before).toBe(2);
  });

  it('with a socket to write to, pushes the same bytes to every subscriber of a group as the event is published', async () => {
    const { subscribe, publish, executions } = setup();
    const written: string[][] = [[], [], []];
    const streams = await Promise.all(written.map((into, i) => subscribe(plain, { roomId: 'r', afterSeq: i }, null, (json) => void into.push(json.toString()))));
    const ended = streams.map((stream) => stream.next());
    publish({ type: 'Other' });
    publish({ type: 'Other' });
    expect(written).toEqual(Array(3).fill(Array(2).fill('{"data":{"roomEvents":{"text":"Other"}}}')));
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
