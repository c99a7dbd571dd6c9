// Moderator actions: roles, timeouts, bans, pins and room settings. Every action is checked by the
// pure policy, written and logged in one transaction, and announced after the commit.
import { CourtsideError } from '../errors';
import type { EventLog } from '../events/eventLog';
import type { Messages } from '../messages/messages';
import type { PubSub, Topics } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { MembershipRow, MessageRow, RoomRow, UserRow } from '../storage/rows';
import type { Store } from '../storage/store';
import { cleanText } from '../text/plainText';
import type { Users } from '../users/users';
import { requireUser, type Viewer } from '../users/viewer';
import type { ModerationLog } from '../moderation/moderationLog';
import { canActOn, canGrant, isModerator } from '../moderation/policy';
import { cleanSettings, describeChange, type SettingsInput } from './settingsInput';
import { messagePinned, messageUnpinned } from './pinEvents';
import { roomUpdated } from '../rooms/roomUpdated';

export const MAX_PINNED = 20;
export const MAX_TIMEOUT_SECONDS = 14 * 86_400;

export interface ModerationDeps {
  store: Store;
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

export function createModeration({ store, pubsub, rooms, users, messages, eventLog, log, now = Date.now }: ModerationDeps) {
  /** The acting moderator of a readable room; FORBIDDEN for everyone else. */
  async function moderatorOf(viewer: Viewer, roomId: string): Promise<{ room: RoomRow; actor: UserRow; membership: MembershipRow }> {
    const actor = requireUser(viewer, 'moderate');
    const { room, membership } = await rooms.readable(viewer, roomId);
    if (!membership || !isModerator(membership)) {
      throw new CourtsideError('FORBIDDEN', `Only the owner or a moderator of '${room.name}' can do this.`);
    }
    return { room, actor, membership };
  }

  /** The target user and their membership, when the actor outranks them. */
  async function targetOf(actorId: string, actorMembership: MembershipRow, roomId: string, userId: string) {
    const [target, targetMembership] = await Promise.all([users.getById(userId), rooms.membershipOf(roomId, userId)]);
    if (!canActOn(actorMembership, actorId, userId, targetMembership)) {
      throw new CourtsideError('FORBIDDEN', userId === actorId ? 'You cannot do this to yourself.' : `You do not outrank ${target.displayName} in this room.`);
    }
    return { target, targetMembership };
  }

  function requireMemberTarget(membership: MembershipRow | undefined, user: UserRow): MembershipRow {
    if (!membership) throw new CourtsideError('BAD_USER_INPUT', `${user.displayName} is not a member of this room.`, { field: 'userId' });
    return membership;
  }

  /**
   * Pins or unpins in one transaction: the state is checked against the row as the transaction sees
   * it (a pin racing another changes nothing twice), and the published snapshot is read before the commit.
   */
  async function setPinned(viewer: Viewer, messageId: string, pinned: boolean): Promise<MessageRow> {
    const message = await messages.get(viewer, messageId);
    const { actor } = await moderatorOf(viewer, message.roomId);
    const roomId = message.roomId;
    const { updated, event } = await store.transaction(async (tx) => {
      const current = (await tx.messages.findById(messageId)) ?? message;
      if (Boolean(current.pinnedAt) === pinned) return { updated: current, event: null };
      if (pinned && current.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be pinned.');
      if (pinned && (await tx.messages.countPinned(roomId)) >= MAX_PINNED) {
        throw new CourtsideError('BAD_USER_INPUT', `A room can have at most ${MAX_PINNED} pinned messages; unpin one first.`);
      }
      const { seq, at } = await eventLog.append(tx, roomId, pinned ? messagePinned : messageUnpinned, { messageId });
      const updated = (await tx.messages.update(messageId, { pinnedAt: pinned ? at : null }))!;
      const event: Topics['room'] = pinned
        ? { type: 'MessagePinned', roomId, seq, message: await messages.snapshotIn(tx, updated) }
        : { type: 'MessageUnpinned', roomId, seq, messageId };
      await log.record({ roomId, action: pinned ? 'MESSAGE_PINNED' : 'MESSAGE_UNPINNED', actorId: actor.id, targetUserId: message.authorId, targetMessageId: messageId }, tx);
      return { updated, event };
    });
    if (event) pubsub.publish('room', roomId, event);
    return updated;
  }

  return {
    async setRole(viewer: Viewer, roomId: string, userId: string, role: MembershipRow['role']): Promise<MembershipRow> {
      const { actor, membership } = await moderatorOf(viewer, roomId);
      const { target, targetMembership } = await targetOf(actor.id, membership, roomId, userId);
      const current = requireMemberTarget(targetMembership, target);
      if (!canGrant(membership, role)) throw new CourtsideError('FORBIDDEN', `You cannot grant ${role}: it is above your own role.`);
      if (current.role === role) return current;
      await store.transaction(async (tx) => {
        await tx.rooms.setRole(roomId, userId, role);
        await log.record({ roomId, action: 'ROLE_CHANGED', actorId: actor.id, targetUserId: userId, reason: `${current.role} → ${role}` }, tx);
      });
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'ROLE_CHANGED', until: null, reason: role });
      return { ...current, role };
    },

    /**
     * Replaces any running timeout; 0 seconds lifts it. The member is told why and until when. The
     * timeout is kept per (room, user), so leaving and rejoining the room does not lift it.
     */
    async timeout(viewer: Viewer, roomId: string, userId: string, seconds: number, rawReason?: string | null): Promise<MembershipRow> {
      const { actor, membership } = await moderatorOf(viewer, roomId);
      const { target, targetMembership } = await targetOf(actor.id, membership, roomId, userId);
      const current = requireMemberTarget(targetMembership, target);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
        throw new CourtsideError('BAD_USER_INPUT', `A timeout must be from 0 to ${MAX_TIMEOUT_SECONDS} seconds.`, { field: 'seconds' });
      }
      const reason = cleanReason(rawReason);
      const until = seconds === 0 ? null : new Date(now() + seconds * 1000);
      await store.transaction(async (tx) => {
        if (until) await tx.rooms.putTimeout({ roomId, userId, until, reason, timedOutBy: actor.id, createdAt: new Date(now()) });
        else await tx.rooms.deleteTimeout(roomId, userId);
        await log.record(
          { roomId, action: 'USER_TIMED_OUT', actorId: actor.id, targetUserId: userId, reason: until ? `${seconds} s${reason ? `: ${reason}` : ''}` : 'lifted' },
          tx,
        );
      });
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_TIMED_OUT', until, reason });
      return { ...current, timedOutUntil: until, timeoutReason: until ? reason : null };
    },

