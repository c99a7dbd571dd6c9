import type { Resolvers } from '../graphql/generated/resolvers-types';

export const searchResolvers: Resolvers = {
  Query: {
    searchMessages: (_, { roomId, query, first, after }, { viewer, domains }) => domains.search.search(viewer, roomId, query, first, after),
  },
};
