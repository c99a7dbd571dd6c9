// Messages: send (also into threads), edit and delete, through the posting gate and automated
// moderation. Each change takes the room's next seq in the event log inside one write transaction
// and is published only after the commit.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { mentions, messages, type MembershipRow, type MessageRow, type RoomRow, type UserRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import type { EventLog } from '../events/eventLog';
import { newId } from '../ids';
import type { ModerationLog } from '../moderation/moderationLog';
import type { ModerationDecision, ModerationPipeline } from '../moderation/pipeline/pipeline';
import { isModerator } from '../moderation/policy';
import type { PostingGate } from '../moderation/postingGate';
import type { PubSub } from '../pubsub';
import { canDeleteMessage } from '../rooms/access';
import type { Rooms } from '../rooms/rooms';
import { requireUser, type Viewer } from '../users/viewer';
import { cleanBody, cleanClientMessageId, sendFingerprint } from './body';
import { toView, type HeldMessages, type MessageView } from './heldMessages';
import { createMessageReads } from './messageReads';
import type { MessageWriter } from './messageWriter';

export interface MessagesDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  eventLog: EventLog;
  writer: MessageWriter;
  held: HeldMessages;
  gate: PostingGate;
  pipeline: ModerationPipeline;
  log: ModerationLog;
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

/** MESSAGE_BLOCKED with the pipeline's reason, after logging the decision. */
function blocked(log: ModerationLog, room: RoomRow, authorId: string, decision: Extract<ModerationDecision, { action: 'BLOCK' }>) {
  log.record({ roomId: room.id, action: 'MESSAGE_BLOCKED', targetUserId: authorId, reason: decision.reason, rule: decision.rule });
  return new CourtsideError('MESSAGE_BLOCKED', decision.reason, { rule: decision.rule });
}

