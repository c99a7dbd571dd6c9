import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { ViewerRules } from '../graphql/sharedExecution';
import type { MessageSource } from './messageSnapshot';

export const messagesResolvers: Resolvers = {
  Query: {
    messages: (_, { roomId, ...page }, { viewer, domains }) => domains.messages.page(viewer, roomId, page),
    thread: (_, { rootId, first, after }, { viewer, domains }) => domains.messages.thread(viewer, rootId, { first, after }),
    message: async (_, { id }, { viewer, domains }) => (await domains.held.findVisible(viewer, id)) ?? domains.messages.get(viewer, id),
  },
  Mutation: {
    sendMessage: (_, { input }, { viewer, domains }) => domains.messages.send(viewer, input),
    editMessage: (_, { id, body }, { viewer, domains }) => domains.messages.edit(viewer, id, body),
    deleteMessage: (_, { id }, { viewer, domains }) => domains.messages.delete(viewer, id),
  },
  // A live event's message carries its parts (messageSnapshot.ts); a message from a page does not.
  // Not `async`: a carried part resolves synchronously, so executing a live event for each
  // subscriber stays free of promises; only the fallback reads storage.
  Message: {
    author: (message, _, { domains }) =>
      message.author !== undefined ? message.author : message.authorId ? domains.users.findById(message.authorId).then((user) => user ?? null) : null,
    replyTo: (message, _, { domains }) =>
      message.replyTo !== undefined ? message.replyTo : message.replyToId ? domains.messages.findById(message.replyToId).then((reply) => reply ?? null) : null,
    clientMessageId: (message, _, { viewer }) => (viewer?.user.id === message.authorId ? message.clientMessageId : null),
    mentions: (message, _, { domains }) => message.mentions ?? domains.messages.mentionedUsers(message.id),
  },
};

/** For live events: only a message's author sees its `clientMessageId`. */
export const messagesViewerRules: ViewerRules = {
  'Message.clientMessageId': (message: MessageSource) => [message.authorId],
};
