// A raw graphql-transport-ws connection for tests that must see exactly what the server sends per
// operation and how (and when) it closes the socket, and the outcome of a bare upgrade request.
import WebSocket from 'ws';
import { expect } from 'vitest';

export interface RawSocket {
  socket: WebSocket;
  messages: any[];
  closeCode(): number | undefined;
  closeReason(): string | undefined;
  init(token?: string | null): void;
  subscribe(id: string, query: string, variables?: object): void;
  complete(id: string): void;
  of(id: string): any[];
  /** The durable room events delivered for `id`, leaving out presence and other ephemeral ones. */
  timelineOf(id: string): any[];
}

export interface RawSocketOptions {
  token?: string | null;
  origin?: string;
  /** Send connection_init and wait for the ack (default); false leaves the socket uninitialised. */
  init?: boolean;
}

export async function openRawSocket(wsUrl: string, { token, origin, init = true }: RawSocketOptions = {}): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws', origin ? { origin } : {});
  const messages: any[] = [];
  let closeCode: number | undefined;
  let closeReason: string | undefined;
  socket.on('error', () => {}); // a close code tells the test what happened
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  socket.on('close', (code, reason) => {
    closeCode = code;
    closeReason = String(reason);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message: object) => socket.send(JSON.stringify(message));
  const raw: RawSocket = {
    socket,
    messages,
    closeCode: () => closeCode,
    closeReason: () => closeReason,
    init: (initToken) => send({ type: 'connection_init', payload: initToken ? { authToken: initToken } : {} }),
    subscribe: (id, query, variables) => send({ id, type: 'subscribe', payload: { query, variables } }),
    complete: (id) => send({ id, type: 'complete' }),
    of: (id) => messages.filter((m) => m.id === id),
    timelineOf: (id) => messages.filter((m) => m.id === id && m.payload?.data?.roomEvents?.seq !== undefined),
  };
  if (init) {
    raw.init(token);
    await expect.poll(() => messages.some((m) => m.type === 'connection_ack') || closeCode !== undefined).toBe(true);
  }
  return raw;
}

/** The HTTP status an upgrade request gets: 101 when the WebSocket opens, else the refusal's status. */
export function upgradeStatus(wsUrl: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    socket.once('upgrade', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}
