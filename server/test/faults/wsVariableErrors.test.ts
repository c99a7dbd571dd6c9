// Regression test for a bug the fuzz tests found (fixed in da72772): over WebSocket, a roomEvents
// subscription whose variables did not coerce (afterSeq: "1", roomId: []) was answered
// "Unexpected error." and logged as a server failure ("roomEvents stream failed"), while the same
// mistake in a query, over the same socket or over HTTP, gets graphql-js's message naming the
// variable. (subscribeShared masked every error from createSourceEventStream that was not a
// CourtsideError, and a variable-coercion error is a plain GraphQLError.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, room, startServer, type TestServer } from '../harness';
import { openRawSocket } from '../rawSocket';

let server: TestServer;
let roomId: string;
beforeAll(async () => {
  server = await startServer();
  const ana = await guest(server, 'Ana');
  roomId = await room(server, ana.token, { kind: 'PUBLIC' });
});
afterAll(() => server.stop());

const messageQuery = `query ($id: ID!) { message(id: $id) { id } }`;

describe('ill-typed variables over WebSocket', () => {
  it('a query: an error naming the variable (for comparison)', async () => {
    const socket = await openRawSocket(server.wsUrl);
    socket.subscribe('q', messageQuery, { id: [] });
    await expect.poll(() => socket.of('q').map((m) => m.type)).toEqual(['next', 'complete']);
    expect(socket.of('q')[0].payload.errors[0].message).toMatch(/\$id/);
    const http = await server.gql(messageQuery, { id: [] });
    expect(http.errors?.[0].message).toMatch(/\$id/);
    socket.socket.close();
  });

  it.each([
    [{ roomId: 'ROOM', afterSeq: '1' }, /\$afterSeq/],
    [{ roomId: 'ROOM', afterSeq: 1.5 }, /\$afterSeq/],
    [{ roomId: [], afterSeq: 0 }, /\$roomId/],
  ])('a roomEvents subscription with %j: an error naming the variable, not "Unexpected error."', async (variables, named) => {
    const socket = await openRawSocket(server.wsUrl);
    socket.subscribe('s', ops.roomEvents, { ...variables, roomId: variables.roomId === 'ROOM' ? roomId : variables.roomId });
    await expect.poll(() => socket.of('s').map((m) => m.type)).toEqual(['error']);
    const [error] = socket.of('s')[0].payload;
    expect(error.message).not.toBe('Unexpected error.');
    expect(error.message).toMatch(named);
    expect(socket.closeCode()).toBeUndefined();
    socket.socket.close();
  });
});
