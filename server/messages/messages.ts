// Messages: send (also into threads), edit and delete, through the posting gate and automated
// moderation. Each change takes the room's next seq in the event log inside one transaction and is
// published right after the commit, from what the transaction read. Longer than most files: a
// send's idempotency (checked before, again inside the grouped write, and after a lost race) stays
// beside the write it guards.
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
import type { MembershipRow, MessageRow, RoomRow, UserRow } from '../storage/rows';
import { UniqueViolation, type Store, type StoreParts } from '../storage/store';
import { requireUser, type Viewer } from '../users/viewer';
import { cleanBody, cleanClientMessageId, sendFingerprint } from './body';
import { toView, type HeldMessages, type HeldSend, type MessageView } from './heldMessages';
import { createMessageReads } from './messageReads';
import { snapshotIn } from './messageSnapshot';
import type { MessageWriter, WrittenMessage } from './messageWriter';
import { messageDeleted, messageEdited } from './messageEvents';

export interface MessagesDeps {
  store: Store;
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

interface NewSend {
  body: string;
  replyToId: string | null;
  threadRootId: string | null;
  clientMessageId: string | null;
  fingerprint: string;
}

/** What the grouped write of a send did: found the send already stored, held it, or published it. */
type SendOutcome = { raced: MessageView } | { held: HeldSend } | { published: WrittenMessage };

/** MESSAGE_BLOCKED with the pipeline's reason, after logging the decision. */
async function blocked(log: ModerationLog, room: RoomRow, authorId: string, decision: Extract<ModerationDecision, { action: 'BLOCK' }>): Promise<CourtsideError> {
  await log.record({ roomId: room.id, action: 'MESSAGE_BLOCKED', targetUserId: authorId, reason: decision.reason, rule: decision.rule });
  return new CourtsideError('MESSAGE_BLOCKED', decision.reason, { rule: decision.rule });
}

/**
 * The earlier send with this clientMessageId, published or held: the same send again, or CONFLICT.
 * Read through `parts`: the store, or a transaction's `tx`.
 */
async function earlierSend(parts: Pick<StoreParts, 'messages' | 'held'>, authorId: string, clientMessageId: string | null, fingerprint: string): Promise<MessageView | undefined> {
  if (!clientMessageId) return undefined;
  const published = await parts.messages.findByClientId(authorId, clientMessageId);
  const heldRow = published ? undefined : await parts.held.findByClientId(authorId, clientMessageId);
  const earlier = published ?? (heldRow && toView(heldRow));
  if (!earlier) return undefined;
  if (earlier.sendFingerprint === fingerprint) return earlier;
  throw new CourtsideError('CONFLICT', `clientMessageId "${echo(clientMessageId)}" was already used for a different message.`, { field: 'clientMessageId' });
}

export function createMessages(deps: MessagesDeps) {
  const { store, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength } = deps;
  const reads = createMessageReads(store, rooms);

  /** A message of `roomId` to reply to or post under; BAD_USER_INPUT when it is elsewhere or unfit. */
  async function sameRoomMessage(roomId: string, id: string, field: 'replyToId' | 'threadRootId'): Promise<MessageRow> {
    const message = await reads.findById(id);
    if (!message || message.roomId !== roomId) {
      throw new CourtsideError('BAD_USER_INPUT', `The message '${echo(id)}' given as ${field} is not in this room.`, { field });
    }
    if (field === 'threadRootId' && message.threadRootId) {
      throw new CourtsideError('BAD_USER_INPUT', 'A thread post cannot start a thread; post under its root instead.', { field });
    }
    return message;
  }

  /** Sends that are in progress, by author and clientMessageId. */
  const inFlight = new Map<string, Promise<MessageView>>();

  /** The grouped write of one new send: the message, or the held one, or the earlier one it repeats. Hot path. */
  async function writeSend(room: RoomRow, author: UserRow, send: NewSend, decision: Exclude<ModerationDecision, { action: 'BLOCK' }>): Promise<SendOutcome> {
    const authorId = author.id;
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
    try {
      return await store.grouped(async (tx): Promise<SendOutcome> => {
        // Another process may have stored this send meanwhile: the check again, inside the
        // transaction and before the event log, so a repeat moves no counter.
        const raced = await earlierSend(tx, authorId, send.clientMessageId, send.fingerprint);
        if (raced) return { raced };
        if (decision.action === 'HOLD') return { held: await held.hold(tx, message, decision.reason, decision.rule) };
        const published = await writer.insert(tx, message, author);
        if (decision.action === 'MASK') {
          await log.record({ roomId: room.id, action: 'MESSAGE_MASKED', targetUserId: authorId, targetMessageId: message.id, reason: decision.reason, rule: decision.rule }, tx);
        }
        return { published };
      });
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
      // Another process stored the same send between our check and our insert; ours was rolled back.
      const raced = await earlierSend(store, authorId, send.clientMessageId, send.fingerprint);
      if (!raced) throw error;
      return { raced };
    }
  }

  /** The gate, moderation, the grouped write and the announcement of one new send. Hot path. */
  async function publishNew(room: RoomRow, author: UserRow, membership: MembershipRow, send: NewSend): Promise<MessageView> {
    const authorId = author.id;
    gate.checkSend(room, membership);
    const decision = await pipeline.moderate({ roomId: room.id, authorId, body: send.body, kind: 'send', settings: room });
    if (decision.action === 'BLOCK') throw await blocked(log, room, authorId, decision);
    const written = await writeSend(room, author, send, decision);
    // Published synchronously after the commit, so publish order follows commit order.
    gate.recordSend(room.id, authorId);
    if ('raced' in written) return written.raced;
    if ('held' in written) {
      held.announceHeld(written.held);
      return written.held.message;
    }
    writer.announceAdded(written.published);
    pipeline.recordPublished?.({ roomId: room.id, authorId, body: decision.body });
    return written.published.message;
  }

  /**
   * Idempotent by (author, clientMessageId): a retry returns the original (published or held)
   * and publishes nothing. Hot path: once per message sent.
   */
  async function send(viewer: Viewer, input: SendInput): Promise<MessageView> {
    const { room, user, membership } = await rooms.requireMember(viewer, input.roomId);
    const body = cleanBody(input.body, maxMessageLength);
    const clientMessageId = cleanClientMessageId(input.clientMessageId);
    const replyToId = input.replyToId ? (await sameRoomMessage(room.id, input.replyToId, 'replyToId')).id : null;
    const threadRootId = input.threadRootId ? (await sameRoomMessage(room.id, input.threadRootId, 'threadRootId')).id : null;
    const fingerprint = sendFingerprint({ roomId: room.id, body, replyToId, threadRootId });
    const repeat = await earlierSend(store, user.id, clientMessageId, fingerprint);
    if (repeat) return repeat;
    if (!clientMessageId) return publishNew(room, user, membership, { body, replyToId, threadRootId, clientMessageId, fingerprint });
    // Concurrent retries of one send wait for the first, so moderation and limits see it once.
    const key = `${user.id}\u0000${clientMessageId}`;
    const first = inFlight.get(key);
    if (first) {
      await first.catch(() => undefined);
      return (await earlierSend(store, user.id, clientMessageId, fingerprint)) ?? send(viewer, input);
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

    /** The message with everything its live view shows, for an event about it; inside its transaction, with `tx`. */
    snapshotIn,

    send,

    /** Only the author edits; the new body passes automated moderation like a send (HOLD refuses). */
    async edit(viewer: Viewer, id: string, rawBody: string): Promise<MessageRow> {
      const user = requireUser(viewer, 'edit a message');
      const current = await reads.get(viewer, id);
      if (current.authorId !== user.id) throw new CourtsideError('FORBIDDEN', 'Only the author can edit a message.');
      if (current.deletedAt) throw new CourtsideError('BAD_USER_INPUT', 'A deleted message cannot be edited.');
      const { room, membership } = await rooms.requireMember(viewer, current.roomId);
      gate.checkTimeout(membership);
      const body = cleanBody(rawBody, maxMessageLength);
      if (body === current.body) return current;
      const decision = await pipeline.moderate({ roomId: room.id, authorId: user.id, body, kind: 'edit', settings: room });
      if (decision.action === 'BLOCK') throw await blocked(log, room, user.id, decision);
      if (decision.action === 'HOLD') {
        throw await blocked(log, room, user.id, {
          action: 'BLOCK',
          rule: decision.rule,
          reason: `This edit would need a moderator's review, so it was not saved. ${decision.reason}`,
        });
      }
      const { seq, message, live, newlyMentioned } = await store.transaction(async (tx) => {
        const before = new Set((await tx.messages.mentionedUsers(id)).map((m) => m.id));
        const { seq, at } = await eventLog.append(tx, current.roomId, messageEdited, { messageId: id });
        const moderationReason = decision.action === 'MASK' ? decision.reason : current.moderationReason;
        const message = (await tx.messages.update(id, { body: decision.body, editedAt: at, moderationReason }))!;
        const mentioned = await writer.recordMentions(tx, message);
        return {
          seq,
          message,
          live: await snapshotIn(tx, message, { mentions: mentioned }),
          newlyMentioned: mentioned.filter((m) => !before.has(m.id)),
        };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageEdited', roomId: message.roomId, seq, message: live });
      writer.announceMentions(message, newlyMentioned);
      return message;
    },

    /** Leaves a tombstone: the row stays with an empty body and `deletedAt` set. */
    async delete(viewer: Viewer, id: string): Promise<MessageRow> {
      const user = requireUser(viewer, 'delete a message');
      const current = await reads.get(viewer, id);
      const membership = await rooms.membership(viewer, current.roomId);
      if (!canDeleteMessage(current.authorId, user.id, membership)) {
        throw new CourtsideError('FORBIDDEN', 'Only the author or a moderator of this room can delete this message.');
      }
      if (current.deletedAt) return current;
      const { seq, message } = await store.transaction(async (tx) => {
        const { seq, at } = await eventLog.append(tx, current.roomId, messageDeleted, { messageId: id });
        const message = (await tx.messages.update(id, { body: '', deletedAt: at }))!;
        if (current.authorId !== user.id && isModerator(membership)) {
          await log.record({ roomId: current.roomId, action: 'MESSAGE_DELETED', actorId: user.id, targetUserId: current.authorId, targetMessageId: id }, tx);
        }
        return { seq, message };
      });
      pubsub.publish('room', message.roomId, { type: 'MessageDeleted', roomId: message.roomId, seq, messageId: id });
      return message;
    },
  };
}
