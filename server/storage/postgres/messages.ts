// Messages, thread counters and mentions on PostgreSQL.
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { memberships, mentions, messages, users } from '../../db/pgSchema';
import type { MessageStore } from '../store';
import { messageColumns, prepared, type PgExecutor } from './pgExecutor';
import { uniqueAsViolation } from './unavailable';

export function createPgMessages(db: PgExecutor): MessageStore {
  // Hot path: replies, threads and every send's idempotency check read these.
  const byId = prepared(() =>
    db
      .select(messageColumns)
      .from(messages)
      .where(eq(messages.id, sql.placeholder('id'))),
  );
  const byClientId = prepared(() =>
    db
      .select(messageColumns)
      .from(messages)
      .where(and(eq(messages.authorId, sql.placeholder('authorId')), eq(messages.clientMessageId, sql.placeholder('clientId')))),
  );

  async function findById(id: string) {
    const [message] = await byId().execute({ id });
    return message;
  }

  return {
    findById,

    async findByClientId(authorId, clientMessageId) {
      const [message] = await byClientId().execute({ authorId, clientId: clientMessageId });
      return message;
    },

    /** Hot path: once per message published. A taken (author, client id), (room, seq) or id throws UniqueViolation. */
    async insert(message) {
      try {
        const [inserted] = await db.insert(messages).values(message).returning(messageColumns);
        return inserted;
      } catch (error) {
        throw uniqueAsViolation(error);
      }
    },

    async update(id, change) {
      if (Object.keys(change).length === 0) return findById(id);
      const [updated] = await db.update(messages).set(change).where(eq(messages.id, id)).returning(messageColumns);
      return updated;
    },

    async countThreadPost(rootId, at) {
      await db
        .update(messages)
        .set({ replyCount: sql`${messages.replyCount} + 1`, lastReplyAt: at })
        .where(eq(messages.id, rootId));
    },

    async timeline({ roomId, threadRootId }, range, limit) {
      const scope = and(eq(messages.roomId, roomId), threadRootId === null ? isNull(messages.threadRootId) : eq(messages.threadRootId, threadRootId));
      const query = db.select(messageColumns).from(messages);
      if ('afterSeq' in range) {
        return query
          .where(and(scope, gt(messages.seq, range.afterSeq)))
          .orderBy(asc(messages.seq))
          .limit(limit);
      }
      const before = range.beforeSeq === null ? undefined : lt(messages.seq, range.beforeSeq);
      return query.where(and(scope, before)).orderBy(desc(messages.seq)).limit(limit);
    },

    async pinned(roomId) {
      return db
        .select(messageColumns)
        .from(messages)
        .where(and(eq(messages.roomId, roomId), isNotNull(messages.pinnedAt)))
        .orderBy(desc(messages.pinnedAt));
    },

    async countPinned(roomId) {
      const [row] = await db
        .select({ n: count() })
        .from(messages)
        .where(and(eq(messages.roomId, roomId), isNotNull(messages.pinnedAt)));
      return row?.n ?? 0;
    },

    async countUnread(roomId, userId, afterSeq) {
      const [row] = await db
        .select({ n: count() })
        .from(messages)
        .where(
          and(
            eq(messages.roomId, roomId),
            gt(messages.seq, afterSeq),
            isNull(messages.threadRootId),
            isNull(messages.deletedAt),
            or(isNull(messages.authorId), ne(messages.authorId, userId)),
          ),
        );
      return row?.n ?? 0;
    },

    async membersByUsernameKeys(roomId, keys) {
      if (keys.length === 0) return [];
      const rows = await db
        .select({ user: users })
        .from(users)
        .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.roomId, roomId)))
        .where(inArray(users.usernameKey, keys));
      return rows.map((row) => row.user);
    },

    async mentionedUsers(messageId) {
      const rows = await db.select({ user: users }).from(mentions).innerJoin(users, eq(users.id, mentions.userId)).where(eq(mentions.messageId, messageId));
      return rows.map((row) => row.user);
    },

    async replaceMentions(messageId, list) {
      await db.delete(mentions).where(eq(mentions.messageId, messageId));
      if (list.length > 0) await db.insert(mentions).values(list.map((mention) => ({ messageId, ...mention })));
    },

    async countMentions(roomId, userId, afterSeq) {
      const [row] = await db
        .select({ n: count() })
        .from(mentions)
        .innerJoin(messages, eq(messages.id, mentions.messageId))
        .where(and(eq(mentions.userId, userId), eq(mentions.roomId, roomId), gt(mentions.seq, afterSeq), isNull(messages.deletedAt)));
      return row?.n ?? 0;
    },
  };
}
