import type { Resolvers } from '../graphql/generated/resolvers-types';

export const reactionsResolvers: Resolvers = {
  Mutation: {
    addReaction: (_, { messageId, emoji }, { viewer, domains }) => domains.reactions.add(viewer, messageId, emoji),
    removeReaction: (_, { messageId, emoji }, { viewer, domains }) => domains.reactions.remove(viewer, messageId, emoji),
  },
  Message: {
    reactions: (message, _, { viewer, domains }) => domains.reactions.groups(message.id, viewer?.user.id ?? null),
  },
  ReactionChanged: {
    user: (event, _, { domains }) => (event.userId ? (domains.users.findById(event.userId) ?? null) : null),
  },
};
