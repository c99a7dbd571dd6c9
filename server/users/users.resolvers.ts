import type { Resolvers } from '../graphql/generated/resolvers-types';

export const usersResolvers: Resolvers = {
  Query: {
    me: (_, __, { viewer }) => viewer?.user ?? null,
  },
  Mutation: {
    joinAsGuest: (_, { displayName }, { domains, clientAddress }) => domains.users.joinAsGuest(displayName, clientAddress),
    signUp: (_, { input }, { domains, clientAddress }) => domains.users.signUp(input, clientAddress),
    signIn: (_, { username, password }, { domains, clientAddress }) => domains.users.signIn(username, password, clientAddress),
    signOut: (_, __, { viewer, domains }) => domains.users.signOut(viewer),
  },
};
