// Reactions on messages: one per user per emoji, idempotent, each change a durable room event.
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { reactions, type MessageRow, type UserRow } from '../db/schema';
import { CourtsideError } from '../errors';
import type { EventLog } from '../events/eventLog';
import type { Messages } from '../messages/messages';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import { publicUser } from '../users/publicUser';
import type { Viewer } from '../users/viewer';
import { cleanEmoji } from './emoji';
import { createReactionGroups, type ReactionGroupSource } from './reactionGroups';

export const MAX_DISTINCT_EMOJI = 20;

export interface ReactionsDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  messages: Messages;
  eventLog: EventLog;
}

export type Reactions = ReturnType<typeof createReactions>;

export function createReactions({ db, pubsub, rooms, messages, eventLog }: ReactionsDeps) {
  const reactionGroups = createReactionGroups(db);
  const countOf = db
    .select({ n: count() })
    .from(reactions)
    .where(and(eq(reactions.messageId, sql.placeholder('messageId')), eq(reactions.emoji, sql.placeholder('emoji'))))
    .prepare();

  /** The message, if the viewer is a member of its room and it is not deleted. */
  function target(viewer: Viewer, messageId: string): { message: MessageRow; user: UserRow } {
    const message = messages.get(viewer, messageId);
    const { user } = rooms.requirePoster(viewer, message.roomId);
    if (message.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot take reactions.');
    return { message, user };
  }

  function distinctEmoji(messageId: string): number {
    return db
      .select({ n: sql<number>`count(distinct ${reactions.emoji})` })
      .from(reactions)
      .where(eq(reactions.messageId, messageId))
      .get()!.n;
  }

  /** Applies one change in a write transaction, records its event, publishes after the commit. */
  function change(message: MessageRow, user: UserRow, emoji: string, added: boolean, write: () => void): void {
    const { seq, n } = eventLog.writeTransaction(() => {
      write();
      const n = countOf.get({ messageId: message.id, emoji })!.n;
      const { seq } = eventLog.append(message.roomId, 'ReactionChanged', message.id, { emoji, actorId: user.id, added, count: n });
      return { seq, n };
    });
    pubsub.publish('room', message.roomId, {
      type: 'ReactionChanged',
      roomId: message.roomId,
      seq,
      messageId: message.id,
      emoji,
      count: n,
      userId: user.id,
      user: publicUser(user),
      added,
    });
  }

  return {
    add(viewer: Viewer, messageId: string, rawEmoji: string): MessageRow {
      const emoji = cleanEmoji(rawEmoji);
      const { message, user } = target(viewer, messageId);
      const userId = user.id;
      if (reactionGroups.hasReacted(messageId, emoji, userId)) return message;
      if (countOf.get({ messageId, emoji })!.n === 0 && distinctEmoji(messageId) >= MAX_DISTINCT_EMOJI) {
        throw new CourtsideError('BAD_USER_INPUT', `A message can have at most ${MAX_DISTINCT_EMOJI} different emoji.`, { field: 'emoji' });
      }
      change(message, user, emoji, true, () => {
        db.insert(reactions).values({ messageId, userId, emoji, createdAt: new Date() }).run();
      });
      return message;
    },

    remove(viewer: Viewer, messageId: string, rawEmoji: string): MessageRow {
      const emoji = cleanEmoji(rawEmoji);
      const { message, user } = target(viewer, messageId);
      const userId = user.id;
      if (!reactionGroups.hasReacted(messageId, emoji, userId)) return message;
      change(message, user, emoji, false, () => {
        db.delete(reactions)
          .where(and(eq(reactions.messageId, messageId), eq(reactions.userId, userId), eq(reactions.emoji, emoji)))
          .run();
      });
      return message;
    },

    /** Groups in the order each emoji was first used on the message. */
    groups(messageId: string): ReactionGroupSource[] {
      return reactionGroups.counts(messageId);
    },

    hasReacted: reactionGroups.hasReacted,
  };
}
