// The storage seam: everything the domains keep, as one written-down interface with two
// implementations, SQLite (storage/sqlite/, the default: a file, no service) and PostgreSQL
// (storage/postgres/, for several processes on one database), chosen in app.ts.
//
// One `Store` made of per-domain parts rather than one interface per domain: a write crosses domains
// (a send moves the room's counter, appends to the event log, stores mentions and may log a
// moderation decision) and must commit or roll back as one, so a transaction hands its work one
// object that carries every part. Each part's methods are the storage operations its domain needs,
// named by what they mean, not by their SQL; decisions (who may, what is valid, what to publish)
// stay in the domains.
//
// Every method is asynchronous. Inside `transaction` and `grouped`, work must use only the `tx` it is
// given (the store it came from waits for the transaction to end) and must await nothing but `tx`.
import type { BanRow, HeldMessageRow, MembershipRow, MessageRow, ModerationLogRow, ReportRow, RoomEventData, RoomEventRow, RoomRole, RoomRow, SessionRow, UserRow } from './rows';

export interface UserStore {
  findById(id: string): Promise<UserRow | undefined>;
  /** By lower(username). */
  findByUsernameKey(key: string): Promise<UserRow | undefined>;
  /** Inserts the user unless its username key is taken; undefined when it is. */
  insertUnlessTaken(user: Omit<UserRow, 'createdAt'>): Promise<UserRow | undefined>;
  insertSession(session: Omit<SessionRow, 'createdAt'>): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRow | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}

export type RoomSettings = Partial<Pick<RoomRow, 'name' | 'topic' | 'slowModeSeconds' | 'blockedTerms' | 'linkPolicy' | 'profanity'>>;

export interface RoomStore {
  findById(id: string): Promise<RoomRow | undefined>;
  findByDirectKey(key: string): Promise<RoomRow | undefined>;
  insert(room: Omit<RoomRow, 'lastSeq' | 'slowModeSeconds' | 'blockedTerms' | 'linkPolicy' | 'profanity' | 'topic'> & Partial<RoomRow>): Promise<RoomRow>;
  updateSettings(id: string, change: RoomSettings): Promise<RoomRow | undefined>;
  /** Public rooms, plus the rooms `memberId` belongs to, newest first (ids sort by creation), below `beforeId`. */
  listVisible(memberId: string | null, beforeId: string | null, limit: number): Promise<RoomRow[]>;

  /** The membership with the timeout of the same (room, user); hot path: once per send. */
  membership(roomId: string, userId: string): Promise<MembershipRow | undefined>;
  /** Adds a member unless they are one; true when added. */
  addMember(member: { roomId: string; userId: string; role: RoomRole; joinedAt: Date; lastReadSeq: number }): Promise<boolean>;
  /** True when there was a membership to remove. */
  removeMember(roomId: string, userId: string): Promise<boolean>;
  setRole(roomId: string, userId: string, role: RoomRole): Promise<void>;
  countMembers(roomId: string): Promise<number>;
  /** Owners, moderators, members; then join order; `offset` rows skipped. */
  membersPage(roomId: string, offset: number, limit: number): Promise<MembershipRow[]>;
  memberRoomIds(userId: string): Promise<string[]>;
  moderatorIds(roomId: string): Promise<string[]>;
  /** Moves the read marker to max(current, seq); the marker after, or undefined for no membership. */
  moveReadMarker(roomId: string, userId: string, seq: number): Promise<number | undefined>;
  /** Members' read markers above 0, furthest first. */
  readMarkers(roomId: string, limit: number): Promise<{ userId: string; seq: number }[]>;

  findBan(roomId: string, userId: string): Promise<Pick<BanRow, 'reason'> | undefined>;
  /** Inserts or replaces the ban's reason and author. */
  putBan(ban: BanRow): Promise<void>;
  /** True when there was a ban to lift. */
  deleteBan(roomId: string, userId: string): Promise<boolean>;
  /** Inserts or replaces the timeout of (room, user). */
  putTimeout(timeout: { roomId: string; userId: string; until: Date; reason: string | null; timedOutBy: string; createdAt: Date }): Promise<void>;
  deleteTimeout(roomId: string, userId: string): Promise<void>;
}

export type NewMessageRow = Pick<
  MessageRow,
  'id' | 'roomId' | 'seq' | 'authorId' | 'body' | 'replyToId' | 'threadRootId' | 'clientMessageId' | 'sendFingerprint' | 'moderationReason' | 'createdAt'
>;

/** Which timeline a page reads: the room's main one (no thread posts), or one thread. */
export interface TimelineScope {
  roomId: string;
  threadRootId: string | null;
}

export interface MessageStore {
  findById(id: string): Promise<MessageRow | undefined>;
  /** The published message an author sent with this clientMessageId. */
  findByClientId(authorId: string, clientMessageId: string): Promise<MessageRow | undefined>;
  /** Throws UniqueViolation when (author, clientMessageId) or (room, seq) is taken. */
  insert(message: NewMessageRow): Promise<MessageRow>;
  update(id: string, change: Partial<Pick<MessageRow, 'body' | 'editedAt' | 'deletedAt' | 'moderationReason' | 'pinnedAt'>>): Promise<MessageRow | undefined>;
  /** One more post in the thread under `rootId`, at `at`. */
  countThreadPost(rootId: string, at: Date): Promise<void>;
  /** `limit` messages of the scope after `afterSeq` oldest first, or before `beforeSeq` (null: the end) newest first. */
  timeline(scope: TimelineScope, range: { afterSeq: number } | { beforeSeq: number | null }, limit: number): Promise<MessageRow[]>;
  pinned(roomId: string): Promise<MessageRow[]>;
  countPinned(roomId: string): Promise<number>;
  /** Others' main-timeline messages of the room after `afterSeq` that still exist. */
  countUnread(roomId: string, userId: string, afterSeq: number): Promise<number>;

