import type { Resolvers } from '../graphql/generated/resolvers-types';

export const usersResolvers: Resolvers = {
  Query: {
    me: (_, __, { viewer }) => viewer?.user ?? null,
  },
  Mutation: {
    joinAsGuest: (_, { displayName }, { domains }) => domains.users.joinAsGuest(displayName),
    signUp: (_, { input }, { domains }) => domains.users.signUp(input),
    signIn: (_, { username, password }, { domains }) => domains.users.signIn(username, password),
    signOut: (_, __, { viewer, domains }) => domains.users.signOut(viewer),
  },
};
