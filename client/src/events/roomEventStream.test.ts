// The resume logic against the real server and a real graphql-ws client (Node's `ws`): the socket
// is cut for real, messages are posted while it is down, and the stream must catch up exactly once.
import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { guest, room, send, startServer, type TestServer } from '../../../server/test/harness';
import { isDurable, openRoomEventStream, type RoomEvent } from './roomEventStream';

let server: TestServer | null = null;
let client: Client | null = null;

afterEach(async () => {
  await client?.dispose();
  await server?.stop();
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
const bodies = (events: RoomEvent[]) => events.flatMap((event) => (isDurable(event) ? ['message' in event ? event.message.body : event.__typename] : []));

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
    expect(events.flatMap((event) => (isDurable(event) ? [event.seq] : []))).toEqual([2, 3, 4, 5, 6]);
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
          if (isDurable(event)) throw new Error(`unexpected ${event.__typename}`);
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

describe('isDurable', () => {
  /** A socket that hands the test the subscription's sink. */
  function fakeSocket() {
    let sink: { next: (result: unknown) => void } | null = null;
    const socket = {
      subscribe: (_payload: unknown, next: { next: (result: unknown) => void }) => ((sink = next), () => {}),
      on: () => () => {},
    } as unknown as Client;
    return { socket, push: (roomEvents: unknown) => sink!.next({ data: { roomEvents } }) };
  }

  it('never takes the read position of ReadMarkerMoved, or any ephemeral event, for a timeline seq', () => {
    const { socket, push } = fakeSocket();
    const delivered: string[] = [];
    let resynced = false;
    const stream = openRoomEventStream(socket, {
      roomId: 'r',
      afterSeq: 5,
      onEvent: (event) => delivered.push(event.__typename),
      onResync: () => (resynced = true),
      onError: () => {},
    });
    const message = { id: 'm6', seq: 6 };
    push({ __typename: 'MessageAdded', roomId: 'r', seq: 6, message });
    // Even a read marker whose position field were not aliased is ephemeral by its type.
    push({ __typename: 'ReadMarkerMoved', roomId: 'r', reader: { id: 'u', displayName: 'U' }, readSeq: 40, seq: 40 });
    push({ __typename: 'TypingChanged', roomId: 'r', users: [] });
    push({ __typename: 'ReactionChanged', roomId: 'r', seq: 7, messageId: 'm6', emoji: '🔥', count: 1, added: true, user: null });
    push({ __typename: 'MessageAdded', roomId: 'r', seq: 6, message }); // a duplicate
    expect(delivered).toEqual(['MessageAdded', 'ReadMarkerMoved', 'TypingChanged', 'ReactionChanged']);
    expect(stream.lastSeq()).toBe(7);
    expect(resynced).toBe(false);
  });
});
