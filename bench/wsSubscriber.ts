// One subscriber on a plain `ws` socket. With a subscribe request it speaks graphql-transport-ws, the
// protocol graphql-ws clients speak (connection_init, connection_ack, subscribe as operation "1",
// then `next` frames); without one (the raw-ws baseline) it only listens. The same few lines run for
// every server under test, so the load generator's cost per delivery is the same whichever server
// it measures, and is kept small so the generator is not what limits a measurement.
import WebSocket from 'ws';
import type { RoomEvent } from './deliveries';

/** A graphql-transport-ws subscribe payload, and the connection_init payload sent before it. */
export interface SubscribeRequest {
  query: string;
  variables: Record<string, unknown>;
  connectionParams?: Record<string, unknown>;
}

export interface WsSubscriberOptions {
  url: string;
  request: SubscribeRequest | null;
  /** Hot path: once per delivered event, with the value of the subscription's one root field. */
  onEvent: (event: RoomEvent) => void;
  /** Closes, errors and error frames that were not asked for. */
  onTrouble: (what: string) => void;
  /** True once the benchmark closes its sockets: closes after that are not trouble. */
  closing: () => boolean;
  /** Names the subscriber in trouble lines ("subscriber 12"). */
  label: string;
}

interface Frame {
  type: string;
  payload?: { data?: Record<string, RoomEvent>; errors?: unknown } | unknown[];
}

const PROTOCOL = 'graphql-transport-ws';

/** Resolves with the socket once it is open and, with a request, acknowledged and subscribed. */
export function openWsSubscriber({ url, request, onEvent, onTrouble, closing, label }: WsSubscriberOptions): Promise<WebSocket> {
  const socket = request ? new WebSocket(url, PROTOCOL) : new WebSocket(url);
  return new Promise<WebSocket>((resolve, reject) => {
    let ready = false;
    const subscribed = () => ((ready = true), resolve(socket));
    socket.on('open', () => {
      if (!request) return subscribed();
      socket.send(JSON.stringify({ type: 'connection_init', payload: request.connectionParams ?? {} }));
    });
    // Hot path: once per delivered frame.
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Frame;
      if (frame.type === 'next') {
        const result = frame.payload as { data?: Record<string, RoomEvent>; errors?: unknown };
        if (result.errors || !result.data) return onTrouble(`${label}: ${JSON.stringify(result.errors)}`);
        for (const field in result.data) return onEvent(result.data[field]);
      } else if (frame.type === 'connection_ack' && request) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: request.query, variables: request.variables } }));
        subscribed();
      } else if (frame.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (frame.type !== 'pong') {
        onTrouble(`${label}: ${frame.type} ${JSON.stringify(frame.payload ?? '')}`);
      }
    });
    socket.on('close', (code: number, reason: Buffer) => {
      if (!ready) reject(new Error(`${label} closed with ${code} ${reason.toString()} before it subscribed`));
      else if (!closing()) onTrouble(`${label} closed with ${code} ${reason.toString()}`.trim());
    });
    socket.on('error', (error: Error) => {
      if (!ready) reject(error);
      else if (!closing()) onTrouble(`${label}: ${error.message}`);
    });
  });
}

/** Terminates every socket and resolves once all are closed. */
export function closeSockets(sockets: Iterable<WebSocket>): Promise<void> {
  return Promise.all(
    Array.from(
      sockets,
      (socket) =>
        new Promise<void>((done) => {
          if (socket.readyState === WebSocket.CLOSED) return done();
          socket.once('close', () => done());
          socket.terminate();
        }),
    ),
  ).then(() => undefined);
}
