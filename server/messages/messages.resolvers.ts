import type { Resolvers } from '../graphql/generated/resolvers-types';

export const messagesResolvers: Resolvers = {
  Query: {
    messages: (_, { roomId, ...page }, { viewer, domains }) => domains.messages.page(viewer, roomId, page),
    thread: (_, { rootId, first, after }, { viewer, domains }) => domains.messages.thread(viewer, rootId, { first, after }),
    message: (_, { id }, { viewer, domains }) => domains.held.findVisible(viewer, id) ?? domains.messages.get(viewer, id),
  },
  Mutation: {
    sendMessage: (_, { input }, { viewer, domains }) => domains.messages.send(viewer, input),
    editMessage: (_, { id, body }, { viewer, domains }) => domains.messages.edit(viewer, id, body),
    deleteMessage: (_, { id }, { viewer, domains }) => domains.messages.delete(viewer, id),
  },
  Message: {
    author: (message, _, { domains }) => (message.authorId ? (domains.users.findById(message.authorId) ?? null) : null),
    replyTo: (message, _, { domains }) => (message.replyToId ? (domains.messages.findById(message.replyToId) ?? null) : null),
    clientMessageId: (message, _, { viewer }) => (viewer?.user.id === message.authorId ? message.clientMessageId : null),
    mentions: (message, _, { domains }) => domains.messages.mentionedUsers(message.id),
  },
};
