import type { Resolvers } from '../graphql/generated/resolvers-types';
import { messageCursor } from '../messages/timelinePages';

export const searchResolvers: Resolvers = {
  Query: {
    searchMessages: (_, { roomId, query, first, after }, { viewer, domains }) => domains.search.search(viewer, roomId, query, first, after),
  },
  SearchHit: {
    messageCursor: (hit) => messageCursor(hit.message),
  },
};
