import type { Resolvers } from '../graphql/generated/resolvers-types';
import { userOrNull } from '../users/usersByIds';

export const moderationResolvers: Resolvers = {
  Query: {
    heldMessages: (_, { roomId, first, after }, { viewer, domains }) => domains.held.page(viewer, roomId, first, after),
    myHeldMessages: (_, { roomId, first, after }, { viewer, domains }) => domains.held.mine(viewer, roomId, first, after),
    reports: (_, { roomId, includeResolved, first, after }, { viewer, domains }) => domains.reports.page(viewer, roomId, includeResolved ?? false, first, after),
    moderationLog: (_, { roomId, first, after }, { viewer, domains }) => domains.moderation.logPage(viewer, roomId, first, after),
  },
  Mutation: {
    setRole: (_, { roomId, userId, role }, { viewer, domains }) => domains.moderation.setRole(viewer, roomId, userId, role),
    timeoutUser: (_, { roomId, userId, seconds, reason }, { viewer, domains }) => domains.moderation.timeout(viewer, roomId, userId, seconds, reason),
    banUser: (_, { roomId, userId, reason }, { viewer, domains }) => domains.moderation.ban(viewer, roomId, userId, reason),
    unbanUser: (_, { roomId, userId }, { viewer, domains }) => domains.moderation.unban(viewer, roomId, userId),
    pinMessage: (_, { messageId }, { viewer, domains }) => domains.moderation.pin(viewer, messageId),
    unpinMessage: (_, { messageId }, { viewer, domains }) => domains.moderation.unpin(viewer, messageId),
    updateRoomSettings: (_, { roomId, settings }, { viewer, domains }) => domains.moderation.updateSettings(viewer, roomId, settings),
    approveMessage: (_, { id }, { viewer, domains }) => domains.held.approve(viewer, id),
    rejectMessage: (_, { id }, { viewer, domains }) => domains.held.reject(viewer, id),
    reportMessage: (_, { messageId, reason }, { viewer, domains }) => domains.reports.report(viewer, messageId, reason),
    resolveReport: (_, { id, resolution }, { viewer, domains }) => domains.reports.resolve(viewer, id, resolution),
  },
  Room: {
    settings: (room) => room,
    pinnedMessages: (room, _, { domains }) => domains.moderation.pinned(room.id),
  },
  RoomSettings: {
    blockedTerms: (room, _, { viewer, domains }) => domains.moderation.visibleBlockedTerms(viewer, room),
  },
  Membership: {
    user: (membership, _, { domains }) => domains.users.getById(membership.userId),
  },
  Message: {
    status: (message) => ('status' in message && message.status ? (message.status as 'HELD' | 'REJECTED') : 'PUBLISHED'),
  },
  Report: {
    message: async (report, _, { domains }) => (await domains.messages.findById(report.messageId))!,
    reporter: (report, _, { domains }) => userOrNull(domains.users, report.reporterId),
    resolvedBy: (report, _, { domains }) => userOrNull(domains.users, report.resolvedBy),
  },
  ModerationLogEntry: {
    actor: (entry, _, { domains }) => userOrNull(domains.users, entry.actorId),
    targetUser: (entry, _, { domains }) => userOrNull(domains.users, entry.targetUserId),
  },
  RoomUpdated: {
    // The stream checked the subscriber's access; a live event carries the room, a replayed one reads it.
    room: (event, _, { domains }) => event.room ?? domains.rooms.findById(event.roomId),
  },
  ModerationNotice: {
    room: (event, _, { domains }) => domains.rooms.findById(event.roomId),
  },
  MessageHeld: {
    room: (event, _, { viewer, domains }) => domains.rooms.get(viewer, event.roomId),
  },
  HeldMessageDecided: {
    room: (event, _, { viewer, domains }) => domains.rooms.get(viewer, event.roomId),
  },
};
