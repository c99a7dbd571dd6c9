// The fan-out as the product runs it: the bundled client's own `roomEvents` document, every viewer
// signed in, over real graphql-ws sockets. Live events are data (no storage read while one reaches
// its subscribers), viewer-dependent fields do not split the group, and frames coalesce per socket.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomEventsDocument } from '../../client/src/events/roomEventStream';
import type { Topics } from '../pubsub';
import { guest, ops, room, send, startServer, type TestServer } from '../test/harness';
import { countingStore, type CountingStore } from '../test/countingStore';
import { countWrites } from '../test/socketWrites';

let server: TestServer;
let counting: CountingStore;
beforeAll(async () => {
  server = await startServer({ maxSocketsPerUser: 2000, wrapStore: (store) => (counting = countingStore(store)).store });
});
afterAll(() => server.stop());

type Viewer = { token: string; id: string };

/** Watches what publishing one room event costs: store calls and shared executions, as it is published. */
function watchPublishing() {
  const seen: { type: string; storeCalls: number; executions: number }[] = [];
  const publish = server.app.pubsub.publish.bind(server.app.pubsub);
  server.app.pubsub.publish = (topic, key, payload) => {
    if (topic !== 'room') return publish(topic, key, payload);
    const before = server.app.sharedExecutions();
    const { calls: storeCalls } = counting.count(() => publish(topic, key, payload));
    seen.push({ type: (payload as Topics['room']).type, storeCalls, executions: server.app.sharedExecutions() - before });
  };
  return seen;
}

/** A live subscriber with the client's document, keeping every event it gets. */
function follow(client: Client, roomId: string, afterSeq: number) {
  const events: any[] = [];
  client.subscribe(
    { query: roomEventsDocument, variables: { roomId, afterSeq } },
    { next: (result) => void events.push(result.data?.roomEvents ?? result), error: () => {}, complete: () => {} },
  );
  return events;
}

/** Guests who joined the room: made through the domains, as joinAsGuest and joinRoom would, to keep setup quick. */
async function viewers(n: number, roomId: string): Promise<Viewer[]> {
  const { users, rooms } = server.app.domains;
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const { token, user } = await users.joinAsGuest(`Fan ${i}`);
      await rooms.join(await users.authenticate(token), roomId);
      return { token, id: user.id };
    }),
  );
}

const byType = (events: any[], type: string) => events.filter((event) => event.__typename === type);
const react = `mutation ($id: ID!, $emoji: String!) { addReaction(messageId: $id, emoji: $emoji) { id } }`;
const edit = `mutation ($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id } }`;
const signUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;

