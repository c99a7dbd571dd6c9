// Tables. Change this file, then `npm run db:generate` writes the migration into drizzle/.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RoomEventData } from '../storage/rows';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    username: text('username'),
    /** lower(username): makes usernames unique ignoring case. */
    usernameKey: text('username_key'),
    passwordHash: text('password_hash'),
    isGuest: integer('is_guest', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.usernameKey)],
);

/** Bearer tokens, stored only as a SHA-256 hash. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const rooms = sqliteTable(
  'rooms',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    topic: text('topic').notNull().default(''),
    kind: text('kind', { enum: ['PUBLIC', 'PRIVATE', 'DIRECT'] }).notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The seq of the newest durable event; bumped in the same transaction as the event. */
    lastSeq: integer('last_seq').notNull().default(0),
    /** For DIRECT rooms: the two user ids, sorted and joined, so a pair has one room. */
    directKey: text('direct_key'),
    slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
    /** JSON array of lower-cased terms. */
    blockedTerms: text('blocked_terms', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    linkPolicy: text('link_policy', { enum: ['ALLOW', 'BLOCK', 'HOLD'] })
      .notNull()
      .default('ALLOW'),
    profanity: text('profanity', { enum: ['ALLOW', 'MASK', 'BLOCK'] })
      .notNull()
      .default('MASK'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rooms_direct_key').on(t.directKey)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['OWNER', 'MODERATOR', 'MEMBER'] }).notNull(),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
    /** markRead moves it forwards only. */
    lastReadSeq: integer('last_read_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index('memberships_user').on(t.userId)],
);

export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    /** The seq of the MessageAdded event. */
    seq: integer('seq').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    replyToId: text('reply_to_id'),
    /** Set on thread posts: the root message. Thread posts stay out of the main timeline. */
    threadRootId: text('thread_root_id'),
    /** On thread roots: posts in the thread, kept in the same transaction as each post. */
    replyCount: integer('reply_count').notNull().default(0),
    lastReplyAt: integer('last_reply_at', { mode: 'timestamp_ms' }),
    /** Why automated moderation changed the body (MASK), if it did. */
    moderationReason: text('moderation_reason'),
    pinnedAt: integer('pinned_at', { mode: 'timestamp_ms' }),
    clientMessageId: text('client_message_id'),
    /** sendFingerprint() of the original send, to tell a retry from a conflicting reuse of the id. */
    sendFingerprint: text('send_fingerprint'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('messages_room_seq').on(t.roomId, t.seq),
    uniqueIndex('messages_author_client_id').on(t.authorId, t.clientMessageId),
    index('messages_room_thread_seq').on(t.roomId, t.threadRootId, t.seq),
  ],
);

/**
 * Messages held by automated moderation. They live apart from `messages` so that everything in
 * `messages` is published: timelines, counts and search need no status filter. Approving moves the
 * message into `messages` with the same id and the room's next seq.
 */
export const heldMessages = sqliteTable(
  'held_messages',
  {
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    replyToId: text('reply_to_id'),
    threadRootId: text('thread_root_id'),
    clientMessageId: text('client_message_id'),
    sendFingerprint: text('send_fingerprint'),
    status: text('status', { enum: ['HELD', 'REJECTED'] }).notNull(),
    reason: text('reason').notNull(),
    rule: text('rule').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('held_author_client_id').on(t.authorId, t.clientMessageId), index('held_room_status').on(t.roomId, t.status)],
);

/**
 * Moderators' timeouts, per (room, user) like bans and apart from the membership, so that leaving
 * and rejoining does not lift one. A row whose `until` has passed is inert.
 */
export const roomTimeouts = sqliteTable(
  'room_timeouts',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    until: integer('until', { mode: 'timestamp_ms' }).notNull(),
    reason: text('reason'),
    timedOutBy: text('timed_out_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);

/** Users kept out of a room until unbanned. */
export const bans = sqliteTable(
  'bans',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason'),
    bannedBy: text('banned_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);

export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution', { enum: ['DISMISSED', 'MESSAGE_DELETED'] }),
  },
  (t) => [uniqueIndex('reports_message_reporter').on(t.messageId, t.reporterId), index('reports_room').on(t.roomId, t.resolvedAt)],
);

/** Every moderator action and automated decision. */
export const moderationLog = sqliteTable(
  'moderation_log',
  {
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    action: text('action', {
      enum: [
        'ROLE_CHANGED',
        'USER_TIMED_OUT',
        'USER_BANNED',
        'USER_UNBANNED',
        'MESSAGE_DELETED',
        'MESSAGE_PINNED',
        'MESSAGE_UNPINNED',
        'SETTINGS_CHANGED',
        'MESSAGE_MASKED',
        'MESSAGE_BLOCKED',
        'MESSAGE_HELD',
        'MESSAGE_APPROVED',
        'MESSAGE_REJECTED',
        'REPORT_RESOLVED',
      ],
    }).notNull(),
    actorId: text('actor_id'),
    targetUserId: text('target_user_id'),
    targetMessageId: text('target_message_id'),
    reason: text('reason'),
    rule: text('rule'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('moderation_log_room').on(t.roomId, t.id)],
);

/** One row per user per emoji per message. */
export const reactions = sqliteTable(
  'reactions',
  {
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    emoji: text('emoji').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId, t.emoji] })],
);

/** `@username` mentions, parsed once when a message is written. */
export const mentions = sqliteTable(
  'mentions',
  {
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roomId: text('room_id').notNull(),
    /** The seq of the mentioning message, for counting mentions after a read marker. */
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] }), index('mentions_user_room_seq').on(t.userId, t.roomId, t.seq)],
);

/**
 * The durable event log: one row per seq of each room, written in the same transaction as the change.
 * `roomEvents` replays from here; the payload is read from the row it points at.
 */
export const roomEvents = sqliteTable(
  'room_events',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** A definition's type in server/events/durableEvents.ts: plain text, so adding an event changes no table. */
    type: text('type').notNull(),
    /** The message a replay joins back (DurableEventDefinition.messageId); null for events about no message. */
    messageId: text('message_id'),
    /** The event's own fields (DurableEventDefinition.data), as JSON; null when it has none. */
    data: text('data', { mode: 'json' }).$type<RoomEventData>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.seq] })],
);

export type UserRow = typeof users.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
/** A membership as the domains see it: the row, with the timeout of (room, user) from `roomTimeouts` (see rooms.ts). */
export type MembershipRow = typeof memberships.$inferSelect & { timedOutUntil: Date | null; timeoutReason: string | null };
export type MessageRow = typeof messages.$inferSelect;
export type RoomEventRow = typeof roomEvents.$inferSelect;
export type ReactionRow = typeof reactions.$inferSelect;
export type HeldMessageRow = typeof heldMessages.$inferSelect;
export type BanRow = typeof bans.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ModerationLogRow = typeof moderationLog.$inferSelect;
export type ModerationActionName = ModerationLogRow['action'];
export type RoomKind = RoomRow['kind'];
export type RoomRole = MembershipRow['role'];
