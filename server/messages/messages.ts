// Messages: send (also into threads), edit, delete and history. Each change takes the room's next
// seq in the event log inside one write transaction, and is published only after the commit.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { memberships, mentions, messages, users, type MessageRow, type UserRow } from '../db/schema';
import { CourtsideError } from '../errors';
import type { EventLog } from '../events/eventLog';
import { newId } from '../ids';
import type { Page } from '../pagination';
import type { PubSub } from '../pubsub';
import { canDeleteMessage } from '../rooms/access';
import type { Rooms } from '../rooms/rooms';
import { requireUser, type Viewer } from '../users/viewer';
import { cleanBody, cleanClientMessageId, sendFingerprint } from './body';
import { parseMentions } from './mentions';
import { createTimelinePages, type PageArgs } from './timelinePages';

export interface MessagesDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  eventLog: EventLog;
  maxMessageLength: number;
}

export interface SendInput {
  roomId: string;
  body: string;
  replyToId?: string | null;
  threadRootId?: string | null;
  clientMessageId?: string | null;
}

export type Messages = ReturnType<typeof createMessages>;


export function createMessages({ db, pubsub, rooms: roomsDomain, eventLog, maxMessageLength }: MessagesDeps) {
  const byId = db.select().from(messages).where(eq(messages.id, sql.placeholder('id'))).prepare();
  const byClientId = db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, sql.placeholder('authorId')), eq(messages.clientMessageId, sql.placeholder('clientId'))))
    .prepare();

  function find(viewer: Viewer, id: string): MessageRow {
    const message = byId.get({ id });
    if (!message) throw new CourtsideError('NOT_FOUND', `Message '${id}' does not exist.`);
    roomsDomain.readable(viewer, message.roomId);
    return message;
  }

  /** A message of `roomId` to reply to or post under; BAD_USER_INPUT when it is elsewhere or unfit. */
  function sameRoomMessage(roomId: string, id: string, field: 'replyToId' | 'threadRootId'): MessageRow {
    const message = byId.get({ id });
    if (!message || message.roomId !== roomId) {
      throw new CourtsideError('BAD_USER_INPUT', `The message '${id}' given as ${field} is not in this room.`, { field });
    }
    if (field === 'threadRootId' && message.threadRootId) {
      throw new CourtsideError('BAD_USER_INPUT', 'A thread post cannot start a thread; post under its root instead.', { field });
    }
    return message;
  }

  /** Mentioned members of the room (never the author), stored with the message's seq. */
  function recordMentions(message: MessageRow): string[] {
    db.delete(mentions).where(eq(mentions.messageId, message.id)).run();
    const keys = parseMentions(message.body);
    if (keys.length === 0) return [];
    const mentioned = db
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.roomId, message.roomId)))
      .where(inArray(users.usernameKey, keys))
      .all()
      .map((u) => u.id)
      .filter((id) => id !== message.authorId);
    if (mentioned.length > 0) {
      db.insert(mentions).values(mentioned.map((userId) => ({ messageId: message.id, userId, roomId: message.roomId, seq: message.seq }))).run();
    }
    return mentioned;
  }

  function notifyMentioned(message: MessageRow, userIds: string[]): void {
    for (const userId of userIds) pubsub.publish('user', userId, { type: 'Mentioned', roomId: message.roomId, messageId: message.id });
  }

  /** Hot path: once per message sent. */
  function insertMessage(input: { roomId: string; authorId: string; body: string; replyToId: string | null; threadRootId: string | null; clientMessageId: string | null; fingerprint: string }) {
    const id = newId();
    const { seq, at } = eventLog.append(input.roomId, 'MessageAdded', id);
    const message = db
      .insert(messages)
      .values({ id, seq, createdAt: at, sendFingerprint: input.fingerprint, ...input })
      .returning()
      .get();
    if (input.threadRootId) {
      db.update(messages)
        .set({ replyCount: sql`${messages.replyCount} + 1`, lastReplyAt: at })
        .where(eq(messages.id, input.threadRootId))
        .run();
    }
    return { message, mentioned: recordMentions(message) };
  }

  const timelinePage = createTimelinePages(db);

  return {
    /** Idempotent by (author, clientMessageId): a retry returns the original and publishes nothing. */
    send(viewer: Viewer, input: SendInput): MessageRow {
      const { room, user } = roomsDomain.requireMember(viewer, input.roomId);
      const body = cleanBody(input.body, maxMessageLength);
      const clientMessageId = cleanClientMessageId(input.clientMessageId);
      const replyToId = input.replyToId ? sameRoomMessage(room.id, input.replyToId, 'replyToId').id : null;
      const threadRootId = input.threadRootId ? sameRoomMessage(room.id, input.threadRootId, 'threadRootId').id : null;
      const fingerprint = sendFingerprint({ roomId: room.id, body, replyToId, threadRootId });
      const written = eventLog.writeTransaction(() => {
        const original = clientMessageId ? byClientId.get({ authorId: user.id, clientId: clientMessageId }) : undefined;
        if (original) return { original };
        return insertMessage({ roomId: room.id, authorId: user.id, body, replyToId, threadRootId, clientMessageId, fingerprint });
      });
      if ('original' in written) {
        if (written.original.sendFingerprint === fingerprint) return written.original;
        throw new CourtsideError('CONFLICT', `clientMessageId "${clientMessageId}" was already used for a different message.`, {
          field: 'clientMessageId',
        });
      }
      const { message, mentioned } = written;
      pubsub.publish('room', room.id, { type: 'MessageAdded', roomId: room.id, seq: message.seq, message });
      notifyMentioned(message, mentioned);
      return message;
    },

    edit(viewer: Viewer, id: string, rawBody: string): MessageRow {
      const user = requireUser(viewer, 'edit a message');
      const current = find(viewer, id);
      if (current.authorId !== user.id) throw new CourtsideError('FORBIDDEN', 'Only the author can edit a message.');
      if (current.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be edited.');
      const body = cleanBody(rawBody, maxMessageLength);
      if (body === current.body) return current;
      const before = new Set(db.select({ id: mentions.userId }).from(mentions).where(eq(mentions.messageId, id)).all().map((m) => m.id));
      const { seq, message, mentioned } = eventLog.writeTransaction(() => {
        const { seq, at } = eventLog.append(current.roomId, 'MessageEdited', id);
        const message = db.update(messages).set({ body, editedAt: at }).where(eq(messages.id, id)).returning().get()!;
        return { seq, message, mentioned: recordMentions(message) };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageEdited', roomId: message.roomId, seq, message });
      notifyMentioned(message, mentioned.filter((userId) => !before.has(userId)));
      return message;
    },

    /** Leaves a tombstone: the row stays with an empty body and `deletedAt` set. */
    delete(viewer: Viewer, id: string): MessageRow {
      const user = requireUser(viewer, 'delete a message');
      const current = find(viewer, id);
      const membership = roomsDomain.membership(viewer, current.roomId);
      if (!canDeleteMessage(current.authorId, user.id, membership)) {
        throw new CourtsideError('FORBIDDEN', 'Only the author or a moderator of this room can delete this message.');
      }
      if (current.deletedAt) return current;
      const { seq, message } = eventLog.writeTransaction(() => {
        const { seq, at } = eventLog.append(current.roomId, 'MessageDeleted', id);
        return { seq, message: db.update(messages).set({ body: '', deletedAt: at }).where(eq(messages.id, id)).returning().get()! };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageDeleted', roomId: message.roomId, seq, messageId: id });
      return message;
    },

    /** Hot path for `replyTo` fields and event payloads: a prepared primary-key lookup. */
    findById(id: string): MessageRow | undefined {
      return byId.get({ id });
    },

    /** A message the viewer may read, or NOT_FOUND. */
    get: find,

    mentionedUsers(messageId: string): UserRow[] {
      return db
        .select({ user: users })
        .from(mentions)
        .innerJoin(users, eq(users.id, mentions.userId))
        .where(eq(mentions.messageId, messageId))
        .all()
        .map((row) => row.user);
    },

    /** The main timeline (thread posts excluded) as a Relay page keyed by seq; by default the newest 50. */
    page(viewer: Viewer, roomId: string, args: PageArgs): Page<MessageRow> {
      roomsDomain.readable(viewer, roomId);
      return timelinePage(and(eq(messages.roomId, roomId), isNull(messages.threadRootId)), args);
    },

    /** The posts under a thread root, oldest first. */
    thread(viewer: Viewer, rootId: string, args: { first?: number | null; after?: string | null }): Page<MessageRow> {
      const root = find(viewer, rootId);
      if (root.threadRootId) throw new CourtsideError('BAD_USER_INPUT', `Message '${rootId}' is a thread post, not a thread root.`);
      return timelinePage(and(eq(messages.roomId, root.roomId), eq(messages.threadRootId, rootId)), { first: args.first ?? 50, after: args.after });
    },
  };
}