describe('the live fan-out of the client document to signed-in viewers', () => {
  it('reads no storage while one event reaches 100 subscribers, and shows each its own marked fields', async () => {
    const host = await guest(server, 'Host');
    const roomId = await room(server, host.token);
    const signedUp = (await server.gql(signUp, { input: { username: 'zoe_live', password: 'long enough secret', displayName: 'Zoe' } })).data.signUp;
    await server.gql(ops.joinRoom, { roomId }, signedUp.token);
    const fans = await viewers(99, roomId);
    const everyone = [{ token: signedUp.token, id: signedUp.user.id }, ...fans];
    const author = fans[0];
    const parent = (await send(server, host.token, roomId, 'Kick-off!')).data.sendMessage;
    const afterSeq = parent.seq;
    const streams = everyone.map((viewer) => follow(server.wsClient(viewer.token), roomId, afterSeq));
    const authorsOtherTab = follow(server.wsClient(author.token), roomId, afterSeq);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId), { timeout: 20_000 }).toBe(101);
    // Every stream is live (past its replay) once a warm-up message reached all of them.
    const warmUp = (await send(server, host.token, roomId, 'warm-up')).data.sendMessage;
    await expect.poll(() => streams.every((events) => events.some((e) => e.seq === warmUp.seq)), { timeout: 20_000 }).toBe(true);

    const published = watchPublishing();
    const sent = await server.gql(ops.send, { input: { roomId, body: 'What a goal @zoe_live!', replyToId: parent.id, clientMessageId: 'c-1' } }, author.token);
    await expect.poll(() => [...streams, authorsOtherTab].every((events) => byType(events, 'MessageAdded').length === 2), { timeout: 20_000 }).toBe(true);

    const added = published.find((p) => p.type === 'MessageAdded')!;
    expect(added.storeCalls).toBe(0);
    expect(counting.count(() => void server.app.store.rooms.findById(roomId)).calls).toBe(1); // the counter does see store calls
    expect(added.executions).toBe(2); // the author's (both of their tabs), and everyone else's
    expect(byType(authorsOtherTab, 'MessageAdded')[1].message.clientMessageId).toBe('c-1');
    const live = streams.map((events) => byType(events, 'MessageAdded')[1].message);
    expect(live[0]).toMatchObject({
      id: sent.data.sendMessage.id,
      body: 'What a goal @zoe_live!',
      author: { id: author.id, displayName: 'Fan 0', isGuest: true },
      replyTo: { id: parent.id, body: 'Kick-off!', author: { id: host.id } },
      reactions: [],
      mentions: [{ id: signedUp.user.id, username: 'zoe_live' }],
    });
    for (const [i, message] of live.entries()) {
      expect(message.clientMessageId).toBe(everyone[i].id === author.id ? 'c-1' : null);
      expect({ ...message, clientMessageId: null }).toEqual({ ...live[0], clientMessageId: null });
    }

    // Reactions: the change itself is one execution for all; reactedByMe on the edited message is
    // true exactly for the two who reacted, with one execution each and one for everyone else.
    const messageId = sent.data.sendMessage.id;
    await server.gql(react, { id: messageId, emoji: '🔥' }, fans[5].token);
    await server.gql(react, { id: messageId, emoji: '🔥' }, fans[7].token);
    await server.gql(edit, { id: messageId, body: 'What a goal, @zoe_live!' }, author.token);
    await expect.poll(() => streams.every((events) => byType(events, 'MessageEdited').length === 1), { timeout: 20_000 }).toBe(true);
    const changes = published.filter((p) => p.type === 'ReactionChanged');
    expect(changes.map((p) => [p.storeCalls, p.executions])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(streams[0].find((e) => e.__typename === 'ReactionChanged')).toMatchObject({ emoji: '🔥', count: 1, added: true, user: { id: fans[5].id } });
    const edited = published.find((p) => p.type === 'MessageEdited')!;
    expect(edited).toMatchObject({ storeCalls: 0, executions: 4 }); // author, two reactors, everyone else
    streams.forEach((events, i) => {
      const { reactions, clientMessageId } = byType(events, 'MessageEdited')[0].message;
      const reacted = everyone[i].id === fans[5].id || everyone[i].id === fans[7].id;
      expect(reactions).toEqual([{ emoji: '🔥', count: 2, reactedByMe: reacted }]);
      expect(clientMessageId).toBe(everyone[i].id === author.id ? 'c-1' : null);
    });

    // Reconnecting viewers get the same view from the replay, read from storage per viewer.
    const replayed = (viewer: Viewer) => {
      const events = follow(server.wsClient(viewer.token), roomId, afterSeq);
      return expect
        .poll(() => byType(events, 'MessageEdited').length, { timeout: 20_000 })
        .toBe(1)
        .then(() => byType(events, 'MessageEdited')[0].message);
    };
    const [reactor, bystander, writer] = await Promise.all([replayed(fans[5]), replayed(fans[9]), replayed(author)]);
    expect(reactor).toMatchObject({ reactions: [{ emoji: '🔥', count: 2, reactedByMe: true }], clientMessageId: null, mentions: [{ username: 'zoe_live' }] });
    expect(bystander).toMatchObject({ reactions: [{ emoji: '🔥', count: 2, reactedByMe: false }], clientMessageId: null });
    expect(writer).toMatchObject({ clientMessageId: 'c-1', replyTo: { id: parent.id, author: { id: host.id } }, author: { id: author.id } });
  });

  it('executes each event a small constant number of times for 1,000 signed-in subscribers', async () => {
    const host = await guest(server, 'Host');
    const roomId = await room(server, host.token);
    const fans = await viewers(1000, roomId);
    const streams: any[][] = [];
    for (let from = 0; from < fans.length; from += 100) {
      streams.push(...fans.slice(from, from + 100).map((fan) => follow(server.wsClient(fan.token), roomId, 0)));
      await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId), { timeout: 20_000 }).toBe(from + 100);
    }
    const warmUp = (await send(server, host.token, roomId, 'warm-up')).data.sendMessage;
    await expect.poll(() => streams.every((events) => events.some((e) => e.seq === warmUp.seq)), { timeout: 30_000 }).toBe(true);

    const published = watchPublishing();
    const sends = await Promise.all([0, 1, 2].map((i) => send(server, fans[i * 10].token, roomId, `chant ${i}`, `k-${i}`)));
    await server.gql(react, { id: sends[0].data.sendMessage.id, emoji: '👏' }, fans[3].token);
    await expect.poll(() => streams.every((events) => byType(events, 'ReactionChanged').length === 1), { timeout: 30_000 }).toBe(true);
    expect(published.map(({ type, executions }) => [type, executions])).toEqual([
      ['MessageAdded', 2],
      ['MessageAdded', 2],
      ['MessageAdded', 2],
      ['ReactionChanged', 1],
    ]);
    expect(published.every((p) => p.storeCalls === 0)).toBe(true);
    for (const events of streams) expect(byType(events, 'MessageAdded').map((e) => e.seq)).toEqual([warmUp.seq, warmUp.seq + 1, warmUp.seq + 2, warmUp.seq + 3]);
  }, 120_000);

  it('writes the frames due for one socket in one turn as one write: one per group commit', async () => {
    const host = await guest(server, 'Host');
    const roomId = await room(server, host.token);
    const [fan] = await viewers(1, roomId);
    const events = follow(server.wsClient(fan.token), roomId, 0);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    const warmUp = (await send(server, host.token, roomId, 'warm-up')).data.sendMessage;
    await expect.poll(() => events.some((e) => e.seq === warmUp.seq)).toBe(true);

    // The server side of the fan's socket: the newest connection.
    const writes = countWrites([...server.app.wss.clients].at(-1)!);
    // Sends that commit as one group are published in the same turn. On SQLite the eight sends made in
    // one turn are one group; on PostgreSQL their reads take round trips, so they may form two.
    const hostViewer = await server.app.domains.users.authenticate(host.token);
    const before = server.app.store.groupStats().commits;
    await Promise.all(Array.from({ length: 8 }, (_, i) => server.app.domains.messages.send(hostViewer, { roomId, body: `burst ${i}` })));
    await expect.poll(() => byType(events, 'MessageAdded').length).toBe(9);
    expect(byType(events, 'MessageAdded').map((e) => e.seq)).toEqual(Array.from({ length: 9 }, (_, i) => warmUp.seq + i));
    const groups = server.app.store.groupStats().commits - before;
    if (server.app.store.dialect === 'sqlite') expect(groups).toBe(1);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(groups);
    expect(writes.reduce((sum, frames) => sum + frames, 0)).toBeGreaterThanOrEqual(8); // eight frames (header and payload chunks)
  });
});
