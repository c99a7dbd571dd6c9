// Reactions on SQLite, one row per (message, user, emoji). Every query is prepared: reacting and the
// groups of each published message's snapshot are hot.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { reactions } from '../../db/schema';
import { UniqueViolation, type ReactionStore } from '../store';

const p = (name: string) => sql.placeholder(name);

export function createSqliteReactions(db: Db): ReactionStore {
  const byMessage = eq(reactions.messageId, p('messageId'));
  const one = and(byMessage, eq(reactions.userId, p('userId')), eq(reactions.emoji, p('emoji')));
  const counts = db
    .select({ emoji: reactions.emoji, count: count() })
    .from(reactions)
    .where(byMessage)
    .groupBy(reactions.emoji)
    .orderBy(sql`min(${reactions.createdAt})`, reactions.emoji)
    .prepare();
  const reactors = db
    .select({ emoji: reactions.emoji, userId: reactions.userId })
    .from(reactions)
    .where(byMessage)
    .orderBy(asc(reactions.createdAt), asc(reactions.emoji))
    .prepare();
  const has = db.select({ emoji: reactions.emoji }).from(reactions).where(one).prepare();
  const countOf = db
    .select({ n: count() })
    .from(reactions)
    .where(and(byMessage, eq(reactions.emoji, p('emoji'))))
    .prepare();
  const distinct = db
    .select({ n: sql<number>`count(distinct ${reactions.emoji})` })
    .from(reactions)
    .where(byMessage)
    .prepare();
  const add = db
    .insert(reactions)
    .values({ messageId: p('messageId'), userId: p('userId'), emoji: p('emoji'), createdAt: p('createdAt') })
    .prepare();
  const remove = db.delete(reactions).where(one).prepare();

  return {
    async counts(messageId) {
      return counts.all({ messageId });
    },
    async reactors(messageId) {
      return reactors.all({ messageId });
    },
    async has(messageId, emoji, userId) {
      return has.get({ messageId, emoji, userId }) !== undefined;
    },
    async count(messageId, emoji) {
      return countOf.get({ messageId, emoji })!.n;
    },
    async distinctEmoji(messageId) {
      return distinct.get({ messageId })!.n;
    },
    async add(reaction) {
      try {
        add.run(reaction);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new UniqueViolation('reactions_pkey');
        throw error;
      }
    },
    async remove(messageId, emoji, userId) {
      remove.run({ messageId, emoji, userId });
    },
  };
}
