// Writing a published message: the row, its seq and event, the thread root's counters and the
// mentions, all inside the caller's write transaction; and announcing it after the commit. Shared
// by sending and by approving a held message.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { memberships, mentions, messages, users, type MessageRow, type UserRow } from '../db/schema';
import type { EventLog } from '../events/eventLog';
import type { PubSub } from '../pubsub';
import { publicUser, type PublicUser } from '../users/publicUser';
import { parseMentions } from './mentions';
import { createMessageSnapshots } from './messageSnapshot';

export interface NewMessage {
  id: string;
  roomId: string;
  authorId: string | null;
  body: string;
  replyToId: string | null;
  threadRootId: string | null;
  clientMessageId: string | null;
  sendFingerprint: string | null;
  moderationReason?: string | null;
}

export type MessageWriter = ReturnType<typeof createMessageWriter>;

const p = (name: string) => sql.placeholder(name);

export function createMessageWriter(db: Db, eventLog: EventLog, pubsub: PubSub) {
  const snapshots = createMessageSnapshots(db);
  // Hot path: prepared once; building and preparing the query per send cost ~7x more (measured).
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

  /** Mentioned members of the room (never the author), stored with the message's seq; after an edit, instead of the old ones. */
  function recordMentions(message: MessageRow): PublicUser[] {
    db.delete(mentions).where(eq(mentions.messageId, message.id)).run();
    return addMentions(message);
  }

  function addMentions(message: MessageRow): PublicUser[] {
    const keys = parseMentions(message.body);
    if (keys.length === 0) return [];
    const mentioned = db
      .select({ user: users })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.roomId, message.roomId)))
      .where(inArray(users.usernameKey, keys))
      .all()
      .map(({ user }) => publicUser(user))
      .filter((user) => user.id !== message.authorId);
    if (mentioned.length > 0) {
      db.insert(mentions)
        .values(mentioned.map((user) => ({ messageId: message.id, userId: user.id, roomId: message.roomId, seq: message.seq })))
        .run();
    }
    return mentioned;
  }

  return {
    recordMentions,

    /** The message with everything its live view shows; once per published event. */
    snapshot: snapshots.snapshot,

    /** Hot path: once per message published. Call inside eventLog.writeTransaction. */
    insert(input: NewMessage): { message: MessageRow; mentioned: PublicUser[] } {
      const { seq, at } = eventLog.append(input.roomId, 'MessageAdded', input.id);
      const message = insertMessage.get({ moderationReason: null, ...input, seq, createdAt: at })!;
      if (input.threadRootId) {
        db.update(messages)
          .set({ replyCount: sql`${messages.replyCount} + 1`, lastReplyAt: at })
          .where(eq(messages.id, input.threadRootId))
          .run();
      }
      return { message, mentioned: addMentions(message) }; // a new message has none to replace
    },

    /**
     * After the commit: the room's MessageAdded, carrying what its live view shows (a new message has
     * no reactions yet; the sender, when given, is not read again), and a Mentioned for each mentioned
     * user. Hot path: once per message published.
     */
    announceAdded(message: MessageRow, mentioned: PublicUser[], author?: UserRow): void {
      const live = snapshots.snapshot(message, { reactions: [], mentions: mentioned, author: author && publicUser(author) });
      pubsub.publish('room', message.roomId, { type: 'MessageAdded', roomId: message.roomId, seq: message.seq, message: live });
      this.announceMentions(message, mentioned);
    },

    announceMentions(message: MessageRow, users: PublicUser[]): void {
      for (const { id } of users) pubsub.publish('user', id, { type: 'Mentioned', roomId: message.roomId, messageId: message.id });
    },
  };
}
