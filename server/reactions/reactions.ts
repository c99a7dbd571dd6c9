// Reactions on messages: one per user per emoji, idempotent, each change a durable room event.
import { CourtsideError } from '../errors';
import type { EventLog } from '../events/eventLog';
import type { Messages } from '../messages/messages';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { MessageRow, UserRow } from '../storage/rows';
import { UniqueViolation, type Store } from '../storage/store';
import { publicUser } from '../users/publicUser';
import type { Viewer } from '../users/viewer';
import { cleanEmoji } from './emoji';
import { reactionCounts, type ReactionGroupSource } from './reactionGroups';
import { reactionChanged } from './reactionEvents';

export const MAX_DISTINCT_EMOJI = 20;

export interface ReactionsDeps {
  store: Store;
  pubsub: PubSub;
  rooms: Rooms;
  messages: Messages;
  eventLog: EventLog;
}

export type Reactions = ReturnType<typeof createReactions>;

export function createReactions({ store, pubsub, rooms, messages, eventLog }: ReactionsDeps) {
  /** The message, if the viewer is a member of its room and it is not deleted. */
  async function target(viewer: Viewer, messageId: string): Promise<{ message: MessageRow; user: UserRow }> {
    const message = await messages.get(viewer, messageId);
    const { user } = await rooms.requirePoster(viewer, message.roomId);
    if (message.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot take reactions.');
    return { message, user };
  }

  /**
   * Adds or removes the viewer's reaction in one transaction, records its event, publishes right
   * after the commit. Nothing changes, and nothing is published, when the reaction already is as
   * asked: checked inside the transaction, so a repeat racing the first is a repeat too.
   */
  async function change(viewer: Viewer, messageId: string, rawEmoji: string, added: boolean): Promise<MessageRow> {
    const emoji = cleanEmoji(rawEmoji);
    const { message, user } = await target(viewer, messageId);
    const userId = user.id;
    let changed: { seq: number; n: number } | null;
    try {
      changed = await store.transaction(async (tx) => {
        if ((await tx.reactions.has(messageId, emoji, userId)) === added) return null;
        if (added && (await tx.reactions.count(messageId, emoji)) === 0 && (await tx.reactions.distinctEmoji(messageId)) >= MAX_DISTINCT_EMOJI) {
          throw new CourtsideError('BAD_USER_INPUT', `A message can have at most ${MAX_DISTINCT_EMOJI} different emoji.`, { field: 'emoji' });
        }
        if (added) await tx.reactions.add({ messageId, userId, emoji, createdAt: new Date() });
        else await tx.reactions.remove(messageId, emoji, userId);
        const n = await tx.reactions.count(messageId, emoji);
        const { seq } = await eventLog.append(tx, message.roomId, reactionChanged, { messageId, emoji, userId, added, count: n });
        return { seq, n };
      });
    } catch (error) {
      // The same reaction added at the same moment by another process: this one is the repeat.
      if (error instanceof UniqueViolation) return message;
      throw error;
    }
    if (!changed) return message;
    pubsub.publish('room', message.roomId, {
      type: 'ReactionChanged',
      roomId: message.roomId,
      seq: changed.seq,
      messageId,
      emoji,
      count: changed.n,
      userId,
      user: publicUser(user),
      added,
    });
    return message;
  }

  return {
    add(viewer: Viewer, messageId: string, rawEmoji: string): Promise<MessageRow> {
      return change(viewer, messageId, rawEmoji, true);
    },

    remove(viewer: Viewer, messageId: string, rawEmoji: string): Promise<MessageRow> {
      return change(viewer, messageId, rawEmoji, false);
    },

    /** Groups in the order each emoji was first used on the message. */
    groups(messageId: string): Promise<ReactionGroupSource[]> {
      return reactionCounts(store.reactions, messageId);
    },

    hasReacted(messageId: string, emoji: string, userId: string): Promise<boolean> {
      return store.reactions.has(messageId, emoji, userId);
    },
  };
}
