// Courtside as a LiveRoomTarget: guests, one public room, members who send and cheer over HTTP, and
// subscribers on real graphql-ws sockets, a few signed in and the rest anonymous.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ChildServer } from './childServer';
import type { RoomEvent } from './deliveries';
import { postJson, type LiveRoomTarget } from './liveRoomTarget';

const ops = {
  guest: `mutation ($name: String!) { joinAsGuest(displayName: $name) { token } }`,
  createRoom: `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id lastSeq } }`,
  joinRoom: `mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`,
  room: `query ($id: ID!) { room(id: $id) { lastSeq viewerCount } }`,
  send: `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { seq } }`,
  me: `query { me { id } }`,
  cheer: `mutation ($roomId: ID!, $emoji: String!) { sendRoomReaction(roomId: $roomId, emoji: $emoji) }`,
  roomEvents: `subscription ($roomId: ID!, $afterSeq: Int) {
    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
      __typename
      ... on MessageAdded { seq message { id body createdAt } }
      ... on RoomReactionBurst { counts { emoji count } }
      ... on PresenceChanged { viewerCount }
    }
  }`,
};

export interface CourtsideTargetOptions {
  /** Guests who join the room: they send the messages, cheer, and are the signed-in subscribers. */
  members: number;
  /** Subscribers 0 … signedIn-1 connect with a member's token; the rest are anonymous. */
  signedIn: number;
  progress: (line: string) => void;
}

/** Courtside's publisher, plus the cheapest signed-in request, for the HTTP + GraphQL floor. */
export interface CourtsideTarget extends LiveRoomTarget {
  /** `{ me { id } }` as member `index`: authentication, parsing, validation and a response; no write. */
  readMe(index: number): Promise<void>;
}

export async function createCourtsideTarget(server: ChildServer, { members, signedIn, progress }: CourtsideTargetOptions): Promise<CourtsideTarget> {
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await postJson<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>(
      url,
      { query, variables },
      token ? { authorization: `Bearer ${token}` } : {},
    );
    if (result.errors?.length || !result.data) throw new Error(`GraphQL: ${result.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
    return result.data;
  };

  const host = (await gql<{ joinAsGuest: { token: string } }>(ops.guest, { name: 'Host' })).joinAsGuest.token;
  const roomId = (await gql<{ createRoom: { id: string } }>(ops.createRoom, { input: { name: 'The final', kind: 'PUBLIC' } }, host)).createRoom.id;
  const tokens: string[] = [];
  for (let from = 0; from < members; from += 25) {
    const batch = Array.from({ length: Math.min(25, members - from) }, (_, i) => from + i);
    tokens.push(
      ...(await Promise.all(
        batch.map(async (i) => {
          const token = (await gql<{ joinAsGuest: { token: string } }>(ops.guest, { name: `Fan ${i}` })).joinAsGuest.token;
          await gql(ops.joinRoom, { roomId }, token);
          return token;
        }),
      )),
    );
  }
  // Subscribing after the last durable event so far means no replay: everything counted is live.
  const afterSeq = (await gql<{ room: { lastSeq: number } }>(ops.room, { id: roomId })).room.lastSeq;
  progress(`courtside: ${members} members joined room ${roomId} (lastSeq ${afterSeq})`);

  const clients: Client[] = [];
  let closing = false;

  const subscriberUrl = url.replace('http:', 'ws:');
  return {
    name: 'courtside',
    server,
    subscriberUrl,
    // An anonymous subscriber's request; openSubscriber signs the first `signedIn` in.
    subscribeRequest: { query: ops.roomEvents, variables: { roomId, afterSeq } },

    openSubscriber(index, onEvent, onTrouble) {
      return new Promise<void>((resolve, reject) => {
        let connected = false;
        const client = createClient({
          url: subscriberUrl,
          webSocketImpl: WebSocket,
          connectionParams: index < signedIn ? { authToken: tokens[index % tokens.length] } : {},
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
          { query: ops.roomEvents, variables: { roomId, afterSeq } },
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
      const token = tokens[index % tokens.length];
      return (await gql<{ sendMessage: { seq: number } }>(ops.send, { input: { roomId, body, clientMessageId: `bench-${index}` } }, token)).sendMessage.seq;
    },

    async readMe(index) {
      await gql(ops.me, {}, tokens[index % tokens.length]);
    },

    async sendCheer(sender, emoji) {
      await gql(ops.cheer, { roomId, emoji }, tokens[sender % tokens.length]);
    },

    async closeSubscribers() {
      closing = true;
      await Promise.all(clients.map((client) => client.dispose()));
    },
  };
}
