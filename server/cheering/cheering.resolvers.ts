import type { Resolvers } from '../graphql/generated/resolvers-types';

export const cheeringResolvers: Resolvers = {
  Mutation: {
    sendRoomReaction: (_, { roomId, emoji }, { viewer, domains }) => domains.cheering.sendRoomReaction(viewer, roomId, emoji),
  },
};
