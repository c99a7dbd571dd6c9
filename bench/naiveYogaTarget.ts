// The naive yoga recipe (naiveYogaServer.ts) as a RoomPublisher: a sendMessage mutation over HTTP,
// and a messageAdded subscription with the same MessageAdded selection Courtside's subscribers use.
import type { ChildServer } from './childServer';
import { postJson, type RoomPublisher } from './liveRoomTarget';

const ROOM = 'the-final';
const SEND = `mutation ($roomId: ID!, $body: String!) { sendMessage(roomId: $roomId, body: $body) { seq } }`;
const MESSAGE_ADDED = `subscription ($roomId: ID!) {
  messageAdded(roomId: $roomId) { __typename seq message { id body createdAt } }
}`;

export function createNaiveYogaTarget(server: ChildServer): RoomPublisher {
  const url = `http://127.0.0.1:${server.port}/graphql`;
  return {
    name: 'naive-yoga',
    server,
    subscriberUrl: url.replace('http:', 'ws:'),
    subscribeRequest: { query: MESSAGE_ADDED, variables: { roomId: ROOM } },

    async sendMessage(_index, body) {
      const result = await postJson<{ data?: { sendMessage: { seq: number } }; errors?: { message: string }[] }>(url, { query: SEND, variables: { roomId: ROOM, body } });
      if (!result.data) throw new Error(`GraphQL: ${result.errors?.map((e) => e.message).join('; ')}`);
      return result.data.sendMessage.seq;
    },

    sendCheer() {
      return Promise.reject(new Error('The naive recipe has no cheering.'));
    },
  };
}
