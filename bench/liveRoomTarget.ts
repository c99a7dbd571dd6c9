// What the benchmarks need from a server under test. Courtside, the raw-ws baseline and the naive
// yoga recipe implement the publishing side, so each is loaded, timed and checked by the same code;
// the live-room driver also opens its subscribers through the target.
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

/** POST a JSON body and return the parsed JSON answer; non-2xx is an error. */
export async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
