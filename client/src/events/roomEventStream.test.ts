// The resume logic against the real server and a real graphql-ws client (Node's `ws`): the socket
// is cut for real, messages are posted while it is down, and the stream must catch up exactly once.
import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { guest, room, send, startServer, type TestServer } from '../../../server/test/harness';
import { openRoomEventStream, type RoomEvent } from './roomEventStream';

let server: TestServer | null = null;
let client: Client | null = null;

afterEach(async () => {
  await client?.dispose();
  await server?.stop(true);
  client = server = null;
});

/** A client that retries only when `reconnect` is opened, like one waiting out a network loss. */
function gatedClient(url: string, token: string) {
  let open = () => {};
  let gate = Promise.resolve();
  const socket = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authToken: token },
    lazy: false,
    retryAttempts: Infinity,
    retryWait: () => gate,
  });
  return {
    socket,
    holdReconnects: () => (gate = new Promise<void>((resolve) => (open = resolve))),
    reconnect: () => open(),
  };
}

function connected(socket: Client): Promise<void> {
  return new Promise((resolve) => {
    const off = socket.on('connected', () => {
      off();
      resolve();
    });
  });
}

/** Durable events only: ephemeral ones (presence, typing) come and go with the socket. */
const bodies = (events: RoomEvent[]) => events.flatMap((event) => ('seq' in event ? ['message' in event ? event.message.body : event.__typename] : []));

describe('openRoomEventStream', () => {
  it('resumes after a reconnect from the last seq applied: every missed event once, in order', async () => {
    server = await startServer();
    const ada = await guest(server, 'Ada');
    const roomId = await room(server, ada.token);
    await send(server, ada.token, roomId, 'before');
    const gated = gatedClient(server.wsUrl, ada.token);
    client = gated.socket;
    await connected(gated.socket);

    const events: RoomEvent[] = [];
    const stream = openRoomEventStream(gated.socket, {
      roomId,
      afterSeq: 1,
      onEvent: (event) => events.push(event),
      onResync: () => events.push({ __typename: 'ResyncRequired', roomId, latestSeq: -1 }),
      onError: (message) => {
        throw new Error(message);
      },
    });
    await send(server, ada.token, roomId, 'live 1');
    await expect.poll(() => bodies(events)).toEqual(['live 1']);

    gated.holdReconnects();
    const reconnected = connected(gated.socket);
    for (const socket of server.app.wss.clients) socket.terminate();
    await expect.poll(() => server!.app.wss.clients.size).toBe(0);
    for (const body of ['missed 1', 'missed 2', 'missed 3']) await send(server, ada.token, roomId, body);
    gated.reconnect();
    await reconnected;
    await send(server, ada.token, roomId, 'live 2');

    await expect.poll(() => bodies(events)).toEqual(['live 1', 'missed 1', 'missed 2', 'missed 3', 'live 2']);
    expect(events.flatMap((event) => ('seq' in event ? [event.seq] : []))).toEqual([2, 3, 4, 5, 6]);
    expect(stream.lastSeq()).toBe(6);
    stream.close();
  });

  it('hands over to the owner with onResync when the server says the gap is too large', async () => {
    server = await startServer({ replayLimit: 2 });
    const ada = await guest(server, 'Ada');
    const roomId = await room(server, ada.token);
    for (const body of ['one', 'two', 'three', 'four']) await send(server, ada.token, roomId, body);
    client = server.wsClient(ada.token);

    const resynced = new Promise<void>((resolve) => {
      openRoomEventStream(client!, {
        roomId,
        afterSeq: 0,
        onEvent: (event) => {
          if ('seq' in event) throw new Error(`unexpected ${event.__typename}`);
        },
        onResync: resolve,
        onError: (message) => {
          throw new Error(message);
        },
      });
    });
    await resynced;
  });
});
