// Messages held by automated moderation: kept apart until a moderator approves them (published with
// the room's next seq, same id) or rejects them (never published). Their author sees them as pending.
import { CourtsideError, echo } from '../errors';
import type { ModerationLog } from '../moderation/moderationLog';
import { isModerator } from '../moderation/policy';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { HeldMessageDecidedEvent, PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { HeldMessageRow, MessageRow } from '../storage/rows';
import type { Store, StoreParts } from '../storage/store';
import { requireUser, type Viewer } from '../users/viewer';
import type { MessageWriter, NewMessage } from './messageWriter';

/** A message as the API shows it: published rows, and held ones with seq 0 and their status. */
export type MessageView = MessageRow & { status?: HeldMessageRow['status'] };

/** A message just held, with what telling the room's moderators needs, read before the commit. */
export interface HeldSend {
  message: MessageView;
  heldCount: number;
  moderatorIds: string[];
}

export interface HeldMessagesDeps {
  store: Store;
  pubsub: PubSub;
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

const notHeld = (id: string) => new CourtsideError('NOT_FOUND', `Held message '${echo(id)}' does not exist.`);

/** The room's owners and moderators and how many messages wait, read inside the deciding transaction. */
async function reviewersIn(tx: StoreParts, roomId: string): Promise<{ heldCount: number; moderatorIds: string[] }> {
  return { heldCount: await tx.held.countHeld(roomId), moderatorIds: await tx.rooms.moderatorIds(roomId) };
}

export function createHeldMessages({ store, pubsub, writer, rooms, log, now = Date.now }: HeldMessagesDeps) {
  /** One page of a room's HELD messages (of one author when given), oldest first. */
  async function heldPage(roomId: string, authorId: string | null, first: number | null | undefined, after: string | null | undefined): Promise<Page<MessageView>> {
    const limit = pageSize(first, 50, 'first');
    const from = after ? decodeCursor('held', after, isId) : '';
    const rows = await store.held.page(roomId, authorId, from, limit + 1);
    return toPage(rows.slice(0, limit).map(toView), (m) => encodeCursor('held', m.id), { hasNextPage: rows.length > limit, hasPreviousPage: from !== '' });
  }

  /** Tells the room's owners and moderators (right after the commit) that a held message was decided on. */
  function announceDecided(row: HeldMessageRow, action: HeldMessageDecidedEvent['action'], reviewers: { heldCount: number; moderatorIds: string[] }): void {
    const event = { type: 'HeldMessageDecided', roomId: row.roomId, messageId: row.id, action, heldCount: reviewers.heldCount } as const;
    for (const moderatorId of reviewers.moderatorIds) pubsub.publish('user', moderatorId, event);
  }

  /** Tells the author what became of their held message. */
  function noticeAuthor(row: HeldMessageRow, action: HeldMessageDecidedEvent['action'], reason: string | null): void {
    if (row.authorId) pubsub.publish('user', row.authorId, { type: 'ModerationNotice', roomId: row.roomId, action, messageId: row.id, until: null, reason });
  }

  /** The held message and the moderator acting on it; FORBIDDEN for anyone else. */
  async function moderate(viewer: Viewer, id: string): Promise<{ row: HeldMessageRow; actorId: string }> {
    const actorId = requireUser(viewer, 'review held messages').id;
    const row = await store.held.findById(id);
    if (!row) throw notHeld(id);
    if (!isModerator(await rooms.membership(viewer, row.roomId))) {
      throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can review held messages.');
    }
    return { row, actorId };
  }

  /** The held row again inside the deciding transaction: another moderator may have decided meanwhile. */
  async function stillHeld(tx: StoreParts, id: string): Promise<HeldMessageRow> {
    const row = await tx.held.findById(id);
    if (!row) throw notHeld(id);
    return row;
  }

  return {
    /** Stores a message for review and logs it. Call inside a transaction with its `tx`. */
    async hold(tx: StoreParts, message: NewMessage, reason: string, rule: string): Promise<HeldSend> {
      const { moderationReason: _moderationReason, ...fields } = message;
      const row = await tx.held.insert({ ...fields, status: 'HELD', reason, rule, createdAt: new Date(now()), decidedAt: null });
      await log.record({ roomId: row.roomId, action: 'MESSAGE_HELD', targetUserId: row.authorId, targetMessageId: row.id, reason, rule }, tx);
      return { message: toView(row), ...(await reviewersIn(tx, row.roomId)) };
    },

    /**
     * Tells the room's owners and moderators that a message was held (right after the commit), with
     * how many wait now, so their queue badges follow live.
     */
    announceHeld({ message, heldCount, moderatorIds }: HeldSend): void {
      const event = { type: 'MessageHeld', roomId: message.roomId, message: { ...message, status: 'HELD' }, heldCount } as const;
      for (const moderatorId of moderatorIds) pubsub.publish('user', moderatorId, event);
    },

    /** Held messages of a room, oldest first. Owners and moderators only. */
    async page(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<MessageView>> {
      const { membership } = await rooms.readable(viewer, roomId);
      if (!isModerator(membership)) throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can see held messages.');
      return heldPage(roomId, null, first, after);
    },

    /**
     * The viewer's own HELD messages in a room they may read, oldest first: what they still wait
     * on, after a reload too. Never anyone else's, whatever the viewer's role.
     */
    async mine(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<MessageView>> {
      const userId = requireUser(viewer, 'see your held messages').id;
      await rooms.readable(viewer, roomId);
      return heldPage(roomId, userId, first, after);
    },

    /** Publishes a held message once, with the room's next seq. Approving it again is NOT_FOUND: it is no longer held. */
    async approve(viewer: Viewer, id: string): Promise<MessageView> {
      const { row, actorId } = await moderate(viewer, id);
      if (row.status === 'REJECTED') throw new CourtsideError('BAD_USER_INPUT', 'This message was rejected; it cannot be approved.');
      const { written, reviewers } = await store.transaction(async (tx) => {
        const current = await stillHeld(tx, id);
        if (current.status === 'REJECTED') throw new CourtsideError('BAD_USER_INPUT', 'This message was rejected; it cannot be approved.');
        await tx.held.delete(id);
        const { status: _status, reason: _reason, rule: _rule, createdAt: _createdAt, decidedAt: _decidedAt, ...fields } = current;
        const written = await writer.insert(tx, fields);
        await log.record({ roomId: row.roomId, action: 'MESSAGE_APPROVED', actorId, targetUserId: row.authorId, targetMessageId: id, reason: row.reason, rule: row.rule }, tx);
        return { written, reviewers: await reviewersIn(tx, row.roomId) };
      });
      writer.announceAdded(written);
      announceDecided(row, 'MESSAGE_APPROVED', reviewers);
      noticeAuthor(row, 'MESSAGE_APPROVED', null);
      return written.message;
    },

    /** Rejects a held message: it is never published; its author is told. */
    async reject(viewer: Viewer, id: string): Promise<MessageView> {
      const { row, actorId } = await moderate(viewer, id);
      if (row.status === 'REJECTED') return toView(row);
      const decided = await store.transaction(async (tx) => {
        const current = await stillHeld(tx, id);
        if (current.status === 'REJECTED') return { rejected: current, reviewers: null };
        const rejected = (await tx.held.reject(id, new Date(now())))!;
        await log.record({ roomId: row.roomId, action: 'MESSAGE_REJECTED', actorId, targetUserId: row.authorId, targetMessageId: id, reason: row.reason, rule: row.rule }, tx);
        return { rejected, reviewers: await reviewersIn(tx, row.roomId) };
      });
      if (decided.reviewers) {
        announceDecided(row, 'MESSAGE_REJECTED', decided.reviewers);
        noticeAuthor(row, 'MESSAGE_REJECTED', row.reason);
      }
      return toView(decided.rejected);
    },

    /** A held or rejected message its author or a moderator may see. */
    async findVisible(viewer: Viewer, id: string): Promise<MessageView | undefined> {
      const row = await store.held.findById(id);
      if (!row || !viewer) return undefined;
      if (row.authorId === viewer.user.id || isModerator(await rooms.membership(viewer, row.roomId))) return toView(row);
      return undefined;
    },
  };
}
