// Messages held by automated moderation: kept apart until a moderator approves them (published with
// the room's next seq, same id) or rejects them (never published). Their author sees them as pending.
import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open';
import { heldMessages, type HeldMessageRow, type MessageRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import type { EventLog } from '../events/eventLog';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { PubSub } from '../pubsub';
import type { ModerationLog } from '../moderation/moderationLog';
import { isModerator } from '../moderation/policy';
import type { Rooms } from '../rooms/rooms';
import { requireUser, type Viewer } from '../users/viewer';
import type { MessageWriter, NewMessage } from './messageWriter';

/** A message as the API shows it: published rows, and held ones with seq 0 and their status. */
export type MessageView = MessageRow & { status?: HeldMessageRow['status'] };

export interface HeldMessagesDeps {
  db: Db;
  pubsub: PubSub;
  eventLog: EventLog;
  writer: MessageWriter;
  rooms: Rooms;
  log: ModerationLog;
  now?: () => number;
}

export type HeldMessages = ReturnType<typeof createHeldMessages>;

const isId = (key: unknown): key is string => typeof key === 'string';

export function toView(row: HeldMessageRow): MessageView {
  return {
    id: row.id,
    roomId: row.roomId,
    seq: 0,
    authorId: row.authorId,
    body: row.body,
    replyToId: row.replyToId,
    threadRootId: row.threadRootId,
    clientMessageId: row.clientMessageId,
    sendFingerprint: row.sendFingerprint,
    replyCount: 0,
    lastReplyAt: null,
    moderationReason: row.reason,
    pinnedAt: null,
    createdAt: row.createdAt,
    editedAt: null,
    deletedAt: null,
    status: row.status,
  };
}

export function createHeldMessages({ db, pubsub, eventLog, writer, rooms, log, now = Date.now }: HeldMessagesDeps) {
  const byId = db
    .select()
    .from(heldMessages)
    .where(eq(heldMessages.id, sql.placeholder('id')))
    .prepare();
  const byClientId = db
    .select()
    .from(heldMessages)
    .where(and(eq(heldMessages.authorId, sql.placeholder('authorId')), eq(heldMessages.clientMessageId, sql.placeholder('clientId'))))
    .prepare();

  /** One page of a room's HELD messages that also match `which`, oldest first. */
  function heldPage(roomId: string, which: SQL | undefined, first: number | null | undefined, after: string | null | undefined): Page<MessageView> {
    const limit = pageSize(first, 50, 'first');
    const from = after ? decodeCursor('held', after, isId) : '';
    const rows = db
      .select()
      .from(heldMessages)
      .where(and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD'), gt(heldMessages.id, from), which))
      .orderBy(asc(heldMessages.id))
      .limit(limit + 1)
      .all();
    return toPage(rows.slice(0, limit).map(toView), (m) => encodeCursor('held', m.id), { hasNextPage: rows.length > limit, hasPreviousPage: from !== '' });
  }

  function heldCountOf(roomId: string): number {
    return db
      .select({ n: count() })
      .from(heldMessages)
      .where(and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD')))
      .get()!.n;
  }

  /** Tells the room's owners and moderators (after the commit) that a held message was decided on. */
  function announceDecided(row: HeldMessageRow, action: 'MESSAGE_APPROVED' | 'MESSAGE_REJECTED'): void {
    const event = { type: 'HeldMessageDecided', roomId: row.roomId, messageId: row.id, action, heldCount: heldCountOf(row.roomId) } as const;
    for (const moderatorId of rooms.moderatorIds(row.roomId)) pubsub.publish('user', moderatorId, event);
  }

  /** The held message and the moderator acting on it; FORBIDDEN for anyone else. */
  function moderate(viewer: Viewer, id: string): { row: HeldMessageRow; actorId: string } {
    const actorId = requireUser(viewer, 'review held messages').id;
    const row = byId.get({ id });
    if (!row) throw new CourtsideError('NOT_FOUND', `Held message '${echo(id)}' does not exist.`);
    if (!isModerator(rooms.membership(viewer, row.roomId))) {
      throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can review held messages.');
    }
    return { row, actorId };
  }

  return {
    byClientId(authorId: string, clientId: string): HeldMessageRow | undefined {
      return byClientId.get({ authorId, clientId });
    },

    /** Stores a message for review. Call inside a write transaction. */
    hold(message: NewMessage, reason: string, rule: string): MessageView {
      const row = db
        .insert(heldMessages)
        .values({ ...message, status: 'HELD', reason, rule, createdAt: new Date(now()) })
        .returning()
        .get();
      log.record({ roomId: row.roomId, action: 'MESSAGE_HELD', targetUserId: row.authorId, targetMessageId: row.id, reason, rule });
      return toView(row);
    },

    /**
     * Tells the room's owners and moderators that `message` was held (call after the commit), with
     * how many wait now, so their queue badges follow live.
     */
    announceHeld(message: MessageView): void {
      const event = { type: 'MessageHeld', roomId: message.roomId, message: { ...message, status: 'HELD' }, heldCount: heldCountOf(message.roomId) } as const;
      for (const moderatorId of rooms.moderatorIds(message.roomId)) pubsub.publish('user', moderatorId, event);
    },

    /** Held messages of a room, oldest first. Owners and moderators only. */
    page(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Page<MessageView> {
      const { membership } = rooms.readable(viewer, roomId);
      if (!isModerator(membership)) throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can see held messages.');
      return heldPage(roomId, undefined, first, after);
    },

    /**
     * The viewer's own HELD messages in a room they may read, oldest first: what they still wait
     * on, after a reload too. Never anyone else's, whatever the viewer's role.
     */
    mine(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Page<MessageView> {
      const userId = requireUser(viewer, 'see your held messages').id;
      rooms.readable(viewer, roomId);
      return heldPage(roomId, eq(heldMessages.authorId, userId), first, after);
    },

    /** Publishes a held message once, with the room's next seq. Approving it again returns it. */
    approve(viewer: Viewer, id: string): MessageView {
      const { row, actorId } = moderate(viewer, id);
      if (row.status === 'REJECTED') throw new CourtsideError('BAD_USER_INPUT', 'This message was rejected; it cannot be approved.');
      const { message, mentioned } = eventLog.writeTransaction(() => {
        db.delete(heldMessages).where(eq(heldMessages.id, id)).run();
        const { status: _status, reason: _reason, rule: _rule, createdAt: _createdAt, decidedAt: _decidedAt, ...fields } = row;
        return writer.insert(fields);
      });
      writer.announceAdded(message, mentioned);
      announceDecided(row, 'MESSAGE_APPROVED');
      log.record({ roomId: row.roomId, action: 'MESSAGE_APPROVED', actorId, targetUserId: row.authorId, targetMessageId: id, reason: row.reason, rule: row.rule });
      if (row.authorId) {
        pubsub.publish('user', row.authorId, { type: 'ModerationNotice', roomId: row.roomId, action: 'MESSAGE_APPROVED', messageId: id, until: null, reason: null });
      }
      return message;
    },

    /** Rejects a held message: it is never published; its author is told. */
    reject(viewer: Viewer, id: string): MessageView {
      const { row, actorId } = moderate(viewer, id);
      if (row.status === 'REJECTED') return toView(row);
      const rejected = db
        .update(heldMessages)
        .set({ status: 'REJECTED', decidedAt: new Date(now()) })
        .where(eq(heldMessages.id, id))
        .returning()
        .get()!;
      announceDecided(row, 'MESSAGE_REJECTED');
      log.record({ roomId: row.roomId, action: 'MESSAGE_REJECTED', actorId, targetUserId: row.authorId, targetMessageId: id, reason: row.reason, rule: row.rule });
      if (row.authorId) {
        pubsub.publish('user', row.authorId, { type: 'ModerationNotice', roomId: row.roomId, action: 'MESSAGE_REJECTED', messageId: id, until: null, reason: row.reason });
      }
      return toView(rejected);
    },

    /** A held or rejected message its author or a moderator may see. */
    findVisible(viewer: Viewer, id: string): MessageView | undefined {
      const row = byId.get({ id });
      if (!row || !viewer) return undefined;
      if (row.authorId === viewer.user.id || isModerator(rooms.membership(viewer, row.roomId))) return toView(row);
      return undefined;
    },
  };
}
