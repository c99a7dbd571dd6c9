import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { ViewerRules } from '../graphql/sharedExecution';
import type { ReactionGroupSource } from './reactionGroups';

// Not `async` where a live event carries the answer: executing it for each subscriber stays free of
// promises; only the fallbacks read storage.
export const reactionsResolvers: Resolvers = {
  Mutation: {
    addReaction: (_, { messageId, emoji }, { viewer, domains }) => domains.reactions.add(viewer, messageId, emoji),
    removeReaction: (_, { messageId, emoji }, { viewer, domains }) => domains.reactions.remove(viewer, messageId, emoji),
  },
  Message: {
    reactions: (message, _, { domains }) => message.reactions ?? domains.reactions.groups(message.id),
  },
  ReactionGroup: {
    // A live event's group lists its reactors; a page's group asks once per signed-in viewer.
    reactedByMe: (group, _, { viewer, domains }) => {
      if (!viewer) return false;
      return group.reactorIds ? group.reactorIds.includes(viewer.user.id) : domains.reactions.hasReacted(group.messageId, group.emoji, viewer.user.id);
    },
  },
  ReactionChanged: {
    user: (event, _, { domains }) => (event.user !== undefined ? event.user : event.userId ? domains.users.findById(event.userId).then((user) => user ?? null) : null),
  },
};

/** For live events: only the people who reacted with an emoji see `reactedByMe` true on its group. */
export const reactionsViewerRules: ViewerRules = {
  'ReactionGroup.reactedByMe': (group: ReactionGroupSource) => group.reactorIds,
};
