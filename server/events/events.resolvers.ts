import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { RoomEventPayload, UserEventPayload } from '../pubsub';

export const eventsResolvers: Resolvers = {
  Subscription: {
    roomEvents: {
      subscribe: (_, { roomId, afterSeq }, { viewer, domains, onSlowConsumer }) => domains.roomEvents.stream(viewer, roomId, afterSeq, onSlowConsumer),
      resolve: (event: RoomEventPayload) => event,
    },
    userEvents: {
      subscribe: (_, __, { viewer, domains, onSlowConsumer }) => domains.userEvents.stream(viewer, onSlowConsumer),
      resolve: (event: UserEventPayload) => event,
    },
  },
  RoomEvent: {
    __resolveType: (event) => event.type,
  },
  DurableRoomEvent: {
    __resolveType: (event) => event.type,
  },
  UserEvent: {
    __resolveType: (event) => event.type,
  },
  UnreadChanged: {
    room: (event, _, { viewer, domains }) => domains.rooms.get(viewer, event.roomId),
    unreadCount: async (event, _, { viewer, domains }) => {
      const membership = await domains.rooms.membership(viewer, event.roomId);
      return membership ? domains.readState.unreadCount(membership) : 0;
    },
    mentionCount: async (event, _, { viewer, domains }) => {
      const membership = await domains.rooms.membership(viewer, event.roomId);
      return membership ? domains.readState.mentionCount(membership) : 0;
    },
  },
  Mentioned: {
    room: (event, _, { viewer, domains }) => domains.rooms.get(viewer, event.roomId),
    message: (event, _, { viewer, domains }) => domains.messages.get(viewer, event.messageId),
  },
  RoomAdded: {
    room: (event, _, { viewer, domains }) => domains.rooms.get(viewer, event.roomId),
  },
};
