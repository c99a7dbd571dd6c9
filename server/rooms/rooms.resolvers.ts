import type { Resolvers } from '../graphql/generated/resolvers-types';

export const roomsResolvers: Resolvers = {
  Query: {
    room: (_, { id }, { viewer, domains }) => domains.rooms.get(viewer, id),
    rooms: (_, { first, after }, { viewer, domains }) => domains.rooms.list(viewer, first, after),
  },
  Mutation: {
    createRoom: (_, { input }, { viewer, domains }) => domains.rooms.create(viewer, input),
    joinRoom: (_, { roomId }, { viewer, domains }) => domains.rooms.join(viewer, roomId),
    leaveRoom: (_, { roomId }, { viewer, domains }) => domains.rooms.leave(viewer, roomId),
    inviteToRoom: (_, { roomId, userId }, { viewer, domains }) => domains.rooms.invite(viewer, roomId, userId),
    openDirectRoom: (_, { userId }, { viewer, domains }) => domains.rooms.openDirect(viewer, userId),
  },
  Room: {
    memberCount: (room, _, { domains }) => domains.rooms.memberCount(room.id),
    members: (room, { first, after }, { viewer, domains }) => domains.rooms.members(viewer, room.id, first, after),
    myMembership: async (room, _, { viewer, domains }) => (await domains.rooms.membership(viewer, room.id)) ?? null,
  },
};
