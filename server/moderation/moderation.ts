// Moderator actions: roles, timeouts, bans, pins and room settings. Every action is checked by the
// pure policy, written, logged, and announced after the commit.
import { and, count, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/open';
import { bans, memberships, messages as messagesTable, roomTimeouts, rooms as roomsTable, type MembershipRow, type MessageRow, type RoomRow, type UserRow } from '../db/schema';
import { CourtsideError } from '../errors';
import type { EventLog } from '../events/eventLog';
import type { Messages } from '../messages/messages';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import { cleanText } from '../text/plainText';
import type { Users } from '../users/users';
import { requireUser, type Viewer } from '../users/viewer';
import type { ModerationLog } from './moderationLog';
import { canActOn, canGrant, isModerator } from './policy';
import { cleanSettings, describeChange, type SettingsInput } from './settingsInput';

export const MAX_PINNED = 20;
export const MAX_TIMEOUT_SECONDS = 14 * 86_400;

export interface ModerationDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  users: Users;
  messages: Messages;
  eventLog: EventLog;
  log: ModerationLog;
  now?: () => number;
}

export type Moderation = ReturnType<typeof createModeration>;

function cleanReason(reason: string | null | undefined): string | null {
  const text = cleanText(reason ?? '', 'body', 'A reason', 'reason', true);
  if (text.length > 500) throw new CourtsideError('BAD_USER_INPUT', 'A reason can be at most 500 characters long.', { field: 'reason' });
  return text || null;
}

