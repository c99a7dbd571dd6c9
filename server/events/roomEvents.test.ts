import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, timeline, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ replayLimit: 1000 });
});
afterAll(() => server.stop());

type Event = { roomEvents: { __typename: string; seq?: number; latestSeq?: number; message?: { body: string } } };

describe('roomEvents', () => {
  it('delivers a message to every subscriber in the room, anonymous readers included', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const until = (e: Event[]) => e.length === 1;
    const a = timeline<Event>(server.wsClient(ana.token), { roomId, afterSeq: 0 }, until);
    const b = timeline<Event>(server.wsClient(null), { roomId, afterSeq: 0 }, until);
    await send(server, ana.token, roomId, 'hello');
    for (const events of [await a.done, await b.done]) {
      expect(events[0].roomEvents).toMatchObject({ __typename: 'MessageAdded', seq: 1, message: { body: 'hello' } });
    }
  });

  it('replays then continues live with exactly seq 1..N, in order, for subscribers that resume while 600 messages are committed', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const total = 600;
    const subscribers: { afterSeq: number; run: ReturnType<typeof timeline<Event>> }[] = [];
    const subscribe = (afterSeq: number) => {
      const run = timeline<Event>(server.wsClient(ana.token), { roomId, afterSeq }, (events) => events.at(-1)?.roomEvents.seq === total, 60_000);
      subscribers.push({ afterSeq, run });
    };

    subscribe(0);
    let sent = 0;
    while (sent < total) {
      const batch = Array.from({ length: 20 }, (_, i) => send(server, ana.token, roomId, `m${sent + i + 1}`));
      const results = await Promise.all(batch);
      for (const result of results) expect(result.errors).toBeUndefined();
      sent += batch.length;
      // Resume points spread over the whole run: at the start, mid-way, just behind the head.
      if (sent % 100 === 0) subscribe(Math.max(0, sent - 37));
      if (sent % 150 === 0 && sent < total) subscribe(sent);
    }

    expect(subscribers.length).toBe(8);
    for (const { afterSeq, run } of subscribers) {
      const seqs = (await run.done).map((e) => e.roomEvents.seq);
      expect(seqs).toEqual(Array.from({ length: total - afterSeq }, (_, i) => afterSeq + i + 1));
    }
  });

  it('sends ResyncRequired instead of a replay longer than REPLAY_LIMIT, then continues live', async () => {
    const small = await startServer({ replayLimit: 5 });
    try {
      const ana = await guest(small, 'Ana');
      const roomId = await room(small, ana.token);
      for (let i = 1; i <= 8; i++) await send(small, ana.token, roomId, `m${i}`);
      const run = timeline<Event>(small.wsClient(ana.token), { roomId, afterSeq: 1 }, (e) => e.length === 2);
      await expect.poll(() => small.app.pubsub.subscriberCount('room', roomId)).toBe(1);
      await send(small, ana.token, roomId, 'm9');
      const events = await run.done;
      expect(events[0].roomEvents).toMatchObject({ __typename: 'ResyncRequired', latestSeq: 8 });
      expect(events[1].roomEvents).toMatchObject({ __typename: 'MessageAdded', seq: 9 });
    } finally {
      await small.stop();
    }
  });

  it('replays edits and deletions as their own events, with the current state of the message', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const first = await send(server, ana.token, roomId, 'draft');
    const id = first.data.sendMessage.id;
    await server.gql(`mutation ($id: ID!) { editMessage(id: $id, body: "final") { id } }`, { id }, ana.token);
    await server.gql(`mutation ($id: ID!) { deleteMessage(id: $id) { id } }`, { id }, ana.token);
    const events = await timeline<Event>(server.wsClient(null), { roomId, afterSeq: 0 }, (e) => e.length === 3).done;
    expect(events.map((e) => [e.roomEvents.__typename, e.roomEvents.seq])).toEqual([
      ['MessageAdded', 1],
      ['MessageEdited', 2],
      ['MessageDeleted', 3],
    ]);
  });

  it('without afterSeq starts live from now', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    await send(server, ana.token, roomId, 'before');
    const run = timeline<Event>(server.wsClient(null), { roomId }, (e) => e.length === 1);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    await send(server, ana.token, roomId, 'after');
    expect((await run.done)[0].roomEvents).toMatchObject({ seq: 2, message: { body: 'after' } });
  });

  it('refuses a negative afterSeq and an unknown room with an error for that operation', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const client = server.wsClient(ana.token);
    await expect(timeline(client, { roomId, afterSeq: -1 }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    await expect(timeline(client, { roomId: 'nope' }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('releases a subscription as soon as it is completed or its socket closes, even in a quiet room', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const client = server.wsClient(null);
    const first = timeline(client, { roomId }, () => false);
    timeline(server.wsClient(null), { roomId }, () => false);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(2);
    first.unsubscribe();
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    for (const socket of server.app.wss.clients) socket.terminate();
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(0);
  });

  it('shares live execution between subscribers, yet each viewer sees their own viewer-dependent fields', async () => {
    const ana = await guest(server, 'Ana');
    const ben = await guest(server, 'Ben');
    const roomId = await room(server, ana.token);
    await server.gql(ops.joinRoom, { roomId }, ben.token);
    const query = `subscription ($roomId: ID!) { roomEvents(roomId: $roomId) { ... on MessageAdded { seq message { body clientMessageId } } } }`;
    const added = (e: any) => e.roomEvents.seq !== undefined;
    const runs = [ana, ben, ana].map((user) => collect(server.wsClient(user.token), { query, variables: { roomId } }, (e) => e.length === 1, 15_000, added));
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(3);
    await send(server, ana.token, roomId, 'mine', 'ana-1');
    const ids = await Promise.all(runs.map(async (run) => (await run.done)[0].roomEvents.message.clientMessageId));
    expect(ids).toEqual(['ana-1', null, 'ana-1']);
  });
});
