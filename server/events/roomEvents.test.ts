import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop(true));

describe('roomEvents', () => {
  it('delivers a message to every subscriber in the room', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const a = collect(server.wsClient(ana.token), { query: ops.roomEvents, variables: { roomId, afterSeq: 0 } }, (e) => e.length === 1);
    const b = collect(server.wsClient(null), { query: ops.roomEvents, variables: { roomId, afterSeq: 0 } }, (e) => e.length === 1);
    await send(server, ana.token, roomId, 'hello');
    for (const events of [await a.done, await b.done]) {
      expect(events[0].roomEvents).toMatchObject({ __typename: 'MessageAdded', seq: 1, message: { body: 'hello' } });
    }
  });
});
