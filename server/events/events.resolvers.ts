import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { RoomEventPayload } from '../pubsub';

export const eventsResolvers: Resolvers = {
  Subscription: {
    roomEvents: {
      subscribe: (_, { roomId, afterSeq }, { viewer, domains, onSlowConsumer }) =>
        domains.roomEvents.stream(viewer, roomId, afterSeq, onSlowConsumer),
      resolve: (event: RoomEventPayload) => event,
    },
  },
  RoomEvent: {
    __resolveType: (event) => event.type,
  },
  DurableRoomEvent: {
    __resolveType: (event) => event.type,
  },
};
