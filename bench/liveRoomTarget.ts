// What the benchmarks need from a server under test. Courtside, the raw-ws baseline and the naive
// yoga recipe implement the publishing side, so each is loaded, timed and checked by the same code;
// the live-room driver also opens its subscribers through the target.
import { Agent, request } from 'node:http';
import type { ChildServer } from './childServer';
import type { RoomEvent } from './deliveries';
import type { SubscribeRequest } from './wsSubscriber';

/** The side a load generator talks to over HTTP, and how a subscriber joins the room. */
export interface RoomPublisher {
  /** "courtside", "raw-ws" or "naive-yoga", as printed. */
  name: string;
  server: ChildServer;
  /** The WebSocket URL subscribers open. */
  subscriberUrl: string;
  /** What a subscriber sends after connection_ack (graphql-transport-ws), or null: no handshake (raw-ws). */
  subscribeRequest: SubscribeRequest | null;
  /**
   * Subscriber i sends `{ authToken: subscriberTokens[i] }` as its connectionParams when there is
   * one (a guest account of its own), and connects anonymously otherwise. Absent: all anonymous.
   */
  subscriberTokens?: readonly string[];
  /** Sends message `index` (over HTTP); resolves with the seq the server acknowledged it with. */
  sendMessage(index: number, body: string): Promise<number>;
  /** One cheer by cheering sender `sender` (over HTTP). */
  sendCheer(sender: number, emoji: string): Promise<void>;
}

export interface LiveRoomTarget extends RoomPublisher {
  /**
   * Opens subscriber `index` on its own socket and subscribes it to the room. Resolves once the
   * socket is open; the server may start the stream a little later (see `viewerCount`). `onTrouble`
   * hears closes and errors that were not asked for.
   */
  openSubscriber(index: number, onEvent: (event: RoomEvent) => void, onTrouble: (what: string) => void): Promise<void>;
  /** How many subscribers the server itself counts as following the room now. */
  viewerCount(): Promise<number>;
  /** Closes every subscriber socket; later closes are not trouble. */
  closeSubscribers(): Promise<void>;
}

/**
 * Keep-alive connections for every request the load generators make. node:http rather than fetch:
 * fetch (undici) spends ~400 µs of the generator's CPU per request, so at a few thousand requests a
 * second the generator, not the server under test, was the limit.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * POST a JSON body and return the parsed JSON answer; non-2xx is an error. A request on a reused
 * keep-alive socket that the server had just closed for idleness (Node's keepAliveTimeout, 5 s by
 * default, so between two rungs) fails with ECONNRESET before the server read it: that one is sent
 * again once on a new socket, as Node's documentation advises, instead of counting as a failed send.
 */
export function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const payload = Buffer.from(JSON.stringify(body));
  return postOnce<T>(url, payload, headers).catch((error: Error & { code?: string; reusedSocket?: boolean }) => {
    if (error.code === 'ECONNRESET' && error.reusedSocket) return postOnce<T>(url, payload, headers);
    throw error;
  });
}

function postOnce<T>(url: string, payload: Buffer, headers: Record<string, string>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) reject(new Error(`HTTP ${status} from ${url}: ${text.slice(0, 300)}`));
        else {
          try {
            resolve(JSON.parse(text) as T);
          } catch (error) {
            reject(error);
          }
        }
      });
    });
    req.on('error', (error: Error & { reusedSocket?: boolean }) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}
