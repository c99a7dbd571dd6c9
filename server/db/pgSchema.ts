// The tables of schema.ts for PostgreSQL. Change both files together, then `npm run db:generate`
// writes the migrations of both dialects (drizzle/sqlite/ and drizzle/postgres/).
//
// Same JS property names and SQL table, column, index and key names as schema.ts, so that the rows
// have the same shape; the types differ only where SQLite has no equivalent:
// - timestamp_ms integers are `timestamptz` (mode 'date': still a Date in JS; microsecond precision
//   in the database, but a Date carries milliseconds, as before);
// - booleans are `boolean`, blocked_terms is `jsonb`;
// - `integer` is 32-bit here (SQLite's is 64-bit): seqs and counts stay far below 2^31;
// - text compares and sorts by the database's collation, SQLite's by bytes. Ids are [0-9a-z]
//   (ids.ts), which sorts the same under any usual collation.
// - messages.search: a generated tsvector with a GIN index, the counterpart of the FTS5 table of
//   drizzle/sqlite/0002_search.sql. A deleted message (deleted_at set) is indexed as '' so it can never
//   match. The courtside_search config: 'simple' (lower-cased words, no stemming, no stop words) with
//   accents removed by the unaccent extension first, as FTS5's remove_diacritics does. drizzle-kit
//   cannot create extensions or configurations: drizzle/postgres/0001_search_unaccent.sql is
//   hand-written, and the expression below must stay the one it (and its snapshot) adds.
import { sql, type InferInsertModel, type InferSelectModel, type Table } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type * as sqlite from './schema';
import type { RoomEventData } from '../storage/rows';

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

const timestampMs = (name: string) => timestamp(name, { mode: 'date', withTimezone: true });
const createdAt = () => timestampMs('created_at').notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    username: text('username'),
    /** lower(username): makes usernames unique ignoring case. */
    usernameKey: text('username_key'),
    passwordHash: text('password_hash'),
    isGuest: boolean('is_guest').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.usernameKey)],
);

/** Bearer tokens, stored only as a SHA-256 hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestampMs('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const rooms = pgTable(
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
    blockedTerms: jsonb('blocked_terms')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
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

export const memberships = pgTable(
  'memberships',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['OWNER', 'MODERATOR', 'MEMBER'] }).notNull(),
    joinedAt: timestampMs('joined_at').notNull(),
    /** markRead moves it forwards only. */
    lastReadSeq: integer('last_read_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index('memberships_user').on(t.userId)],
);

export const messages = pgTable(
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
    lastReplyAt: timestampMs('last_reply_at'),
    /** Why automated moderation changed the body (MASK), if it did. */
    moderationReason: text('moderation_reason'),
    pinnedAt: timestampMs('pinned_at'),
    clientMessageId: text('client_message_id'),
    /** sendFingerprint() of the original send, to tell a retry from a conflicting reuse of the id. */
    sendFingerprint: text('send_fingerprint'),
    createdAt: timestampMs('created_at').notNull(),
    editedAt: timestampMs('edited_at'),
    deletedAt: timestampMs('deleted_at'),
    /**
     * Search tokens of the body; '' once deleted. PostgreSQL only (SQLite: the messages_fts table).
     * Query with `search @@ to_tsquery('courtside_search', ...)` (the same config, so query words lose
     * their accents too); select only the columns you need, or the rows carry this too.
     */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('courtside_search'::regconfig, CASE WHEN deleted_at IS NULL THEN body ELSE '' END)`),
  },
  (t) => [
    uniqueIndex('messages_room_seq').on(t.roomId, t.seq),
    uniqueIndex('messages_author_client_id').on(t.authorId, t.clientMessageId),
    index('messages_room_thread_seq').on(t.roomId, t.threadRootId, t.seq),
    index('messages_search').using('gin', t.search),
  ],
);

/**
 * Messages held by automated moderation. They live apart from `messages` so that everything in
 * `messages` is published: timelines, counts and search need no status filter. Approving moves the
 * message into `messages` with the same id and the room's next seq.
 */
export const heldMessages = pgTable(
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
    createdAt: timestampMs('created_at').notNull(),
    decidedAt: timestampMs('decided_at'),
  },
  (t) => [uniqueIndex('held_author_client_id').on(t.authorId, t.clientMessageId), index('held_room_status').on(t.roomId, t.status)],
);

/**
 * Moderators' timeouts, per (room, user) like bans and apart from the membership, so that leaving
 * and rejoining does not lift one. A row whose `until` has passed is inert.
 */
export const roomTimeouts = pgTable(
  'room_timeouts',
  {
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    until: timestampMs('until').notNull(),
    reason: text('reason'),
    timedOutBy: text('timed_out_by'),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);

/** Users kept out of a room until unbanned. */
export const bans = pgTable(
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
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] })],
);

export const reports = pgTable(
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
    createdAt: timestampMs('created_at').notNull(),
    resolvedAt: timestampMs('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution', { enum: ['DISMISSED', 'MESSAGE_DELETED'] }),
  },
  (t) => [uniqueIndex('reports_message_reporter').on(t.messageId, t.reporterId), index('reports_room').on(t.roomId, t.resolvedAt)],
);

/** Every moderator action and automated decision. */
export const moderationLog = pgTable(
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
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [index('moderation_log_room').on(t.roomId, t.id)],
);

/** One row per user per emoji per message. */
export const reactions = pgTable(
  'reactions',
  {
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    emoji: text('emoji').notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId, t.emoji] })],
);

/** `@username` mentions, parsed once when a message is written. */
export const mentions = pgTable(
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
export const roomEvents = pgTable(
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
    data: jsonb('data').$type<RoomEventData>(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.seq] })],
);

// Compile-time check that the rows (and the inserts) have the same shape in both dialects; only
// messages.search is extra here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameTables<Pg extends Table, Lite extends Table, Extra extends string = never> =
  Same<Omit<InferSelectModel<Pg>, Extra>, InferSelectModel<Lite>> extends true ? Same<Omit<InferInsertModel<Pg>, Extra>, InferInsertModel<Lite>> : false;
type Check<T extends true> = T;
export type RowsMatchSqlite = [
  Check<SameTables<typeof users, typeof sqlite.users>>,
  Check<SameTables<typeof sessions, typeof sqlite.sessions>>,
  Check<SameTables<typeof rooms, typeof sqlite.rooms>>,
  Check<SameTables<typeof memberships, typeof sqlite.memberships>>,
  Check<SameTables<typeof messages, typeof sqlite.messages, 'search'>>,
  Check<SameTables<typeof heldMessages, typeof sqlite.heldMessages>>,
  Check<SameTables<typeof roomTimeouts, typeof sqlite.roomTimeouts>>,
  Check<SameTables<typeof bans, typeof sqlite.bans>>,
  Check<SameTables<typeof reports, typeof sqlite.reports>>,
  Check<SameTables<typeof moderationLog, typeof sqlite.moderationLog>>,
  Check<SameTables<typeof reactions, typeof sqlite.reactions>>,
  Check<SameTables<typeof mentions, typeof sqlite.mentions>>,
  Check<SameTables<typeof roomEvents, typeof sqlite.roomEvents>>,
];