export function createMessages(deps: MessagesDeps) {
  const { db, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength } = deps;
  const reads = createMessageReads(db, rooms);
  const byClientId = db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, sql.placeholder('authorId')), eq(messages.clientMessageId, sql.placeholder('clientId'))))
    .prepare();

  /** A message of `roomId` to reply to or post under; BAD_USER_INPUT when it is elsewhere or unfit. */
  function sameRoomMessage(roomId: string, id: string, field: 'replyToId' | 'threadRootId'): MessageRow {
    const message = reads.findById(id);
    if (!message || message.roomId !== roomId) {
      throw new CourtsideError('BAD_USER_INPUT', `The message '${echo(id)}' given as ${field} is not in this room.`, { field });
    }
    if (field === 'threadRootId' && message.threadRootId) {
      throw new CourtsideError('BAD_USER_INPUT', 'A thread post cannot start a thread; post under its root instead.', { field });
    }
    return message;
  }

  /** The earlier send with this clientMessageId, published or held: the same send again, or CONFLICT. */
  function earlierSend(authorId: string, clientMessageId: string | null, fingerprint: string): MessageView | undefined {
    if (!clientMessageId) return undefined;
    const published = byClientId.get({ authorId, clientId: clientMessageId });
    const heldRow = published ? undefined : held.byClientId(authorId, clientMessageId);
    const earlier = published ?? (heldRow && toView(heldRow));
    if (!earlier) return undefined;
    if (earlier.sendFingerprint === fingerprint) return earlier;
    throw new CourtsideError('CONFLICT', `clientMessageId "${echo(clientMessageId)}" was already used for a different message.`, { field: 'clientMessageId' });
  }

  /** Sends that are in progress, by author and clientMessageId. */
  const inFlight = new Map<string, Promise<MessageView>>();

  /** The gate, moderation, the grouped write and the announcement of one new send. Hot path. */
  async function publishNew(
    room: RoomRow,
    author: UserRow,
    membership: MembershipRow,
    send: { body: string; replyToId: string | null; threadRootId: string | null; clientMessageId: string | null; fingerprint: string },
  ): Promise<MessageView> {
    const authorId = author.id;
    gate.checkSend(room, membership);
    const decision = await pipeline.moderate({ roomId: room.id, authorId, body: send.body, kind: 'send', settings: room });
    if (decision.action === 'BLOCK') throw blocked(log, room, authorId, decision);
    const message = {
      id: newId(),
      roomId: room.id,
      authorId,
      body: decision.body,
      replyToId: send.replyToId,
      threadRootId: send.threadRootId,
      clientMessageId: send.clientMessageId,
      sendFingerprint: send.fingerprint,
      moderationReason: decision.action === 'MASK' ? decision.reason : null,
    };
    const written = await eventLog.writeGrouped(() => {
      // Another process may have stored this send meanwhile: the check again, inside the lock.
      const raced = earlierSend(authorId, send.clientMessageId, send.fingerprint);
      if (raced) return { raced };
      if (decision.action === 'HOLD') return { held: held.hold(message, decision.reason, decision.rule) };
      return writer.insert(message);
    });
    gate.recordSend(room.id, authorId);
    if ('raced' in written && written.raced) return written.raced;
    if ('held' in written && written.held) {
      held.announceHeld(written.held);
      return written.held;
    }
    writer.announceAdded(written.message, written.mentioned, author);
    pipeline.recordPublished?.({ roomId: room.id, authorId, body: decision.body });
    if (decision.action === 'MASK') {
      log.record({ roomId: room.id, action: 'MESSAGE_MASKED', targetUserId: authorId, targetMessageId: message.id, reason: decision.reason, rule: decision.rule });
    }
    return written.message;
  }

  /**
   * Idempotent by (author, clientMessageId): a retry returns the original (published or held)
   * and publishes nothing. Hot path: once per message sent.
   */
  async function send(viewer: Viewer, input: SendInput): Promise<MessageView> {
    const { room, user, membership } = rooms.requireMember(viewer, input.roomId);
    const body = cleanBody(input.body, maxMessageLength);
    const clientMessageId = cleanClientMessageId(input.clientMessageId);
    const replyToId = input.replyToId ? sameRoomMessage(room.id, input.replyToId, 'replyToId').id : null;
    const threadRootId = input.threadRootId ? sameRoomMessage(room.id, input.threadRootId, 'threadRootId').id : null;
    const fingerprint = sendFingerprint({ roomId: room.id, body, replyToId, threadRootId });
    const repeat = earlierSend(user.id, clientMessageId, fingerprint);
    if (repeat) return repeat;
    if (!clientMessageId) return publishNew(room, user, membership, { body, replyToId, threadRootId, clientMessageId, fingerprint });
    // Concurrent retries of one send wait for the first, so moderation and limits see it once.
    const key = `${user.id}\u0000${clientMessageId}`;
    const first = inFlight.get(key);
    if (first) {
      await first.catch(() => undefined);
      return earlierSend(user.id, clientMessageId, fingerprint) ?? send(viewer, input);
    }
    const sending = publishNew(room, user, membership, { body, replyToId, threadRootId, clientMessageId, fingerprint });
    inFlight.set(key, sending);
    try {
      return await sending;
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    ...reads,

    /** The message with everything its live view shows, for an event about it; once per event. */
    snapshot: writer.snapshot,

    send,

    /** Only the author edits; the new body passes automated moderation like a send (HOLD refuses). */
    async edit(viewer: Viewer, id: string, rawBody: string): Promise<MessageRow> {
      const user = requireUser(viewer, 'edit a message');
      const current = reads.get(viewer, id);
      if (current.authorId !== user.id) throw new CourtsideError('FORBIDDEN', 'Only the author can edit a message.');
      if (current.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be edited.');
      const { room, membership } = rooms.requireMember(viewer, current.roomId);
      gate.checkTimeout(membership);
      const body = cleanBody(rawBody, maxMessageLength);
      if (body === current.body) return current;
      const decision = await pipeline.moderate({ roomId: room.id, authorId: user.id, body, kind: 'edit', settings: room });
      if (decision.action === 'BLOCK') throw blocked(log, room, user.id, decision);
      if (decision.action === 'HOLD') {
        throw blocked(log, room, user.id, { action: 'BLOCK', rule: decision.rule, reason: `This edit would need a moderator's review, so it was not saved. ${decision.reason}` });
      }
      const before = new Set(
        db
          .select({ id: mentions.userId })
          .from(mentions)
          .where(eq(mentions.messageId, id))
          .all()
          .map((m) => m.id),
      );
      const { seq, message, mentioned } = eventLog.writeTransaction(() => {
        const { seq, at } = eventLog.append(current.roomId, 'MessageEdited', id);
        const moderationReason = decision.action === 'MASK' ? decision.reason : current.moderationReason;
        const message = db.update(messages).set({ body: decision.body, editedAt: at, moderationReason }).where(eq(messages.id, id)).returning().get()!;
        return { seq, message, mentioned: writer.recordMentions(message) };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageEdited', roomId: message.roomId, seq, message: writer.snapshot(message, { mentions: mentioned }) });
      writer.announceMentions(
        message,
        mentioned.filter((user) => !before.has(user.id)),
      );
      return message;
    },

    /** Leaves a tombstone: the row stays with an empty body and `deletedAt` set. */
    delete(viewer: Viewer, id: string): MessageRow {
      const user = requireUser(viewer, 'delete a message');
      const current = reads.get(viewer, id);
      const membership = rooms.membership(viewer, current.roomId);
      if (!canDeleteMessage(current.authorId, user.id, membership)) {
        throw new CourtsideError('FORBIDDEN', 'Only the author or a moderator of this room can delete this message.');
      }
      if (current.deletedAt) return current;
      const { seq, message } = eventLog.writeTransaction(() => {
        const { seq, at } = eventLog.append(current.roomId, 'MessageDeleted', id);
        return { seq, message: db.update(messages).set({ body: '', deletedAt: at }).where(eq(messages.id, id)).returning().get()! };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageDeleted', roomId: message.roomId, seq, messageId: id });
      if (current.authorId !== user.id && isModerator(membership)) {
        log.record({ roomId: current.roomId, action: 'MESSAGE_DELETED', actorId: user.id, targetUserId: current.authorId, targetMessageId: id });
      }
      return message;
    },
  };
}
