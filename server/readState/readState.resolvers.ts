import type { Resolvers } from '../graphql/generated/resolvers-types';

export const readStateResolvers: Resolvers = {
  Query: {
    readMarkers: (_, { roomId }, { viewer, domains }) => domains.readState.markers(viewer, roomId),
  },
  Mutation: {
    markRead: (_, { roomId, seq }, { viewer, domains }) => domains.readState.markRead(viewer, roomId, seq),
  },
  Membership: {
    unreadCount: (membership, _, { domains }) => domains.readState.unreadCount(membership),
    mentionCount: (membership, _, { domains }) => domains.readState.mentionCount(membership),
  },
  ReadMarker: {
    user: (marker, _, { domains }) => domains.users.getById(marker.userId),
  },
  ReadMarkerMoved: {
    user: (event, _, { domains }) => domains.users.getById(event.userId),
  },
};