    /** Removes the user and keeps them out (one transaction), and ends their live events in the room at once. */
    async ban(viewer: Viewer, roomId: string, userId: string, rawReason?: string | null): Promise<boolean> {
      const { actor, membership } = await moderatorOf(viewer, roomId);
      await targetOf(actor.id, membership, roomId, userId);
      const reason = cleanReason(rawReason);
      await store.transaction(async (tx) => {
        await tx.rooms.removeMember(roomId, userId);
        await tx.rooms.putBan({ roomId, userId, reason, bannedBy: actor.id, createdAt: new Date(now()) });
        await log.record({ roomId, action: 'USER_BANNED', actorId: actor.id, targetUserId: userId, reason }, tx);
      });
      pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId, readAccessLost: true });
      rooms.membersChanged(roomId);
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_BANNED', until: null, reason });
      return true;
    },

    async unban(viewer: Viewer, roomId: string, userId: string): Promise<boolean> {
      const { actor } = await moderatorOf(viewer, roomId);
      const lifted = await store.transaction(async (tx) => {
        if (!(await tx.rooms.deleteBan(roomId, userId))) return false;
        await log.record({ roomId, action: 'USER_UNBANNED', actorId: actor.id, targetUserId: userId }, tx);
        return true;
      });
      if (!lifted) return false;
      pubsub.publish('user', userId, { type: 'ModerationNotice', roomId, action: 'USER_UNBANNED', until: null, reason: null });
      return true;
    },

    pin: (viewer: Viewer, messageId: string) => setPinned(viewer, messageId, true),
    unpin: (viewer: Viewer, messageId: string) => setPinned(viewer, messageId, false),

    /** The room's pinned messages, last pinned first. */
    pinned(roomId: string): Promise<MessageRow[]> {
      return store.messages.pinned(roomId);
    },

    /** Only the given fields change; a durable RoomUpdated, carrying the room as committed, tells every subscriber. */
    async updateSettings(viewer: Viewer, roomId: string, input: SettingsInput): Promise<RoomRow> {
      const { room, actor } = await moderatorOf(viewer, roomId);
      const change = cleanSettings(input);
      if (Object.keys(change).length === 0) return room;
      const { seq, updated } = await store.transaction(async (tx) => {
        const { seq } = await eventLog.append(tx, roomId, roomUpdated, {});
        const updated = (await tx.rooms.updateSettings(roomId, change))!;
        await log.record({ roomId, action: 'SETTINGS_CHANGED', actorId: actor.id, reason: describeChange(change) }, tx);
        return { seq, updated };
      });
      pubsub.publish('room', roomId, { type: 'RoomUpdated', roomId, seq, room: updated });
      return updated;
    },

    async logPage(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined) {
      await moderatorOf(viewer, roomId);
      return log.page(roomId, first, after);
    },

    /** Blocked terms are for moderators' eyes: others get an empty list. */
    async visibleBlockedTerms(viewer: Viewer, room: RoomRow): Promise<string[]> {
      return isModerator(await rooms.membership(viewer, room.id)) ? room.blockedTerms : [];
    },
  };
}
