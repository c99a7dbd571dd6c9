// Published messages and their mentions on SQLite. `insert`, `findById`, `findByClientId`,
// `countThreadPost` and `mentionedUsers` are prepared: they run once per send or per published event
// (building and preparing the insert per send cost ~7x more, measured). A taken unique key throws
// UniqueViolation.
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { memberships, mentions, messages, users } from '../../db/schema';
import type { MessageRow } from '../rows';
import { UniqueViolation, type MessageStore } from '../store';

const p = (name: string) => sql.placeholder(name);

/** The constraint a failed write on `messages` met, named as the index is; undefined for any other error. */
export function messagesUniqueConstraint(error: unknown): string | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return undefined;
  const text = String(message);
  if (text.includes('messages.author_id, messages.client_message_id')) return 'messages_author_client_id';
  if (text.includes('messages.room_id, messages.seq')) return 'messages_room_seq';
  if (text.includes('messages.id')) return 'messages_pkey';
  return undefined;
}

export function createSqliteMessages(db: Db): MessageStore {
  const byId = db
    .select()
    .from(messages)
    .where(eq(messages.id, p('id')))
    .prepare();
  const byClientId = db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, p('authorId')), eq(messages.clientMessageId, p('clientId'))))
    .prepare();
  const insertMessage = db
    .insert(messages)
    .values({
      id: p('id'),
      roomId: p('roomId'),
      seq: p('seq'),
      authorId: p('authorId'),
      body: p('body'),
      replyToId: p('replyToId'),
      threadRootId: p('threadRootId'),
      clientMessageId: p('clientMessageId'),
      sendFingerprint: p('sendFingerprint'),
      moderationReason: p('moderationReason'),
      createdAt: p('createdAt'),
    })
    .returning()
    .prepare();
  const threadPost = db
    .update(messages)
    .set({ replyCount: sql`${messages.replyCount} + 1`, lastReplyAt: sql`${p('at')}` })
    .where(eq(messages.id, p('rootId')))
    .prepare();
  const unread = db
    .select({ n: count() })
    .from(messages)
    .where(
      and(
        eq(messages.roomId, p('roomId')),
        gt(messages.seq, p('after')),
        isNull(messages.threadRootId),
        isNull(messages.deletedAt),
        or(isNull(messages.authorId), ne(messages.authorId, p('userId'))),
      ),
    )
    .prepare();
  const mentionedUsers = db
    .select({ user: users })
    .from(mentions)
    .innerJoin(users, eq(users.id, mentions.userId))
    .where(eq(mentions.messageId, p('id')))
    .prepare();
  const deleteMentions = db
    .delete(mentions)
    .where(eq(mentions.messageId, p('id')))
    .prepare();
  const mentionCount = db
    .select({ n: count() })
    .from(mentions)
    .innerJoin(messages, eq(messages.id, mentions.messageId))
    .where(and(eq(mentions.userId, p('userId')), eq(mentions.roomId, p('roomId')), gt(mentions.seq, p('after')), isNull(messages.deletedAt)))
    .prepare();

  return {
    async findById(id) {
      return byId.get({ id });
    },
    async findByClientId(authorId, clientMessageId) {
      return byClientId.get({ authorId, clientId: clientMessageId });
    },
    /** Hot path: once per message published. */
    async insert(message): Promise<MessageRow> {
      try {
        return insertMessage.get(message)!;
      } catch (error) {
        const constraint = messagesUniqueConstraint(error);
        throw constraint ? new UniqueViolation(constraint) : error;
      }
    },
    async update(id, change) {
      if (Object.keys(change).length === 0) return byId.get({ id });
      return db.update(messages).set(change).where(eq(messages.id, id)).returning().get();
    },
    async countThreadPost(rootId, at) {
      threadPost.run({ rootId, at: at.getTime() });
    },
    async timeline({ roomId, threadRootId }, range, limit) {
      const scope = and(eq(messages.roomId, roomId), threadRootId === null ? isNull(messages.threadRootId) : eq(messages.threadRootId, threadRootId));
      if ('afterSeq' in range) {
        return db
          .select()
          .from(messages)
          .where(and(scope, gt(messages.seq, range.afterSeq)))
          .orderBy(asc(messages.seq))
          .limit(limit)
          .all();
      }
      return db
        .select()
        .from(messages)
        .where(and(scope, range.beforeSeq === null ? undefined : lt(messages.seq, range.beforeSeq)))
        .orderBy(desc(messages.seq))
        .limit(limit)
        .all();
    },
    async pinned(roomId) {
      return db
        .select()
        .from(messages)
        .where(and(eq(messages.roomId, roomId), isNotNull(messages.pinnedAt)))
        .orderBy(desc(messages.pinnedAt))
        .all();
    },
    async countPinned(roomId) {
      return db
        .select({ n: count() })
        .from(messages)
        .where(and(eq(messages.roomId, roomId), isNotNull(messages.pinnedAt)))
        .get()!.n;
    },
    async countUnread(roomId, userId, afterSeq) {
      return unread.get({ roomId, after: afterSeq, userId })!.n;
    },

    async membersByUsernameKeys(roomId, keys) {
      if (keys.length === 0) return [];
      return db
        .select({ user: users })
        .from(users)
        .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.roomId, roomId)))
        .where(inArray(users.usernameKey, keys))
        .all()
        .map(({ user }) => user);
    },
    /** Hot path: once per published event that carries a message. */
    async mentionedUsers(messageId) {
      return mentionedUsers.all({ id: messageId }).map(({ user }) => user);
    },
    async replaceMentions(messageId, rows) {
      deleteMentions.run({ id: messageId });
      if (rows.length > 0)
        db.insert(mentions)
          .values(rows.map((row) => ({ messageId, ...row })))
          .run();
    },
    async countMentions(roomId, userId, afterSeq) {
      return mentionCount.get({ roomId, userId, after: afterSeq })!.n;
    },
  };
}
