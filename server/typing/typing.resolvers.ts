import type { Resolvers } from '../graphql/generated/resolvers-types';

export const typingResolvers: Resolvers = {
  Mutation: {
    setTyping: (_, { roomId, typing }, { viewer, domains }) => domains.typing.setTyping(viewer, roomId, typing),
  },
  TypingChanged: {
    users: (event, _, { domains }) => event.userIds.flatMap((id) => domains.users.findById(id) ?? []),
  },
};
