// Reactions on PostgreSQL: one row per user per emoji per message.
import { and, asc, count, countDistinct, eq, sql } from 'drizzle-orm';
import { reactions } from '../../db/pgSchema';
import type { ReactionStore } from '../store';
import type { PgExecutor } from './pgExecutor';
import { uniqueAsViolation } from './unavailable';

const one = (messageId: string, emoji: string, userId: string) => and(eq(reactions.messageId, messageId), eq(reactions.emoji, emoji), eq(reactions.userId, userId));

export function createPgReactions(db: PgExecutor): ReactionStore {
  return {
    async counts(messageId) {
      return db
        .select({ emoji: reactions.emoji, count: count() })
        .from(reactions)
        .where(eq(reactions.messageId, messageId))
        .groupBy(reactions.emoji)
        .orderBy(sql`min(${reactions.createdAt})`, asc(reactions.emoji));
    },

    async reactors(messageId) {
      return db
        .select({ emoji: reactions.emoji, userId: reactions.userId })
        .from(reactions)
        .where(eq(reactions.messageId, messageId))
        .orderBy(asc(reactions.createdAt), asc(reactions.emoji));
    },

    async has(messageId, emoji, userId) {
      const rows = await db
        .select({ emoji: reactions.emoji })
        .from(reactions)
        .where(one(messageId, emoji, userId));
      return rows.length > 0;
    },

    async count(messageId, emoji) {
      const [row] = await db
        .select({ n: count() })
        .from(reactions)
        .where(and(eq(reactions.messageId, messageId), eq(reactions.emoji, emoji)));
      return row?.n ?? 0;
    },

    async distinctEmoji(messageId) {
      const [row] = await db
        .select({ n: countDistinct(reactions.emoji) })
        .from(reactions)
        .where(eq(reactions.messageId, messageId));
      return row?.n ?? 0;
    },

    async add(reaction) {
      try {
        await db.insert(reactions).values(reaction);
      } catch (error) {
        throw uniqueAsViolation(error);
      }
    },

    async remove(messageId, emoji, userId) {
      await db.delete(reactions).where(one(messageId, emoji, userId));
    },
  };
}
