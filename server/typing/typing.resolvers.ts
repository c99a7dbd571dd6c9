import type { Resolvers } from '../graphql/generated/resolvers-types';
import { usersByIds } from '../users/usersByIds';

export const typingResolvers: Resolvers = {
  Mutation: {
    setTyping: (_, { roomId, typing }, { viewer, domains }) => domains.typing.setTyping(viewer, roomId, typing),
  },
  TypingChanged: {
    users: (event, _, { domains }) => usersByIds(domains.users, event.userIds),
  },
};