  /** Members of the room whose lower-cased usernames are in `keys`. */
  membersByUsernameKeys(roomId: string, keys: string[]): Promise<UserRow[]>;
  mentionedUsers(messageId: string): Promise<UserRow[]>;
  replaceMentions(messageId: string, mentions: { userId: string; roomId: string; seq: number }[]): Promise<void>;
  /** Mentions of the user in the room after `afterSeq`, on messages not deleted. */
  countMentions(roomId: string, userId: string, afterSeq: number): Promise<number>;
}

export interface HeldMessageStore {
  findById(id: string): Promise<HeldMessageRow | undefined>;
  findByClientId(authorId: string, clientMessageId: string): Promise<HeldMessageRow | undefined>;
  insert(row: HeldMessageRow): Promise<HeldMessageRow>;
  delete(id: string): Promise<void>;
  reject(id: string, at: Date): Promise<HeldMessageRow | undefined>;
  /** HELD messages of the room (of one author when given), ids after `afterId`, oldest first. */
  page(roomId: string, authorId: string | null, afterId: string, limit: number): Promise<HeldMessageRow[]>;
  countHeld(roomId: string): Promise<number>;
}

export interface ReactionStore {
  /** Groups in the order each emoji was first used on the message. */
  counts(messageId: string): Promise<{ emoji: string; count: number }[]>;
  /** Every reaction of the message, oldest first. */
  reactors(messageId: string): Promise<{ emoji: string; userId: string }[]>;
  has(messageId: string, emoji: string, userId: string): Promise<boolean>;
  count(messageId: string, emoji: string): Promise<number>;
  distinctEmoji(messageId: string): Promise<number>;
  /** Throws UniqueViolation when the user already reacted with this emoji (a racing repeat). */
  add(reaction: { messageId: string; userId: string; emoji: string; createdAt: Date }): Promise<void>;
  remove(messageId: string, emoji: string, userId: string): Promise<void>;
}

export interface EventStore {
  /**
   * Moves the room's counter by one and records the event under the new seq. Only inside a
   * transaction: the counter row stays locked until the commit, so seqs are gap-free and in order.
   */
  append(roomId: string, type: string, messageId: string | null, data: RoomEventData | null, at: Date): Promise<number>;
  /** Events with afterSeq < seq <= uptoSeq, in order, at most `limit`, each with its message as it is now. */
  after(roomId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<{ event: RoomEventRow; message: MessageRow | null }[]>;
}

export interface ModerationStore {
  record(entry: ModerationLogRow): Promise<void>;
  /** Newest first, ids below `beforeId`. */
  logPage(roomId: string, beforeId: string | null, limit: number): Promise<ModerationLogRow[]>;
  /** Reporting the same message again replaces the reason and reopens the report. */
  putReport(report: ReportRow): Promise<ReportRow>;
  findReport(id: string): Promise<ReportRow | undefined>;
  resolveReport(id: string, change: Pick<ReportRow, 'resolvedAt' | 'resolvedBy' | 'resolution'>): Promise<ReportRow | undefined>;
  /** Newest first, ids below `beforeId`; open ones only unless `includeResolved`. */
  reportsPage(roomId: string, includeResolved: boolean, beforeId: string | null, limit: number): Promise<ReportRow[]>;
}

export interface SearchHit {
  message: MessageRow;
  /** The matched words in [[ ]], cut around them with … where the body goes on. */
  snippet: string;
}

export interface SearchStore {
  /** Messages of the room (not deleted) containing every word as a prefix, best match first, then newest. */
  search(roomId: string, words: string[], offset: number, limit: number): Promise<SearchHit[]>;
}

/** The parts a transaction's work uses; the store itself offers the same parts outside one. */
export interface StoreParts {
  users: UserStore;
  rooms: RoomStore;
  messages: MessageStore;
  held: HeldMessageStore;
  reactions: ReactionStore;
  events: EventStore;
  moderation: ModerationStore;
  search: SearchStore;
}

export interface Store extends StoreParts {
  /** 'sqlite' or 'postgres', for logs and the README's differences; never for decisions in domains. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: StoreParts) => Promise<T>): Promise<T>;
  /**
   * Like `transaction`, but may share the transaction (and its durable commit) with other grouped
   * writes arriving at the same time; a write that throws is rolled back alone. Settles after the
   * commit, in the order writes were queued. For the hot path: sending messages.
   */
  grouped<T>(work: (tx: StoreParts) => Promise<T>): Promise<T>;
  /** Transactions committed by `grouped`, and writes in them: how tests and gauges see the grouping. */
  groupStats(): { commits: number; writes: number };
  /** Resolves once every grouped write queued so far is committed or refused. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A unique key was taken (a retried send racing its first attempt on another connection). The
 * transaction was rolled back; the caller reads what took the key.
 */
export class UniqueViolation extends Error {
  constructor(readonly constraint: string) {
    super(`Unique constraint ${constraint} violated.`);
  }
}
