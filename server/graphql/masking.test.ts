// Error masking as `npm start` runs it (NODE_ENV=production): an unexpected failure reaches the
// client as "Unexpected error." with nothing of the original, over HTTP and WebSocket alike, while
// expected failures (CourtsideError) pass through with their code and sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSocket } from '../test/rawSocket';
import { guest, ops, room, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ production: true });
});
afterAll(() => server.stop());

const roomQuery = `query ($id: ID!) { room(id: $id) { id } }`;

/** Runs `body` with a table missing, as a broken database would look to the resolvers. */
async function withoutTable<T>(table: string, body: () => Promise<T>): Promise<T> {
  await server.database.sql(`ALTER TABLE ${table} RENAME TO ${table}_gone`);
  try {
    return await body();
  } finally {
    await server.database.sql(`ALTER TABLE ${table}_gone RENAME TO ${table}`);
  }
}

function expectNothingLeaked(payload: unknown, table: string): void {
  const text = JSON.stringify(payload);
  expect(text).toContain('Unexpected error.');
  for (const leak of [table, 'no such table', 'does not exist', 'SqliteError', 'error: relation', 'stack', 'originalError', '.ts:']) expect(text).not.toContain(leak);
}

describe('masking in production', () => {
  it('masks an unexpected failure over HTTP and passes a CourtsideError through', async () => {
    const broken = await withoutTable('rooms', () => server.gql(roomQuery, { id: 'r1' }));
    expect(broken.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expectNothingLeaked(broken, 'rooms');
    const expected = await server.gql(roomQuery, { id: 'r1' });
    expect(expected.errors?.[0]).toMatchObject({ message: "Room 'r1' does not exist.", extensions: { code: 'NOT_FOUND' } });
  });

  it('masks an unexpected failure of a query and of a subscription that cannot start over WebSocket', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await openRawSocket(server.wsUrl, { token: ana.token });
    await withoutTable('rooms', async () => {
      ws.subscribe('query', roomQuery, { id: roomId });
      ws.subscribe('subscription', ops.roomEvents, { roomId });
      await expect.poll(() => ws.of('query').map((m) => m.type)).toEqual(['next', 'complete']);
      await expect.poll(() => ws.of('subscription').map((m) => m.type)).toEqual(['error']);
    });
    expectNothingLeaked(ws.of('query'), 'rooms');
    expectNothingLeaked(ws.of('subscription'), 'rooms');
    ws.subscribe('expected', ops.roomEvents, { roomId: 'nope' });
    await expect.poll(() => ws.of('expected').map((m) => m.type)).toEqual(['error']);
    expect(ws.of('expected')[0].payload[0]).toEqual({ message: "Room 'nope' does not exist.", extensions: { code: 'NOT_FOUND' } });
    expect(ws.closeCode()).toBeUndefined();
    ws.socket.close();
  });

  it('masks a failure inside a running subscription and passes a CourtsideError it ends with through', async () => {
    const ana = await guest(server, 'Ana');
    const roomId = await room(server, ana.token);
    const ws = await openRawSocket(server.wsUrl, { token: ana.token });
    ws.subscribe('broken', ops.roomEvents, { roomId });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    // A jump in seq makes the running stream read the missing events from the log, which is gone.
    await withoutTable('room_events', async () => {
      server.app.pubsub.publish('room', roomId, { type: 'MessageDeleted', roomId, seq: 5, messageId: 'm' });
      await expect.poll(() => ws.of('broken').at(-1)?.type).toBe('error');
    });
    expectNothingLeaked(ws.of('broken').at(-1), 'room_events');

    ws.subscribe('revoked', ops.roomEvents, { roomId });
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    server.app.pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId: ana.id, readAccessLost: true });
    await expect.poll(() => ws.of('revoked').at(-1)?.type).toBe('error'); // after presence events, maybe
    expect(ws.of('revoked').at(-1).payload[0]).toMatchObject({ message: 'You no longer have access to this room.', extensions: { code: 'FORBIDDEN' } });
    expect(ws.closeCode()).toBeUndefined();
    ws.socket.close();
  });
});
