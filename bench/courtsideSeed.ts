// The accounts and the room a Courtside benchmark needs, made before the server under test starts:
// a host and its public room, and one guest per signed-in subscriber (the first `members` of them
// also join the room, to send and cheer). A run measures with SQLITE_SYNCHRONOUS=FULL, which costs
// a disk flush per write (~60 guests/s); seeding runs a server of its own on the same database with
// NORMAL and a higher alias limit, so thousands of guests take seconds, and the measured server then
// starts on that database with its own settings. Sessions live in the database, so the tokens stay
// valid across the restart.
import { COURTSIDE_SERVER, startChildServer } from './childServer';
import { postJson } from './liveRoomTarget';

export interface CourtsideSeed {
  roomId: string;
  /** Guest i's bearer token, in guest order; guests 0 … members-1 are members of the room. */
  tokens: string[];
  members: number;
}

export interface SeedOptions {
  cwd: string;
  /** The measured server's environment (its DATABASE_PATH is the one seeded); must have RATE_LIMITS=off. */
  env: Record<string, string>;
  guests: number;
  members: number;
  /** Guests made by an earlier seed of the same database, reused (a fresh room is made either way). */
  reuse?: readonly string[];
  progress: (line: string) => void;
}

/** joinAsGuest fields per request: one request's parse and HTTP overhead over many guests. */
const GUESTS_PER_REQUEST = 50;
/** Requests in flight at once: enough to keep the server busy, under the agent's 256 sockets. */
const CONCURRENCY = 8;

const ops = {
  guest: `mutation ($name: String!) { joinAsGuest(displayName: $name) { token } }`,
  createRoom: `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
  joinRoom: `mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`,
};

type Gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;

/** A GraphQL client for `url` that throws on any error. */
export function graphqlClient(url: string): Gql {
  return async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await postJson<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>(
      url,
      { query, variables },
      token ? { authorization: `Bearer ${token}` } : {},
    );
    if (result.errors?.length || !result.data) throw new Error(`GraphQL: ${result.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    return result.data;
  };
}

/** Guests `from` … `to`-1 in one request, as aliased joinAsGuest fields. */
async function guestBatch(gql: Gql, from: number, to: number): Promise<string[]> {
  const fields = Array.from({ length: to - from }, (_, k) => `g${k}: joinAsGuest(displayName: "Fan ${from + k}") { token }`);
  const data = await gql<Record<string, { token: string }>>(`mutation { ${fields.join(' ')} }`, {});
  return fields.map((_, k) => data[`g${k}`].token);
}

/** Creates guests `from` … `count`-1 with CONCURRENCY batches in flight, a progress line a second. */
async function createGuests(gql: Gql, tokens: string[], count: number, progress: (line: string) => void): Promise<void> {
  const from = tokens.length;
  const started = performance.now();
  let next = from;
  let done = 0;
  const ticker = setInterval(() => progress(`seed: ${from + done}/${count} guests (${((performance.now() - started) / 1000).toFixed(1)} s)`), 1000);
  const worker = async () => {
    while (next < count) {
      const first = next;
      next = Math.min(count, next + GUESTS_PER_REQUEST);
      const batch = await guestBatch(gql, first, next);
      batch.forEach((token, k) => (tokens[first + k] = token));
      done += batch.length;
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    clearInterval(ticker);
  }
  const seconds = (performance.now() - started) / 1000;
  if (count > from) progress(`seed: ${count - from} guests created in ${seconds.toFixed(1)} s (${Math.round((count - from) / Math.max(seconds, 1e-3))}/s)`);
}

/** Seeds the database of `env.DATABASE_PATH` with a seeding server of its own, then stops that server. */
export async function seedCourtside({ cwd, env, guests, members, reuse = [], progress }: SeedOptions): Promise<CourtsideSeed> {
  const count = Math.max(guests, members);
  const server = await startChildServer({
    label: 'seed',
    script: COURTSIDE_SERVER,
    cwd,
    // Only the seeding server: no flush per write, and room for GUESTS_PER_REQUEST aliases per request.
    env: {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_SYNCHRONOUS: 'NORMAL',
      MAX_QUERY_ALIASES: String(GUESTS_PER_REQUEST),
      MAX_QUERY_TOKENS: String(20 * GUESTS_PER_REQUEST + 100),
    },
    // Not pinned: nothing is measured yet, so it may use whichever core is free.
    cpu: null,
    profile: false,
  });
  try {
    const gql = graphqlClient(`http://127.0.0.1:${server.port}/graphql`);
    const host = (await gql<{ joinAsGuest: { token: string } }>(ops.guest, { name: 'Host' })).joinAsGuest.token;
    const roomId = (await gql<{ createRoom: { id: string } }>(ops.createRoom, { input: { name: 'The final', kind: 'PUBLIC' } }, host)).createRoom.id;
    const tokens = reuse.slice(0, count);
    await createGuests(gql, tokens, count, progress);
    for (let from = 0; from < members; from += CONCURRENCY) {
      await Promise.all(tokens.slice(from, Math.min(members, from + CONCURRENCY)).map((token) => gql(ops.joinRoom, { roomId }, token)));
    }
    progress(`seed: room ${roomId}, ${count} guests (${reuse.length > 0 ? `${Math.min(reuse.length, count)} reused, ` : ''}${members} of them members)`);
    if (server.troubleCount > 0) progress(`seed: the seeding server printed ${server.troubleCount} error/warning lines: ${server.troubleLines.slice(0, 3).join(' | ')}`);
    return { roomId, tokens, members };
  } finally {
    await server.stop();
  }
}
