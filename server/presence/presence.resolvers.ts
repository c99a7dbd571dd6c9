import type { Resolvers } from '../graphql/generated/resolvers-types';
import { usersByIds } from '../users/usersByIds';

export const presenceResolvers: Resolvers = {
  Query: {
    onlineMembers: (_, { roomId, first, after }, { viewer, domains }) => domains.onlineMembers.page(viewer, roomId, first, after),
  },
  Room: {
    viewerCount: (room, _, { domains }) => domains.presence.viewerCount(room.id),
  },
  User: {
    online: (user, _, { domains }) => domains.presence.isOnline(user.id),
  },
  PresenceChanged: {
    joined: (event, _, { domains }) => usersByIds(domains.users, event.joinedIds),
    left: (event, _, { domains }) => usersByIds(domains.users, event.leftIds),
  },
};
