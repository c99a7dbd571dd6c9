// Reading reactions grouped by emoji: counts for pages, and with the reactors' ids for live events,
// whose `reactedByMe` must be answerable for every subscriber without another read.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { reactions } from '../db/schema';

/** All reactions with one emoji on one message, as `ReactionGroup` resolves it. */
export interface ReactionGroupSource {
  messageId: string;
  emoji: string;
  count: number;
  /** Who reacted, when the group was read for a live event; absent on pages (then asked per viewer). */
  reactorIds?: readonly string[];
}

const p = (name: string) => sql.placeholder(name);

export function createReactionGroups(db: Db) {
  const byMessage = eq(reactions.messageId, p('messageId'));
  const counts = db
    .select({ emoji: reactions.emoji, count: count() })
    .from(reactions)
    .where(byMessage)
    .groupBy(reactions.emoji)
    .orderBy(sql`min(${reactions.createdAt})`, reactions.emoji)
    .prepare();
  const rows = db.select({ emoji: reactions.emoji, userId: reactions.userId }).from(reactions).where(byMessage).orderBy(asc(reactions.createdAt), asc(reactions.emoji)).prepare();
  const one = db
    .select({ emoji: reactions.emoji })
    .from(reactions)
    .where(and(byMessage, eq(reactions.userId, p('userId')), eq(reactions.emoji, p('emoji'))))
    .prepare();

  return {
    /** Groups in the order each emoji was first used on the message. */
    counts(messageId: string): ReactionGroupSource[] {
      return counts.all({ messageId }).map((group) => ({ messageId, ...group }));
    },

    /** The same groups with their reactors: once per published event, never per subscriber. */
    withReactors(messageId: string): ReactionGroupSource[] {
      const groups = new Map<string, { messageId: string; emoji: string; count: number; reactorIds: string[] }>();
      for (const { emoji, userId } of rows.all({ messageId })) {
        let group = groups.get(emoji);
        if (!group) groups.set(emoji, (group = { messageId, emoji, count: 0, reactorIds: [] }));
        group.count++;
        group.reactorIds.push(userId);
      }
      return [...groups.values()];
    },

    hasReacted(messageId: string, emoji: string, userId: string): boolean {
      return one.get({ messageId, userId, emoji }) !== undefined;
    },
  };
}

export type ReactionGroups = ReturnType<typeof createReactionGroups>;
