// The baseline: the least a server can do to run the same live room. A child process with plain
// HTTP endpoints and raw `ws` sockets, no GraphQL, no database. Each message is numbered and
// serialized once, in the frame graphql-ws sends for the bundled client's RoomEvents document (the
// same fields, so the same bytes on the wire as Courtside's headline case), and that one buffer goes
// to every socket; cheers are summed per 250 ms window into one small frame, as Courtside does.
//
//   POST /message {"body"}  → {"seq"}      broadcast one MessageAdded frame
//   POST /cheer   {"emoji"} → true         counted into the open 250 ms window
//   GET  /viewers           → number       sockets connected now
//
// Env: PORT (0 picks one), HOST. Prints "raw-ws: listening at http://HOST:PORT/" once ready.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const WINDOW_MS = 250;
const sockets = new Set<WebSocket>();
let seq = 0;
let cheers: Map<string, number> | null = null;
const ROOM_ID = 'r-the-final';
const AUTHOR = { id: 'u-fan-0', displayName: 'Fan 0', username: 'Fan-0-k3x9', isGuest: true };

/** A frame as graphql-ws would send it for subscription "1". */
const frame = (roomEvents: Record<string, unknown>): Buffer => Buffer.from(JSON.stringify({ id: '1', type: 'next', payload: { data: { roomEvents } } }));

/** A MessageAdded as the client's RoomEvents document selects it (MessageFields), for a plain new message. */
const messageAdded = (seq: number, body: string): Record<string, unknown> => ({
  __typename: 'MessageAdded',
  roomId: ROOM_ID,
  seq,
  message: {
    id: `r${seq}`,
    seq,
    body,
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
    clientMessageId: null,
    threadRootId: null,
    replyCount: 0,
    lastReplyAt: null,
    author: AUTHOR,
    replyTo: null,
    reactions: [],
    mentions: [],
  },
});

/** Hot path: once per event; the frame is built once and shared by every socket. */
function broadcast(data: Buffer): void {
  for (const socket of sockets) socket.send(data);
}

function closeWindow(): void {
  const counts = [...(cheers ?? [])].map(([emoji, count]) => ({ emoji, count })).sort((a, b) => b.count - a.count);
  cheers = null;
  broadcast(frame({ __typename: 'RoomReactionBurst', roomId: ROOM_ID, counts }));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const reply = (value: unknown): void => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };
  if (request.method === 'GET' && request.url === '/viewers') return reply(sockets.size);
  if (request.method === 'POST' && request.url === '/message') {
    const { body } = await readJson(request);
    seq++;
    broadcast(frame(messageAdded(seq, String(body))));
    return reply({ seq });
  }
  if (request.method === 'POST' && request.url === '/cheer') {
    const { emoji } = await readJson(request);
    if (!cheers) {
      cheers = new Map();
      setTimeout(closeWindow, WINDOW_MS);
    }
    cheers.set(String(emoji), (cheers.get(String(emoji)) ?? 0) + 1);
    return reply(true);
  }
  response.writeHead(404).end();
}

const httpServer = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(`raw-ws: error ${error}`);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
const wss = new WebSocketServer({ server: httpServer });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST || '127.0.0.1', () => {
  const { address, port } = httpServer.address() as AddressInfo;
  console.log(`raw-ws: listening at http://${address}:${port}/`);
});

const stop = () => {
  for (const socket of sockets) socket.terminate();
  wss.close();
  httpServer.close(() => process.exit(0));
  httpServer.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
