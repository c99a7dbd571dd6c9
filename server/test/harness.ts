// The test harness: a real app on a free loopback port, over a real database built from the
// migrations (a SQLite file, or a PostgreSQL database of its own when the suite runs for PostgreSQL),
// with helpers for HTTP GraphQL calls and real graphql-ws clients.
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, openStore, type App } from '../app';
import type { Store } from '../storage/store';
import { loadConfig, type Config } from '../config';
import { createTestDb, type TestDatabase } from './testDatabase';

export type { TestDatabase } from './testDatabase';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  /** The database underneath: pass it to another startServer to restart on the same data. */
  database: TestDatabase;
  /** POST /graphql as JSON, with a bearer token when given. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** A graphql-ws client that connects with `authToken` (closed by `stop`). */
  wsClient(token?: string | null, options?: Partial<Parameters<typeof createClient>[0]>): Client;
  /**
   * Stops the server. The database is dropped when the harness made it; one passed in is the
   * caller's to drop (`database.drop()`).
   */
  stop(): Promise<void>;
}

export interface ServerOptions extends Partial<Config> {
  database?: TestDatabase;
  /** Wraps the store the config names before the app gets it (to watch what reaches storage). */
  wrapStore?: (store: Store) => Store;
}

export async function startServer(overrides: ServerOptions = {}): Promise<TestServer> {
  const { database: given, wrapStore, ...configOverrides } = overrides;
  const database = given ?? (await createTestDb());
  // Per-user rate limits are off unless a test turns them on (as RATE_LIMITS=off does for load
  // tests): most tests send faster than a person would. Slow mode and content rules stay on.
  const config: Config = { ...loadConfig({}), port: 0, serveClient: false, rateLimitsEnabled: false, ...configOverrides, ...database.config };
  const app = await createApp(config, { logging: 'error', store: wrapStore?.(await openStore(config)) });
  const address = await app.listen(config.port, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${address.port}/graphql`;
  const clients: Client[] = [];

  return {
    app,
    url,
    wsUrl,
    database,

    async gql(query, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResult;
      return { ...body, status: response.status };
    },

    wsClient(token, options = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authToken: token } : {},
        retryAttempts: 0,
        lazy: true,
        ...options,
      });
      clients.push(client);
      return client;
    },

    async stop() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      if (!given) await database.drop();
    },
  };
}

/** Collects a subscription's events until `until` says stop, or fails after `timeoutMs`. */
export function collect<T = any>(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown> },
  until: (events: T[]) => boolean,
  timeoutMs = 15_000,
  keep: (event: T) => boolean = () => true,
): { done: Promise<T[]>; events: T[]; unsubscribe: () => void } {
  const events: T[] = [];
  let unsubscribe = () => {};
  const done = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out after ${timeoutMs} ms with ${events.length} events`));
    }, timeoutMs);
    unsubscribe = client.subscribe<T>(payload, {
      next: (result: ExecutionResult<T>) => {
        if (result.errors) {
          clearTimeout(timer);
          reject(Object.assign(new Error(result.errors[0].message), { errors: result.errors }));
          return;
        }
        if (!keep(result.data as T)) return;
        events.push(result.data as T);
        if (until(events)) {
          clearTimeout(timer);
          unsubscribe();
          resolve(events);
        }
      },
      error: (error) => {
        clearTimeout(timer);
        reject(Array.isArray(error) ? Object.assign(new Error(error[0]?.message), { errors: error }) : error);
      },
      complete: () => {
        clearTimeout(timer);
        resolve(events);
      },
    });
  });
  done.catch(() => {}); // a test may assert the rejection later; it is not unhandled
  return { done, events, unsubscribe: () => unsubscribe() };
}

const WORDS = 'goal match late save corner pass keeper crowd whistle header volley offside final derby cup score 🏀 ⚽ 🔥 wow'.split(' ');

/**
 * Varied text of exactly `length` characters (code points), like people write: it passes the
 * content rules (no flood, no repeats across different seeds), unlike 'x'.repeat(n).
 */
export function prose(length: number, seed = 0): string {
  const parts = [`#${seed}`];
  let size = parts[0].length;
  for (let i = 0; size < length; i++) {
    const word = ` ${WORDS[(i * 7 + seed * 13 + (i >> 3)) % WORDS.length]}${i % 11}`;
    parts.push(word);
    size += [...word].length;
  }
  return [...parts.join('')].slice(0, length).join('').replace(/\s$/, '.');
}

/** True for what belongs to the timeline: durable events (with a seq) and ResyncRequired. */
export const isTimelineEvent = (event: any) => event.roomEvents.seq !== undefined || event.roomEvents.__typename === 'ResyncRequired';

/** Collects a room's timeline events (`ops.roomEvents`), leaving out ephemeral ones (presence, typing…). */
export function timeline<T = any>(client: Client, variables: { roomId: string; afterSeq?: number | null }, until: (events: T[]) => boolean, timeoutMs = 15_000) {
  return collect<T>(client, { query: ops.roomEvents, variables }, until, timeoutMs, isTimelineEvent);
}

/** Operations the tests share, written once. */
export const ops = {
  guest: `mutation ($name: String!) { joinAsGuest(displayName: $name) { token user { id displayName } } }`,
  createRoom: `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id name kind lastSeq } }`,
  joinRoom: `mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`,
  send: `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id seq body clientMessageId author { id } } }`,
  roomEvents: `subscription ($roomId: ID!, $afterSeq: Int) {
    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
      __typename roomId
      ... on DurableRoomEvent { seq }
      ... on MessageAdded { message { id body seq } }
      ... on MessageEdited { message { id body } }
      ... on MessageDeleted { messageId }
      ... on ResyncRequired { latestSeq }
    }
  }`,
};

/** A guest with a token, through the real API. */
export async function guest(server: TestServer, name = 'Guest'): Promise<{ token: string; id: string }> {
  const result = await server.gql(ops.guest, { name });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { token: result.data.joinAsGuest.token, id: result.data.joinAsGuest.user.id };
}

let accounts = 0;

/** A signed-up user (an account, not a guest) through the real API, with a username of its own ("olive_3"). */
export async function account(server: TestServer, displayName: string): Promise<{ token: string; id: string; username: string }> {
  const username = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${++accounts}`;
  const input = { username, displayName, password: 'correct horse battery' };
  const result = await server.gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, { input });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { token: result.data.signUp.token, id: result.data.signUp.user.id, username };
}

/** A room created by `owner`, through the real API. */
export async function room(server: TestServer, owner: string, input: { name?: string; kind?: string } = {}): Promise<string> {
  const result = await server.gql(ops.createRoom, { input: { name: 'Room', ...input } }, owner);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createRoom.id;
}

export async function send(server: TestServer, token: string, roomId: string, body: string, clientMessageId?: string) {
  return server.gql(ops.send, { input: { roomId, body, clientMessageId } }, token);
}
