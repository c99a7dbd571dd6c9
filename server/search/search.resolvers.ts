import type { Resolvers } from '../graphql/generated/resolvers-types';
import { messageCursor } from '../messages/messages';

export const searchResolvers: Resolvers = {
  Query: {
    searchMessages: (_, { roomId, query, first, after }, { viewer, domains }) => domains.search.search(viewer, roomId, query, first, after),
  },
  SearchHit: {
    messageCursor: (hit) => messageCursor(hit.message),
  },
};
