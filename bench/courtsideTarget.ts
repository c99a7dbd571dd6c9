// Courtside as a LiveRoomTarget on a seeded database (courtsideSeed.ts): members who send and cheer
// over HTTP, and subscribers on real graphql-ws sockets. The headline case is the product's: the
// bundled client's own `RoomEvents` document (imported from client/src, never copied), every
// subscriber signed in as a guest of its own. The "minimal" document is the bench's old simplified
// case, kept as a second row.
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { roomEventsDocument } from '../client/src/events/roomEventStream';
import type { ChildServer } from './childServer';
import { graphqlClient, type CourtsideSeed } from './courtsideSeed';
import type { RoomEvent } from './deliveries';
import type { LiveRoomTarget } from './liveRoomTarget';

/** The simplified selection: what the bench checks and times, nothing a live view also shows. */
const MINIMAL_ROOM_EVENTS = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
    __typename
    ... on MessageAdded { seq message { id body createdAt } }
    ... on RoomReactionBurst { counts { emoji count } }
    ... on PresenceChanged { viewerCount }
  }
}`;

const ops = {
  room: `query ($id: ID!) { room(id: $id) { lastSeq viewerCount } }`,
  send: `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { seq } }`,
  me: `query { me { id } }`,
  cheer: `mutation ($roomId: ID!, $emoji: String!) { sendRoomReaction(roomId: $roomId, emoji: $emoji) }`,
};

/** Which subscription document the subscribers send. */
export type SubscriptionDocument = 'client' | 'minimal';
export const SUBSCRIPTION_DOCUMENTS: Record<SubscriptionDocument, string> = { client: roomEventsDocument, minimal: MINIMAL_ROOM_EVENTS };
/** The target's name in every table: the headline is plain "courtside". */
export const COURTSIDE_NAMES: Record<SubscriptionDocument, string> = { client: 'courtside', minimal: 'courtside-minimal' };

export interface CourtsideTargetOptions {
  /**
   * Subscribers 0 … signedIn-1 connect as the seed's guests 0 … signedIn-1, one account each (the
   * server caps sockets per user, and a room of fans is a room of accounts); the rest connect
   * anonymously. The seed's members send the messages and cheer.
   */
  signedIn: number;
  document: SubscriptionDocument;
  progress: (line: string) => void;
}

/** Courtside's publisher, plus the cheapest signed-in request, for the HTTP + GraphQL floor. */
export interface CourtsideTarget extends LiveRoomTarget {
  /** `{ me { id } }` as member `index`: authentication, parsing, validation and a response; no write. */
  readMe(index: number): Promise<void>;
}

/** Courtside on `server`, whose database `seed` was made in (see courtsideSeed.ts). */
export async function createCourtsideTarget(server: ChildServer, seed: CourtsideSeed, { signedIn, document, progress }: CourtsideTargetOptions): Promise<CourtsideTarget> {
  const { roomId, tokens, members } = seed;
  // Seeded guests are reused across runs and rooms: a clientMessageId must be new for each target.
  const run = randomUUID().slice(0, 8);
  if (signedIn > tokens.length || members < 1)
    throw new Error(`The seed has ${tokens.length} guests and ${members} members; ${signedIn} signed-in subscribers and a sender were asked for.`);
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const gql = graphqlClient(url);
  // Subscribing after the last durable event so far means no replay: everything counted is live.
  const afterSeq = (await gql<{ room: { lastSeq: number } }>(ops.room, { id: roomId })).room.lastSeq;
  progress(`${COURTSIDE_NAMES[document]}: room ${roomId} (lastSeq ${afterSeq}); ${signedIn} subscribers sign in, ${document} document`);
  const query = SUBSCRIPTION_DOCUMENTS[document];

  const clients: Client[] = [];
  let closing = false;

  const subscriberUrl = url.replace('http:', 'ws:');
  return {
    name: COURTSIDE_NAMES[document],
    server,
    subscriberUrl,
    // An anonymous subscriber's request; subscribers 0 … signedIn-1 add their own token to it.
    subscribeRequest: { query, variables: { roomId, afterSeq } },
    subscriberTokens: tokens.slice(0, signedIn),

    openSubscriber(index, onEvent, onTrouble) {
      return new Promise<void>((resolve, reject) => {
        let connected = false;
        const client = createClient({
          url: subscriberUrl,
          webSocketImpl: WebSocket,
          connectionParams: index < signedIn ? { authToken: tokens[index] } : {},
          // No retry: a close during the run is a finding to report, and a retry would resubscribe
          // from the original afterSeq and show up as duplicates.
          retryAttempts: 0,
          lazy: true,
          on: {
            connected: () => ((connected = true), resolve()),
            closed: (event) => {
              if (closing) return;
              const code = (event as { code?: number }).code;
              if (!connected) reject(new Error(`subscriber ${index} closed with ${code} before connecting`));
              else onTrouble(`subscriber ${index} closed with ${code}`);
            },
          },
        });
        clients.push(client);
        client.subscribe<{ roomEvents: RoomEvent }>(
          { query, variables: { roomId, afterSeq } },
          {
            // Hot path: once per delivered event.
            next: (result) => (result.data ? onEvent(result.data.roomEvents) : onTrouble(`subscriber ${index}: ${JSON.stringify(result.errors)}`)),
            error: (error) => closing || onTrouble(`subscriber ${index} error: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
            complete: () => closing || onTrouble(`subscriber ${index}: stream completed`),
          },
        );
      });
    },

    async viewerCount() {
      return (await gql<{ room: { viewerCount: number } }>(ops.room, { id: roomId })).room.viewerCount;
    },

    async sendMessage(index, body) {
      const token = tokens[index % members];
      return (await gql<{ sendMessage: { seq: number } }>(ops.send, { input: { roomId, body, clientMessageId: `bench-${run}-${index}` } }, token)).sendMessage.seq;
    },

    async readMe(index) {
      await gql(ops.me, {}, tokens[index % members]);
    },

    async sendCheer(sender, emoji) {
      await gql(ops.cheer, { roomId, emoji }, tokens[sender % members]);
    },

    async closeSubscribers() {
      closing = true;
      await Promise.all(clients.map((client) => client.dispose()));
    },
  };
}
