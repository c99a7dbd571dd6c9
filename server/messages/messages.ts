// Messages: send, edit, delete and history. Each change bumps the room's seq, writes the message and
// its event row in one transaction, and publishes only after the commit.
import { and, asc, desc, eq, gt, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { messages, roomEvents, rooms, type MessageRow } from '../db/schema';
import { CourtsideError } from '../errors';
import { newId } from '../ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { DurableRoomEvent, PubSub } from '../pubsub';
import { canDeleteMessage } from '../rooms/access';
import type { Rooms } from '../rooms/rooms';
import { requireUser, type Viewer } from '../users/viewer';
import { cleanBody, cleanClientMessageId, sendFingerprint } from './body';

export interface MessagesDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  maxMessageLength: number;
  now?: () => number;
}

export interface SendInput {
  roomId: string;
  body: string;
  replyToId?: string | null;
  clientMessageId?: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type Messages = ReturnType<typeof createMessages>;

const isSeq = (key: unknown): key is number => Number.isInteger(key);

export function createMessages({ db, pubsub, rooms: roomsDomain, maxMessageLength, now = Date.now }: MessagesDeps) {
  const byId = db.select().from(messages).where(eq(messages.id, sql.placeholder('id'))).prepare();
  const byClientId = db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, sql.placeholder('authorId')), eq(messages.clientMessageId, sql.placeholder('clientId'))))
    .prepare();
  const nextSeq = db
    .update(rooms)
    .set({ lastSeq: sql`${rooms.lastSeq} + 1` })
    .where(eq(rooms.id, sql.placeholder('roomId')))
    .returning({ seq: rooms.lastSeq })
    .prepare();

  /** Takes the room's next seq, applies `change`, records the event. Call inside a write transaction. */
  function appendEvent<T extends MessageRow>(roomId: string, type: DurableRoomEvent['type'], change: (seq: number, at: Date) => T) {
    const { seq } = nextSeq.get({ roomId })!;
    const at = new Date(now());
    const message = change(seq, at);
    db.insert(roomEvents).values({ roomId, seq, type, messageId: message.id, createdAt: at }).run();
    return { seq, message };
  }

  /** IMMEDIATE takes the write lock up front, so checks inside see the state the write applies to. */
  function writeTransaction<T>(work: () => T): T {
    return db.transaction(work, { behavior: 'immediate' });
  }

  function commitEvent<T extends MessageRow>(roomId: string, type: DurableRoomEvent['type'], change: (seq: number, at: Date) => T) {
    return writeTransaction(() => appendEvent(roomId, type, change));
  }

  function find(viewer: Viewer, id: string): MessageRow {
    const message = byId.get({ id });
    if (!message) throw new CourtsideError('NOT_FOUND', `Message '${id}' does not exist.`);
    roomsDomain.readable(viewer, message.roomId);
    return message;
  }

  return {
    /** Idempotent by (author, clientMessageId): a retry returns the original and publishes nothing. */
    send(viewer: Viewer, input: SendInput): MessageRow {
      const { room, user } = roomsDomain.requireMember(viewer, input.roomId);
      const body = cleanBody(input.body, maxMessageLength);
      const clientMessageId = cleanClientMessageId(input.clientMessageId);
      const replyToId = input.replyToId ?? null;
      const fingerprint = sendFingerprint({ roomId: room.id, body, replyToId });
      if (replyToId) {
        const parent = byId.get({ id: replyToId });
        if (!parent || parent.roomId !== room.id) {
          throw new CourtsideError('BAD_USER_INPUT', `The message replied to ('${replyToId}') is not in this room.`, { field: 'replyToId' });
        }
      }
      const written = writeTransaction(() => {
        const original = clientMessageId ? byClientId.get({ authorId: user.id, clientId: clientMessageId }) : undefined;
        if (original) return { original };
        return appendEvent(room.id, 'MessageAdded', (seq, at) =>
          db
            .insert(messages)
            .values({
              id: newId(),
              roomId: room.id,
              seq,
              authorId: user.id,
              body,
              replyToId,
              clientMessageId,
              sendFingerprint: fingerprint,
              createdAt: at,
            })
            .returning()
            .get(),
        );
      });
      if ('original' in written) {
        if (written.original.sendFingerprint === fingerprint) return written.original;
        throw new CourtsideError('CONFLICT', `clientMessageId "${clientMessageId}" was already used for a different message.`, {
          field: 'clientMessageId',
        });
      }
      const { seq, message } = written;
      pubsub.publish('room', room.id, { type: 'MessageAdded', roomId: room.id, seq, message });
      return message;
    },

    edit(viewer: Viewer, id: string, rawBody: string): MessageRow {
      const user = requireUser(viewer, 'edit a message');
      const current = find(viewer, id);
      if (current.authorId !== user.id) throw new CourtsideError('FORBIDDEN', 'Only the author can edit a message.');
      if (current.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be edited.');
      const body = cleanBody(rawBody, maxMessageLength);
      if (body === current.body) return current;
      const { seq, message } = commitEvent(current.roomId, 'MessageEdited', (_seq, at) =>
        db.update(messages).set({ body, editedAt: at }).where(eq(messages.id, id)).returning().get()!,
      );
      pubsub.publish('room', message.roomId, { type: 'MessageEdited', roomId: message.roomId, seq, message });
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
      const { seq, message } = commitEvent(current.roomId, 'MessageDeleted', (_seq, at) =>
        db.update(messages).set({ body: '', deletedAt: at }).where(eq(messages.id, id)).returning().get()!,
      );
      pubsub.publish('room', message.roomId, { type: 'MessageDeleted', roomId: message.roomId, seq, messageId: id });
      return message;
    },

    /** Hot path for `replyTo` fields. The parent is in the same room, so the reader may see it. */
    findById(id: string): MessageRow | undefined {
      return byId.get({ id });
    },

    /** The main timeline as a Relay page keyed by seq; without arguments, the newest 50. */
    page(viewer: Viewer, roomId: string, args: PageArgs): Page<MessageRow> {
      roomsDomain.readable(viewer, roomId);
      if (args.first != null && args.last != null) {
        throw new CourtsideError('BAD_USER_INPUT', 'Pass `first` or `last`, not both.');
      }
      const cursorOf = (m: MessageRow) => encodeCursor('message', m.seq);
      const inRoom = eq(messages.roomId, roomId);
      if (args.first != null || args.after != null) {
        const limit = pageSize(args.first, 50, 'first');
        const after = args.after ? decodeCursor('message', args.after, isSeq) : 0;
        const rows = db.select().from(messages).where(and(inRoom, gt(messages.seq, after))).orderBy(asc(messages.seq)).limit(limit + 1).all();
        return toPage(rows.slice(0, limit), cursorOf, { hasNextPage: rows.length > limit, hasPreviousPage: after > 0 });
      }
      const limit = pageSize(args.last, 50, 'last');
      const before = args.before ? decodeCursor('message', args.before, isSeq) : null;
      const rows = db
        .select()
        .from(messages)
        .where(and(inRoom, before === null ? undefined : lt(messages.seq, before)))
        .orderBy(desc(messages.seq))
        .limit(limit + 1)
        .all();
      return toPage(rows.slice(0, limit).reverse(), cursorOf, { hasNextPage: before !== null, hasPreviousPage: rows.length > limit });
    },

    /**
     * Durable events with afterSeq < seq <= uptoSeq, in order, at most `limit`, each with the current
     * state of its message. Used for replay; the caller has already checked read access.
     */
    eventsAfter(roomId: string, afterSeq: number, uptoSeq: number, limit: number): DurableRoomEvent[] {
      const rows = db
        .select({ seq: roomEvents.seq, type: roomEvents.type, message: messages })
        .from(roomEvents)
        .innerJoin(messages, eq(messages.id, roomEvents.messageId))
        .where(and(eq(roomEvents.roomId, roomId), gt(roomEvents.seq, afterSeq), lte(roomEvents.seq, uptoSeq)))
        .orderBy(asc(roomEvents.seq))
        .limit(limit)
        .all();
      return rows.map(({ seq, type, message }) =>
        type === 'MessageDeleted' ? { type, roomId, seq, messageId: message.id } : { type, roomId, seq, message },
      );
    },
  };
}
