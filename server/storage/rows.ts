// The rows the domains read and write, written out so that they belong to neither store: both the
// SQLite and the PostgreSQL tables (server/db/schema.ts, server/db/pgSchema.ts) produce exactly these
// shapes, and each store's implementation is type-checked against them.

export type RoomKind = 'PUBLIC' | 'PRIVATE' | 'DIRECT';
export type RoomRole = 'OWNER' | 'MODERATOR' | 'MEMBER';
export type LinkPolicy = 'ALLOW' | 'BLOCK' | 'HOLD';
export type ProfanityPolicy = 'ALLOW' | 'MASK' | 'BLOCK';

export interface UserRow {
  id: string;
  displayName: string;
  username: string | null;
  /** lower(username): usernames are unique ignoring case. */
  usernameKey: string | null;
  passwordHash: string | null;
  isGuest: boolean;
  createdAt: Date;
}

/** A bearer token, stored only as a SHA-256 hash. */
export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface RoomRow {
  id: string;
  name: string;
  topic: string;
  kind: RoomKind;
  createdBy: string | null;
  /** The seq of the newest durable event; moved in the same transaction as the event. */
  lastSeq: number;
  /** For DIRECT rooms: the two user ids, sorted and joined, so a pair has one room. */
  directKey: string | null;
  slowModeSeconds: number;
  /** Lower-cased terms. */
  blockedTerms: string[];
  linkPolicy: LinkPolicy;
  profanity: ProfanityPolicy;
  createdAt: Date;
}

/** A membership as the domains see it: the row, with the timeout of the same (room, user). */
export interface MembershipRow {
  roomId: string;
  userId: string;
  role: RoomRole;
  joinedAt: Date;
  /** markRead moves it forwards only. */
  lastReadSeq: number;
  timedOutUntil: Date | null;
  timeoutReason: string | null;
}

export interface MessageRow {
  id: string;
  roomId: string;
  /** The seq of the MessageAdded event. */
  seq: number;
  authorId: string | null;
  body: string;
  replyToId: string | null;
  /** Set on thread posts: the root message. Thread posts stay out of the main timeline. */
  threadRootId: string | null;
  /** On thread roots: posts in the thread. */
  replyCount: number;
  lastReplyAt: Date | null;
  /** Why automated moderation changed the body (MASK), if it did. */
  moderationReason: string | null;
  pinnedAt: Date | null;
  clientMessageId: string | null;
  /** sendFingerprint() of the original send, to tell a retry from a conflicting reuse of the id. */
  sendFingerprint: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

/** A message held by automated moderation, kept apart from `messages` until approved. */
export interface HeldMessageRow {
  id: string;
  roomId: string;
  authorId: string | null;
  body: string;
  replyToId: string | null;
  threadRootId: string | null;
  clientMessageId: string | null;
  sendFingerprint: string | null;
  status: 'HELD' | 'REJECTED';
  reason: string;
  rule: string;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface BanRow {
  roomId: string;
  userId: string;
  reason: string | null;
  bannedBy: string | null;
  createdAt: Date;
}

export interface ReportRow {
  id: string;
  roomId: string;
  messageId: string;
  reporterId: string | null;
  reason: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolution: 'DISMISSED' | 'MESSAGE_DELETED' | null;
}

export type ModerationActionName =
  | 'ROLE_CHANGED'
  | 'USER_TIMED_OUT'
  | 'USER_BANNED'
  | 'USER_UNBANNED'
  | 'MESSAGE_DELETED'
  | 'MESSAGE_PINNED'
  | 'MESSAGE_UNPINNED'
  | 'SETTINGS_CHANGED'
  | 'MESSAGE_MASKED'
  | 'MESSAGE_BLOCKED'
  | 'MESSAGE_HELD'
  | 'MESSAGE_APPROVED'
  | 'MESSAGE_REJECTED'
  | 'REPORT_RESOLVED';

export interface ModerationLogRow {
  id: string;
  roomId: string;
  action: ModerationActionName;
  actorId: string | null;
  targetUserId: string | null;
  targetMessageId: string | null;
  reason: string | null;
  rule: string | null;
  createdAt: Date;
}

/** A value JSON keeps as it is: what a durable event stores in its `data`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A durable event's own fields, kept in its log row as JSON (jsonb on PostgreSQL). */
export type RoomEventData = { [key: string]: JsonValue };

/** One row of the durable event log: one per seq of each room. */
export interface RoomEventRow {
  roomId: string;
  seq: number;
  /** The type of one of the definitions in server/events/durableEvents.ts. */
  type: string;
  /** The message a replay joins back; null for events about no message. */
  messageId: string | null;
  /** The event's own fields, as its definition keeps them; null when it has none. */
  data: RoomEventData | null;
  createdAt: Date;
}