export function createModeration({ db, pubsub, rooms, users, messages, eventLog, log, now = Date.now }: ModerationDeps) {
  /** The acting moderator of a readable room; FORBIDDEN for everyone else. */
  function moderatorOf(viewer: Viewer, roomId: string): { room: RoomRow; actor: UserRow; membership: MembershipRow } {
    const actor = requireUser(viewer, 'moderate');
    const { room, membership } = rooms.readable(viewer, roomId);
    if (!membership || !isModerator(membership)) {
      throw new CourtsideError('FORBIDDEN', `Only the owner or a moderator of '${room.name}' can do this.`);
    }
    return { room, actor, membership };
  }

  /** The target user and their membership, when the actor outranks them. */
  function targetOf(actorId: string, actorMembership: MembershipRow, roomId: string, userId: string) {
    const target = users.getById(userId);
    const targetMembership = rooms.membershipOf(roomId, userId);
    if (!canActOn(actorMembership, actorId, userId, targetMembership)) {
      throw new CourtsideError('FORBIDDEN', userId === actorId ? 'You cannot do this to yourself.' : `You do not outrank ${target.displayName} in this room.`);
    }
    return { target, targetMembership };
  }

  function requireMemberTarget(membership: MembershipRow | undefined, user: UserRow): MembershipRow {
    if (!membership) throw new CourtsideError('BAD_USER_INPUT', `${user.displayName} is not a member of this room.`, { field: 'userId' });
    return membership;
  }

  function setPinned(viewer: Viewer, messageId: string, pinned: boolean): MessageRow {
    const message = messages.get(viewer, messageId);
    const { actor } = moderatorOf(viewer, message.roomId);
    if (Boolean(message.pinnedAt) === pinned) return message;
    if (pinned && message.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be pinned.');
    if (pinned) {
      const pinnedCount = db
        .select({ n: count() })
        .from(messagesTable)
        .where(and(eq(messagesTable.roomId, message.roomId), isNotNull(messagesTable.pinnedAt)))
        .get()!.n;
      if (pinnedCount >= MAX_PINNED) throw new CourtsideError('BAD_USER_INPUT', `A room can have at most ${MAX_PINNED} pinned messages; unpin one first.`);
    }
    const { seq, updated } = eventLog.writeTransaction(() => {
      const { seq, at } = eventLog.append(message.roomId, pinned ? 'MessagePinned' : 'MessageUnpinned', messageId);
      return {
        seq,
        updated: db
          .update(messagesTable)
          .set({ pinnedAt: pinned ? at : null })
          .where(eq(messagesTable.id, messageId))
          .returning()
          .get()!,
      };
    });
    const roomId = message.roomId;
    pubsub.publish('room', roomId, pinned ? { type: 'MessagePinned', roomId, seq, message: messages.snapshot(updated) } : { type: 'MessageUnpinned', roomId, seq, messageId });
    log.record({ roomId, action: pinned ? 'MESSAGE_PINNED' : 'MESSAGE_UNPINNED', actorId: actor.id, targetUserId: message.authorId, targetMessageId: messageId });
    return updated;
  }

  return {
    setRole(viewer: Viewer, roomId: string, userId: string, role: MembershipRow['role']): MembershipRow {
      const { actor, membership } = moderatorOf(viewer, roomId);
      const { target, targetMembership } = targetOf(actor.id, membership, roomId, userId);
      const current = requireMemberTarget(targetMembership, target);
      if (!canGrant(membership, role)) throw new CourtsideError('FORBIDDEN', `You cannot grant ${role}: it is above your own role.`);
      if (current.role === role) return current;
      db.update(memberships)
        .set({ role })
        .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, userId)))
        .run();
      const updated = { ...current, role };
      log.record({ roomId, action: 'ROLE_CHANGED', actorId: actor.id, targetUserId: userId, reason: `${current.role} → ${role}` });
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'ROLE_CHANGED', until: null, reason: role });
      return updated;
    },

    /**
     * Replaces any running timeout; 0 seconds lifts it. The member is told why and until when. The
     * timeout is kept per (room, user), so leaving and rejoining the room does not lift it.
     */
    timeout(viewer: Viewer, roomId: string, userId: string, seconds: number, rawReason?: string | null): MembershipRow {
      const { actor, membership } = moderatorOf(viewer, roomId);
      const { target, targetMembership } = targetOf(actor.id, membership, roomId, userId);
      const current = requireMemberTarget(targetMembership, target);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
        throw new CourtsideError('BAD_USER_INPUT', `A timeout must be from 0 to ${MAX_TIMEOUT_SECONDS} seconds.`, { field: 'seconds' });
      }
      const reason = cleanReason(rawReason);
      const until = seconds === 0 ? null : new Date(now() + seconds * 1000);
      if (until) {
        const row = { until, reason, timedOutBy: actor.id, createdAt: new Date(now()) };
        db.insert(roomTimeouts)
          .values({ roomId, userId, ...row })
          .onConflictDoUpdate({ target: [roomTimeouts.roomId, roomTimeouts.userId], set: row })
          .run();
      } else {
        db.delete(roomTimeouts)
          .where(and(eq(roomTimeouts.roomId, roomId), eq(roomTimeouts.userId, userId)))
          .run();
      }
      const updated = { ...current, timedOutUntil: until, timeoutReason: until ? reason : null };
      log.record({ roomId, action: 'USER_TIMED_OUT', actorId: actor.id, targetUserId: userId, reason: until ? `${seconds} s${reason ? `: ${reason}` : ''}` : 'lifted' });
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_TIMED_OUT', until, reason });
      return updated;
    },

    /** Removes the user, keeps them out, and ends their live events in the room at once. */
    ban(viewer: Viewer, roomId: string, userId: string, rawReason?: string | null): boolean {
      const { actor, membership } = moderatorOf(viewer, roomId);
      targetOf(actor.id, membership, roomId, userId);
      const reason = cleanReason(rawReason);
      db.transaction(() => {
        db.delete(memberships)
          .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, userId)))
          .run();
        db.insert(bans)
          .values({ roomId, userId, reason, bannedBy: actor.id, createdAt: new Date(now()) })
          .onConflictDoUpdate({
            target: [bans.roomId, bans.userId],
            set: { reason, bannedBy: actor.id },
          })
          .run();
      });
      log.record({ roomId, action: 'USER_BANNED', actorId: actor.id, targetUserId: userId, reason });
      pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId, readAccessLost: true });
      rooms.membersChanged(roomId);
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_BANNED', until: null, reason });
      return true;
    },

    unban(viewer: Viewer, roomId: string, userId: string): boolean {
      const { actor } = moderatorOf(viewer, roomId);
      const lifted =
        db
          .delete(bans)
          .where(and(eq(bans.roomId, roomId), eq(bans.userId, userId)))
          .run().changes > 0;
      if (!lifted) return false;
      log.record({ roomId, action: 'USER_UNBANNED', actorId: actor.id, targetUserId: userId });
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_UNBANNED', until: null, reason: null });
      return true;
    },

    pin: (viewer: Viewer, messageId: string) => setPinned(viewer, messageId, true),
    unpin: (viewer: Viewer, messageId: string) => setPinned(viewer, messageId, false),

    pinned(roomId: string): MessageRow[] {
      return db
        .select()
        .from(messagesTable)
        .where(and(eq(messagesTable.roomId, roomId), isNotNull(messagesTable.pinnedAt)))
        .orderBy(desc(messagesTable.pinnedAt))
        .all();
    },

    /** Only the given fields change; a durable RoomUpdated tells every subscriber. */
    updateSettings(viewer: Viewer, roomId: string, input: SettingsInput): RoomRow {
      const { room, actor } = moderatorOf(viewer, roomId);
      const change = cleanSettings(input);
      if (Object.keys(change).length === 0) return room;
      const { seq, updated } = eventLog.writeTransaction(() => {
        const { seq } = eventLog.append(roomId, 'RoomUpdated', null);
        return { seq, updated: db.update(roomsTable).set(change).where(eq(roomsTable.id, roomId)).returning().get()! };
      });
      pubsub.publish('room', roomId, { type: 'RoomUpdated', roomId, seq, room: updated });
      log.record({ roomId, action: 'SETTINGS_CHANGED', actorId: actor.id, reason: describeChange(change) });
      return updated;
    },

    logPage(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined) {
      moderatorOf(viewer, roomId);
      return log.page(roomId, first, after);
    },

    /** Blocked terms are for moderators' eyes: others get an empty list. */
    visibleBlockedTerms(viewer: Viewer, room: RoomRow): string[] {
      return isModerator(rooms.membership(viewer, room.id)) ? room.blockedTerms : [];
    },
  };
}
