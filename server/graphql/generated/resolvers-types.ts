import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PublicUser } from '../../users/publicUser';
import type { RoomRow, MembershipRow, ReportRow, ModerationLogRow } from '../../storage/rows';
import type { MessageSource } from '../../messages/messageSnapshot';
import type { ReactionGroupSource } from '../../reactions/reactionGroups';
import type { AuthResult } from '../../users/users';
import type { MessageAddedEvent, MessageEditedEvent, MessageDeletedEvent } from '../../messages/messageEvents';
import type { ResyncRequiredEvent, TypingChangedEvent, PresenceChangedEvent, ReadMarkerMovedEvent, RoomReactionBurstEvent, UnreadChangedEvent, MentionedEvent, RoomAddedEvent, ModerationNoticeEvent, MemberCountChangedEvent, MessageHeldEvent, HeldMessageDecidedEvent } from '../../pubsub';
import type { ReactionChangedEvent } from '../../reactions/reactionEvents';
import type { SearchHitRow } from '../../search/search';
import type { ReadMarkerRow } from '../../readState/readState';
import type { MessagePinnedEvent, MessageUnpinnedEvent } from '../../moderatorActions/pinEvents';
import type { RoomUpdatedEvent } from '../../rooms/roomUpdated';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, as an ISO-8601 string in UTC, e.g. `2026-11-28T03:53:00.000Z`. */
  DateTime: { input: Date; output: Date; }
};

/** What `joinAsGuest`, `signUp` and `signIn` return: a bearer token and the user it belongs to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /**
   * An opaque bearer token. Send it as `Authorization: Bearer <token>` over HTTP and as
   * `{ "authToken": "<token>" }` in the WebSocket `connection_init` payload. It expires after
   * `TOKEN_TTL_DAYS` (30 by default) and is revoked by `signOut`.
   */
  token: Scalars['String']['output'];
  user: User;
};

export type CreateRoomInput = {
  /** PUBLIC or PRIVATE. DIRECT rooms come from `openDirectRoom`. */
  kind?: RoomKind;
  /**
   * 1–80 characters after trimming, at least one of them visible (not only spaces or zero-width
   * characters). No control characters or bidirectional overrides (U+202A–202E, U+2066–2069).
   */
  name: Scalars['String']['input'];
  /** Up to 500 characters; optional. The same characters are refused as in `name`. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** An event that changed the room's timeline. Durable events are numbered by `seq` with no gaps. */
export type DurableRoomEvent = {
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/** A number of one emoji, e.g. in a `RoomReactionBurst`. */
export type EmojiCount = {
  __typename?: 'EmojiCount';
  count: Scalars['Int']['output'];
  emoji: Scalars['String']['output'];
};

/**
 * A moderator approved or rejected a held message in a room you moderate (OWNER or MODERATOR), so
 * every moderator's queue drops it, whoever decided. Sent to every owner and moderator of the room.
 */
export type HeldMessageDecided = UserEvent & {
  __typename?: 'HeldMessageDecided';
  /** MESSAGE_APPROVED (it is published now) or MESSAGE_REJECTED. */
  action: ModerationAction;
  /** How many messages of the room wait for review now. */
  heldCount: Scalars['Int']['output'];
  /**
   * The message decided on; it is no longer in `heldMessages`. Always set; nullable only so that one
   * document can select it beside `ModerationNotice.messageId`.
   */
  messageId?: Maybe<Scalars['ID']['output']>;
  room: Room;
};

/** How a room treats messages that contain links. */
export type LinkPolicy =
  /** Links are fine. */
  | 'ALLOW'
  /** A message with a link is refused with MESSAGE_BLOCKED. */
  | 'BLOCK'
  /** A message with a link waits in `heldMessages` until a moderator approves or rejects it. */
  | 'HOLD';

/**
 * The room's `memberCount` changed: someone joined or left, was invited, or was banned (ephemeral, no
 * seq). Sent at most once a second per room, so a crowd joining at kick-off does not flood the stream;
 * the last one after a burst carries the current count. Not replayed: read `Room.memberCount` when
 * you (re)subscribe, and let these keep it current.
 */
export type MemberCountChanged = RoomEvent & {
  __typename?: 'MemberCountChanged';
  /** How many users are members now. */
  memberCount: Scalars['Int']['output'];
  roomId: Scalars['ID']['output'];
};

/** The caller's membership of a room, with their read state. */
export type Membership = {
  __typename?: 'Membership';
  /** When the caller joined the room. */
  joinedAt: Scalars['DateTime']['output'];
  /** The seq up to which the caller has read (0 = nothing). Moved by `markRead`; never moves back. */
  lastReadSeq: Scalars['Int']['output'];
  /** Messages after `lastReadSeq` that mention the caller by `@username` and are not deleted. */
  mentionCount: Scalars['Int']['output'];
  role: RoomRole;
  /**
   * Set while a moderator's `timeoutUser` lasts: the member can read but not post, react or cheer
   * until then. Leaving and rejoining the room does not lift it.
   */
  timedOutUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Why the member was timed out, as the moderator wrote it. */
  timeoutReason?: Maybe<Scalars['String']['output']>;
  /**
   * Messages of other people in the main timeline after `lastReadSeq` that are not deleted.
   * Thread posts and your own messages never count.
   */
  unreadCount: Scalars['Int']['output'];
  /** The member. */
  user: User;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

/** Someone mentioned the caller. */
export type Mentioned = UserEvent & {
  __typename?: 'Mentioned';
  message: Message;
  room: Room;
};

/**
 * A chat message. The body is plain text, stored byte-exact as sent (after trimming the ends).
 * A deleted message stays in the timeline as a tombstone: `deletedAt` is set and `body` is empty.
 */
export type Message = {
  __typename?: 'Message';
  /** Null only if the author's account no longer exists. */
  author?: Maybe<User>;
  /** Plain text, 1–`MAX_MESSAGE_LENGTH` characters; empty once deleted. */
  body: Scalars['String']['output'];
  /** The id the sender gave for idempotent retries, visible only to the author. */
  clientMessageId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When the message was deleted, null if it was not. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the body was last edited, null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** On a thread root: when the newest thread post was sent. */
  lastReplyAt?: Maybe<Scalars['DateTime']['output']>;
  /** Users mentioned as `@username` in the body, parsed once when it was written. */
  mentions: Array<User>;
  /** Why automated moderation held or masked the message, when it did. */
  moderationReason?: Maybe<Scalars['String']['output']>;
  /** When the message was pinned, null if it is not. */
  pinnedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Emoji reactions, one group per emoji, in the order each emoji was first used. */
  reactions: Array<ReactionGroup>;
  /** On a thread root: how many posts its thread has (deleted ones included, as tombstones). */
  replyCount: Scalars['Int']['output'];
  /** The message this one replies to (quoted inline by clients), if any. */
  replyTo?: Maybe<Message>;
  roomId: Scalars['ID']['output'];
  /** The room seq of the event that added this message; messages sort by it. 0 while HELD or REJECTED. */
  seq: Scalars['Int']['output'];
  /** PUBLISHED, or HELD / REJECTED by moderation. */
  status: MessageStatus;
  /** Set on a post inside a thread: the id of the thread's root message. Thread posts stay out of `messages`. */
  threadRootId?: Maybe<Scalars['ID']['output']>;
};

/**
 * A message was posted. Live, `message` is as it was posted; in a replay it is the message as it is now
 * (possibly edited or deleted since), so apply events by message id, newest state winning.
 */
export type MessageAdded = DurableRoomEvent & RoomEvent & {
  __typename?: 'MessageAdded';
  message: Message;
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
};

/** A message was deleted; it stays in history as a tombstone. */
export type MessageDeleted = DurableRoomEvent & RoomEvent & {
  __typename?: 'MessageDeleted';
  messageId: Scalars['ID']['output'];
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** A message's body was edited. `message` is its current state. */
export type MessageEdited = DurableRoomEvent & RoomEvent & {
  __typename?: 'MessageEdited';
  message: Message;
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/**
 * Automated moderation held a message in a room you moderate (OWNER or MODERATOR): it waits in
 * `heldMessages` for `approveMessage` or `rejectMessage`. Sent to every owner and moderator of the
 * room when the message is held, so a queue badge can update live; `HeldMessageDecided` follows when
 * one of them decides. Decisions reach the author as `ModerationNotice` (MESSAGE_APPROVED, MESSAGE_REJECTED).
 */
export type MessageHeld = UserEvent & {
  __typename?: 'MessageHeld';
  /** How many messages of the room wait for review now, this one included. */
  heldCount: Scalars['Int']['output'];
  /** The held message (`status` HELD, `seq` 0), as `heldMessages` lists it. */
  message: Message;
  room: Room;
};

/** A message was pinned; `message` is its current state. */
export type MessagePinned = DurableRoomEvent & RoomEvent & {
  __typename?: 'MessagePinned';
  message: Message;
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/** Where a message stands in moderation. */
export type MessageStatus =
  /**
   * Held by automated moderation: only its author and the room's moderators see it, until a moderator
   * approves (it is then published with a fresh seq) or rejects it.
   */
  | 'HELD'
  /** In the room for everyone who may read it. */
  | 'PUBLISHED'
  /** Held and then rejected by a moderator; only its author sees it. */
  | 'REJECTED';

/** A message was unpinned. */
export type MessageUnpinned = DurableRoomEvent & RoomEvent & {
  __typename?: 'MessageUnpinned';
  messageId: Scalars['ID']['output'];
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/** What a moderation log entry records. */
export type ModerationAction =
  | 'MESSAGE_APPROVED'
  /** Automated moderation refused a message. */
  | 'MESSAGE_BLOCKED'
  | 'MESSAGE_DELETED'
  /** Automated moderation held a message for review. */
  | 'MESSAGE_HELD'
  /** Automated moderation masked words in a message. */
  | 'MESSAGE_MASKED'
  | 'MESSAGE_PINNED'
  | 'MESSAGE_REJECTED'
  | 'MESSAGE_UNPINNED'
  | 'REPORT_RESOLVED'
  | 'ROLE_CHANGED'
  | 'SETTINGS_CHANGED'
  | 'USER_BANNED'
  | 'USER_TIMED_OUT'
  | 'USER_UNBANNED';

/** One moderator action or automated decision in a room. */
export type ModerationLogEntry = {
  __typename?: 'ModerationLogEntry';
  action: ModerationAction;
  /** The moderator who acted; null for automated moderation. */
  actor?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why: the moderator's reason, or the rule or classifier that decided. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Which part decided an automated action: BLOCKED_TERM, PROFANITY, LINK, REPEAT, FLOOD or CLASSIFIER. */
  rule?: Maybe<Scalars['String']['output']>;
  /** The message the action was about, if any. */
  targetMessageId?: Maybe<Scalars['ID']['output']>;
  /** The user the action was about, if any. */
  targetUser?: Maybe<User>;
};

/** Log entries, newest first. */
export type ModerationLogEntryConnection = {
  __typename?: 'ModerationLogEntryConnection';
  edges: Array<ModerationLogEntryEdge>;
  pageInfo: PageInfo;
};

export type ModerationLogEntryEdge = {
  __typename?: 'ModerationLogEntryEdge';
  cursor: Scalars['String']['output'];
  node: ModerationLogEntry;
};

/**
 * A moderator acted on the caller: a new role (ROLE_CHANGED, with the role as `reason`), a timeout
 * (with `until`), a ban (the room's events stop at once), an unban, or a decision on one of their held
 * messages (MESSAGE_APPROVED, MESSAGE_REJECTED).
 */
export type ModerationNotice = UserEvent & {
  __typename?: 'ModerationNotice';
  action: ModerationAction;
  /** The held message approved or rejected. */
  messageId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  room: Room;
  /** When a timeout ends. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * React to a message with one emoji. One reaction per user per emoji: adding it again changes
   * nothing and emits nothing. At most 20 distinct emoji per message.
   */
  addReaction: Message;
  /** Publish a HELD message with the room's next seq. Owners and moderators. */
  approveMessage: Message;
  /**
   * Remove a user from the room and keep them out: their live events stop at once, and they cannot
   * read (PRIVATE/DIRECT), post or rejoin until `unbanUser`. Works on non-members too (pre-emptive ban).
   */
  banUser: Scalars['Boolean']['output'];
  /** Create a room; the caller becomes its OWNER. */
  createRoom: Room;
  /** Delete a message: the author, or a room OWNER or MODERATOR. Leaves a tombstone; deleting twice is a no-op. */
  deleteMessage: Message;
  /** Replace the body of your own message. Editing to the same body changes nothing and emits nothing. */
  editMessage: Message;
  /** Add a user to a PRIVATE room. OWNER or MODERATOR only. Inviting a member again changes nothing. */
  inviteToRoom: Room;
  /**
   * Create a guest user for a live event and sign in as them. No password; the token is the only key.
   * The guest gets a generated `username` so others can @mention them. Limited per client address
   * with `signUp` (`AUTH_RATE_LIMIT`): RATE_LIMITED with `retryAfterMs` past it.
   */
  joinAsGuest: AuthPayload;
  /** Join a PUBLIC room. Joining a room you are in already returns it unchanged. */
  joinRoom: Room;
  /** Leave a room. Its events stop at once if it is PRIVATE or DIRECT. Returns true when you were a member. */
  leaveRoom: Scalars['Boolean']['output'];
  /**
   * Mark the room read up to `seq` (at most `Room.lastSeq`). Never moves backwards: an older seq
   * returns the membership unchanged.
   */
  markRead: Membership;
  /** The DIRECT room between the caller and another user: created once, the same room every time after. */
  openDirectRoom: Room;
  /** Pin a message to the room (at most 20 pinned). Owners and moderators; pinning a pinned message changes nothing. */
  pinMessage: Message;
  /** Reject a HELD message: it is never published. Owners and moderators. */
  rejectMessage: Message;
  /** Take your reaction back. Removing one you have not made changes nothing. */
  removeReaction: Message;
  /** Report a message to the room's moderators (1–500 characters). Reporting the same message again updates your reason. */
  reportMessage: Report;
  /** Close a report. `MESSAGE_DELETED` also deletes the message. Owners and moderators. */
  resolveReport: Report;
  /** Post a message to a room you are a member of. Idempotent by `clientMessageId`. */
  sendMessage: Message;
  /**
   * Cheer in a room with one emoji (ephemeral, not stored). Everything sent in the same 250 ms window
   * reaches subscribers as one `RoomReactionBurst`. Members only.
   */
  sendRoomReaction: Scalars['Boolean']['output'];
  /**
   * Give a member a role. Nobody grants above their own role, and nobody changes the role of someone
   * ranked at or above them (an owner may change another owner). Returns the member's membership.
   */
  setRole: Membership;
  /**
   * Say you are typing (`true`, repeat every few seconds while typing) or stopped (`false`). Typing
   * expires 6 s after the last `true`. Others see `TypingChanged`, at most twice a second.
   */
  setTyping: Scalars['Boolean']['output'];
  /**
   * Sign in with a username (any case) and password. UNAUTHENTICATED when either is wrong, with the
   * same answer and the same work either way. Attempts are limited per client address
   * (`SIGN_IN_RATE_LIMIT`) and failures per username (`SIGN_IN_FAILURE_LIMIT`): RATE_LIMITED with
   * `retryAfterMs` past either.
   */
  signIn: AuthPayload;
  /** Revoke the caller's token at once; WebSockets opened with it are closed with code 4403. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Create an account and sign in. CONFLICT when the username is taken (ignoring case).
   * Limited per client address with `joinAsGuest` (`AUTH_RATE_LIMIT`): RATE_LIMITED with `retryAfterMs`.
   */
  signUp: AuthPayload;
  /**
   * Stop a member from posting, reacting and cheering for `seconds` (1–1209600, 14 days); they are told
   * why and until when. A new timeout replaces the old one; `seconds: 0` lifts it. Moderators only, on
   * members ranked below them.
   */
  timeoutUser: Membership;
  /** Lift a ban. The user is not re-added; they may join again (PUBLIC) or be invited. */
  unbanUser: Scalars['Boolean']['output'];
  /** Unpin a message. Owners and moderators. */
  unpinMessage: Message;
  /** Change the room's moderation settings; only the given fields change. Owners and moderators. */
  updateRoomSettings: Room;
};


export type MutationAddReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationApproveMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBanUserArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  roomId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateRoomArgs = {
  input: CreateRoomInput;
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationInviteToRoomArgs = {
  roomId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationJoinAsGuestArgs = {
  displayName: Scalars['String']['input'];
};


export type MutationJoinRoomArgs = {
  roomId: Scalars['ID']['input'];
};


export type MutationLeaveRoomArgs = {
  roomId: Scalars['ID']['input'];
};


export type MutationMarkReadArgs = {
  roomId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
};


export type MutationOpenDirectRoomArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationPinMessageArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationRejectMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveReactionArgs = {
  emoji: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};


export type MutationReportMessageArgs = {
  messageId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResolveReportArgs = {
  id: Scalars['ID']['input'];
  resolution: ReportResolution;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSendRoomReactionArgs = {
  emoji: Scalars['String']['input'];
  roomId: Scalars['ID']['input'];
};


export type MutationSetRoleArgs = {
  role: RoomRole;
  roomId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetTypingArgs = {
  roomId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTimeoutUserArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  roomId: Scalars['ID']['input'];
  seconds: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnbanUserArgs = {
  roomId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnpinMessageArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationUpdateRoomSettingsArgs = {
  roomId: Scalars['ID']['input'];
  settings: RoomSettingsInput;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page, null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `first`/`after` paging forwards would find more items. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when `last`/`before` paging backwards would find more items. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page, null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Who came and went (ephemeral). In small rooms it is sent on every join and leave with the users;
 * above `LARGE_ROOM_VIEWERS` viewers `joined` and `left` stay empty and it comes at most every 5 s.
 */
export type PresenceChanged = RoomEvent & {
  __typename?: 'PresenceChanged';
  joined: Array<User>;
  left: Array<User>;
  roomId: Scalars['ID']['output'];
  viewerCount: Scalars['Int']['output'];
};

/** What a room does with profanity (caught through a maintained word list that sees through leetspeak and spacing). */
export type ProfanityAction =
  /** No filtering. */
  | 'ALLOW'
  /** The message is refused with MESSAGE_BLOCKED. */
  | 'BLOCK'
  /** The offending words are replaced with asterisks and the message is posted. */
  | 'MASK';

export type Query = {
  __typename?: 'Query';
  /**
   * Messages held by automated moderation, oldest first. Owners and moderators only (FORBIDDEN for
   * others; authors read their own with `myHeldMessages`).
   */
  heldMessages: MessageConnection;
  /** The caller, or null when anonymous. */
  me?: Maybe<User>;
  /**
   * One message by id: a published message of a room you may read (NOT_FOUND otherwise), or a held or
   * rejected one if you wrote it or moderate its room.
   */
  message: Message;
  /**
   * A room's main timeline, oldest first within a page; same as `Room.messages`. Use
   * `last`/`before` to page back through history and `first`/`after` to page forwards. Page size 1–100.
   */
  messages: MessageConnection;
  /** Every moderator action and automated decision in a room, newest first. Owners and moderators only. */
  moderationLog: ModerationLogEntryConnection;
  /**
   * The caller's own messages in a room that wait for a moderator's review (status HELD), oldest
   * first, e.g. to show them again as "pending review" after a reload. Never anyone else's; once a
   * moderator approves or rejects one it leaves this list (the author is told by `ModerationNotice`).
   * NOT_FOUND for a room the caller may not read; UNAUTHENTICATED when anonymous.
   *
   * ```graphql
   * query { myHeldMessages(roomId: "r1") { edges { node { id body status moderationReason } } } }
   * ```
   */
  myHeldMessages: MessageConnection;
  /** Members following the room live right now. */
  onlineMembers: UserConnection;
  /**
   * Where each member has read up to, newest first, for read receipts. Empty above
   * `LARGE_ROOM_VIEWERS` viewers.
   */
  readMarkers: Array<ReadMarker>;
  /** Reports of messages in a room, newest first; open ones only unless `includeResolved`. Owners and moderators only. */
  reports: ReportConnection;
  /** A room by id. PRIVATE and DIRECT rooms are NOT_FOUND for non-members. */
  room: Room;
  /** Public rooms plus the caller's own rooms, newest first. `first` is 1–100 (default 50). */
  rooms: RoomConnection;
  /**
   * Full-text search over message bodies of one room you may read, best match first. Words are
   * matched by prefix (`goa` finds "goal"); all words must match. Deleted messages never match.
   */
  searchMessages: SearchHitConnection;
  /** The posts of a thread, oldest first. The root itself is not included. */
  thread: MessageConnection;
};


export type QueryHeldMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryModerationLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryMyHeldMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryOnlineMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryReadMarkersArgs = {
  roomId: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  roomId: Scalars['ID']['input'];
};


export type QueryThreadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rootId: Scalars['ID']['input'];
};

/**
 * Someone added or removed a reaction. `count` is the number of reactions with that emoji on the
 * message after the change.
 */
export type ReactionChanged = DurableRoomEvent & RoomEvent & {
  __typename?: 'ReactionChanged';
  /** True when added, false when removed. */
  added: Scalars['Boolean']['output'];
  count: Scalars['Int']['output'];
  emoji: Scalars['String']['output'];
  messageId: Scalars['ID']['output'];
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  /** Who reacted or took the reaction back. */
  user?: Maybe<User>;
};

/** All reactions with one emoji on one message. */
export type ReactionGroup = {
  __typename?: 'ReactionGroup';
  count: Scalars['Int']['output'];
  /** One emoji grapheme, e.g. `🔥` or `👍🏽`. */
  emoji: Scalars['String']['output'];
  /** True when the caller is among those who reacted with this emoji. */
  reactedByMe: Scalars['Boolean']['output'];
};

/** Where one member has read up to, for read receipts in small rooms. */
export type ReadMarker = {
  __typename?: 'ReadMarker';
  seq: Scalars['Int']['output'];
  user: User;
};

/** A member read up to `seq` (ephemeral; small rooms only). */
export type ReadMarkerMoved = RoomEvent & {
  __typename?: 'ReadMarkerMoved';
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  user: User;
};

/** A member's report of a message, for the room's moderators. */
export type Report = {
  __typename?: 'Report';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message: Message;
  /** 1–500 characters, as the reporter wrote it. */
  reason: Scalars['String']['output'];
  /** Who reported it. */
  reporter?: Maybe<User>;
  /** What the moderator decided, when resolved. */
  resolution?: Maybe<ReportResolution>;
  /** When a moderator resolved it; null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<User>;
};

/** Reports, newest first. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

/** What a moderator decided about a report. */
export type ReportResolution =
  /** Nothing wrong with the message. */
  | 'DISMISSED'
  /** The message was deleted. */
  | 'MESSAGE_DELETED';

/**
 * Sent first, instead of a replay, when more than `REPLAY_LIMIT` events are missing after `afterSeq`.
 * Refetch the timeline (e.g. `messages(last: 50)`), then subscribe again with `afterSeq: latestSeq`.
 * The live stream continues after this event from `latestSeq`.
 */
export type ResyncRequired = RoomEvent & {
  __typename?: 'ResyncRequired';
  /** The room's newest seq when the resync was decided. */
  latestSeq: Scalars['Int']['output'];
  roomId: Scalars['ID']['output'];
};

/** A chat room. Its timeline is an ordered list of events numbered 1, 2, 3, … (`seq`) with no gaps. */
export type Room = {
  __typename?: 'Room';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: RoomKind;
  /**
   * The seq of the newest durable event in this room (0 for a new room). A client that has applied
   * every event up to `lastSeq` is up to date; pass it as `afterSeq` to `roomEvents` to continue live.
   */
  lastSeq: Scalars['Int']['output'];
  /** How many users are members. */
  memberCount: Scalars['Int']['output'];
  /**
   * The room's members with their roles: owners first, then moderators, then members by join time.
   * Members of the room only (an empty page for others), so moderators can see whom they outrank.
   */
  members: MembershipConnection;
  /** The caller's membership, or null when the caller is not a member (or anonymous). */
  myMembership?: Maybe<Membership>;
  /** 1–80 characters. */
  name: Scalars['String']['output'];
  /** Pinned messages, most recently pinned first. */
  pinnedMessages: Array<Message>;
  /** What owners and moderators have set for this room. */
  settings: RoomSettings;
  /** Up to 500 characters; empty when not set. */
  topic: Scalars['String']['output'];
  /**
   * How many sockets' users are following this room live right now (anonymous viewers included;
   * one user with two tabs counts once).
   */
  viewerCount: Scalars['Int']['output'];
};


/** A chat room. Its timeline is an ordered list of events numbered 1, 2, 3, … (`seq`) with no gaps. */
export type RoomMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The caller was added to a room: they joined it (in another tab, say), were invited to a PRIVATE room,
 * or a DIRECT room was opened with them.
 */
export type RoomAdded = UserEvent & {
  __typename?: 'RoomAdded';
  room: Room;
};

/** Rooms, newest first. */
export type RoomConnection = {
  __typename?: 'RoomConnection';
  edges: Array<RoomEdge>;
  pageInfo: PageInfo;
};

export type RoomEdge = {
  __typename?: 'RoomEdge';
  cursor: Scalars['String']['output'];
  node: Room;
};

/** Something that happened in a room, delivered by `roomEvents`. */
export type RoomEvent = {
  roomId: Scalars['ID']['output'];
};

/** Who may see and join a room. */
export type RoomKind =
  /** A conversation between exactly two users, opened with `openDirectRoom`. */
  | 'DIRECT'
  /** Invisible to non-members (NOT_FOUND); members join by invitation. */
  | 'PRIVATE'
  /** Listed for everyone; anyone may read, anonymous callers included; signed-in users may join. */
  | 'PUBLIC';

/**
 * Room-wide cheering: everything sent with `sendRoomReaction` in one 250 ms window, summed. At most one
 * per window per room, however many people cheer; none for a quiet window.
 */
export type RoomReactionBurst = RoomEvent & {
  __typename?: 'RoomReactionBurst';
  counts: Array<EmojiCount>;
  roomId: Scalars['ID']['output'];
};

/** A member's role in one room. OWNER > MODERATOR > MEMBER. */
export type RoomRole =
  /** May read and post. */
  | 'MEMBER'
  /** May invite and delete any message. */
  | 'MODERATOR'
  /** Created the room. May invite, moderate and delete any message. */
  | 'OWNER';

/** A room's moderation settings. */
export type RoomSettings = {
  __typename?: 'RoomSettings';
  /**
   * Words and phrases refused with MESSAGE_BLOCKED, matched ignoring case. Only owners and moderators
   * see the list; others get an empty one.
   */
  blockedTerms: Array<Scalars['String']['output']>;
  linkPolicy: LinkPolicy;
  profanity: ProfanityAction;
  /** Members (not moderators) wait this long between two posts. 0 = off; at most 21600 (6 h). */
  slowModeSeconds: Scalars['Int']['output'];
};

/** Changes to a room's settings. Every field is optional: only the fields you give change. */
export type RoomSettingsInput = {
  /** Replaces the whole list: at most 200 terms of 1–100 characters each. */
  blockedTerms?: InputMaybe<Array<Scalars['String']['input']>>;
  linkPolicy?: InputMaybe<LinkPolicy>;
  profanity?: InputMaybe<ProfanityAction>;
  /** 0 to 21600 seconds. */
  slowModeSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The room's name, topic or settings changed; `room` is its current state. */
export type RoomUpdated = DurableRoomEvent & RoomEvent & {
  __typename?: 'RoomUpdated';
  room: Room;
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/** A message that matched `searchMessages`. */
export type SearchHit = {
  __typename?: 'SearchHit';
  message: Message;
  /**
   * The message's cursor in its timeline (`messages`, or `thread` for a thread post), to show it in
   * context: `messages(roomId, last: 25, before: messageCursor)` are the messages before it and
   * `messages(roomId, first: 25, after: messageCursor)` the ones after.
   */
  messageCursor: Scalars['String']['output'];
  /**
   * The matching part of the body with each matched term wrapped in `[[` and `]]`, shortened with `…`.
   * Render the brackets as highlighting; the rest is plain text.
   */
  snippet: Scalars['String']['output'];
};

/** Search results, best match first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  edges: Array<SearchHitEdge>;
  pageInfo: PageInfo;
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SendMessageInput = {
  /**
   * Plain text. Trimmed; must then be 1–`MAX_MESSAGE_LENGTH` (4000) characters with at least one
   * visible character (only spaces or zero-width characters count as empty). Newlines and tabs are
   * kept; other control characters and lone UTF-16 surrogates are refused (BAD_USER_INPUT).
   */
  body: Scalars['String']['input'];
  /**
   * A sender-chosen id (1–100 characters) that makes the send idempotent: sending again with the same
   * `clientMessageId` returns the original message (same id, same seq) and emits nothing, so a client
   * can retry safely after a timeout or a reconnect. The same id with a different body is CONFLICT.
   */
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
  /** Reply inline to this message of the same room. */
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  roomId: Scalars['ID']['input'];
  /**
   * Post inside the thread under this root message of the same room (a root cannot itself be a
   * thread post). The post gets a room seq and a `MessageAdded` event like any message, but stays out
   * of `messages`; read it with `thread(rootId)`. The root's `replyCount` grows.
   */
  threadRootId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new account. Usernames are 3–32 letters, digits, `_` or `-`, unique ignoring case. */
export type SignUpInput = {
  /**
   * The name shown beside this user's messages: 1–50 characters, at least one visible, no control
   * characters or bidirectional overrides.
   */
  displayName: Scalars['String']['input'];
  /** 8–200 characters, not only spaces. Stored only as a scrypt hash. */
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every event of one room, in seq order. With `afterSeq: N` the stream first replays each durable
   * event with seq > N, then continues live with no gap and no duplicate, even for events committed
   * during the replay. Remember the last seq you applied and pass it again after every reconnect.
   * When more than `REPLAY_LIMIT` events are missing, `ResyncRequired` comes first instead of the replay.
   * Without `afterSeq` the stream starts live from now.
   */
  roomEvents: RoomEvent;
  /**
   * The caller's own events across all their rooms: unread and mention counts, mentions, rooms they
   * were added to, moderators' decisions on them, and (for owners and moderators) messages held for
   * review. Lets a room list stay current without a subscription per room.
   */
  userEvents: UserEvent;
};


export type SubscriptionRoomEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};

/** Who is typing now (ephemeral; small rooms only). An empty list means nobody. */
export type TypingChanged = RoomEvent & {
  __typename?: 'TypingChanged';
  roomId: Scalars['ID']['output'];
  users: Array<User>;
};

/**
 * The caller's unread or mention count in a room changed (a new message, a deletion, or `markRead`
 * from another tab). Sent at most once a second per room.
 */
export type UnreadChanged = UserEvent & {
  __typename?: 'UnreadChanged';
  mentionCount: Scalars['Int']['output'];
  room: Room;
  unreadCount: Scalars['Int']['output'];
};

/** A person in Courtside: a guest of one live event, or an account with a username and password. */
export type User = {
  __typename?: 'User';
  /**
   * The name shown beside this user's messages: 1–50 characters, at least one visible, no control
   * characters or bidirectional overrides.
   */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for guests created by `joinAsGuest`, who have no password and cannot sign in again. */
  isGuest: Scalars['Boolean']['output'];
  /** True while at least one of the user's sockets follows a room's `roomEvents`. */
  online: Scalars['Boolean']['output'];
  /**
   * Every user's unique handle, unique ignoring case: 3–32 letters, digits, `_` or `-`. Others
   * mention the user with `@username` in a message. An account's is its sign-in name; a guest's is
   * made from the display name and a short random suffix at `joinAsGuest` (e.g. `Ana-k3x9`), and a
   * guest cannot sign in with it.
   */
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** Something for the caller alone, delivered by `userEvents`. */
export type UserEvent = {
  room: Room;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  DurableRoomEvent:
    | ( MessageAddedEvent )
    | ( MessageDeletedEvent )
    | ( MessageEditedEvent )
    | ( MessagePinnedEvent )
    | ( MessageUnpinnedEvent )
    | ( ReactionChangedEvent )
    | ( RoomUpdatedEvent )
  ;
  RoomEvent:
    | ( MemberCountChangedEvent )
    | ( MessageAddedEvent )
    | ( MessageDeletedEvent )
    | ( MessageEditedEvent )
    | ( MessagePinnedEvent )
    | ( MessageUnpinnedEvent )
    | ( PresenceChangedEvent )
    | ( ReactionChangedEvent )
    | ( ReadMarkerMovedEvent )
    | ( ResyncRequiredEvent )
    | ( RoomReactionBurstEvent )
    | ( RoomUpdatedEvent )
    | ( TypingChangedEvent )
  ;
  UserEvent:
    | ( HeldMessageDecidedEvent )
    | ( MentionedEvent )
    | ( MessageHeldEvent )
    | ( ModerationNoticeEvent )
    | ( RoomAddedEvent )
    | ( UnreadChangedEvent )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<AuthResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateRoomInput: CreateRoomInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DurableRoomEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['DurableRoomEvent']>;
  EmojiCount: ResolverTypeWrapper<EmojiCount>;
  HeldMessageDecided: ResolverTypeWrapper<HeldMessageDecidedEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkPolicy: LinkPolicy;
  MemberCountChanged: ResolverTypeWrapper<MemberCountChangedEvent>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mentioned: ResolverTypeWrapper<MentionedEvent>;
  Message: ResolverTypeWrapper<MessageSource>;
  MessageAdded: ResolverTypeWrapper<MessageAddedEvent>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageDeleted: ResolverTypeWrapper<MessageDeletedEvent>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageEdited: ResolverTypeWrapper<MessageEditedEvent>;
  MessageHeld: ResolverTypeWrapper<MessageHeldEvent>;
  MessagePinned: ResolverTypeWrapper<MessagePinnedEvent>;
  MessageStatus: MessageStatus;
  MessageUnpinned: ResolverTypeWrapper<MessageUnpinnedEvent>;
  ModerationAction: ModerationAction;
  ModerationLogEntry: ResolverTypeWrapper<ModerationLogRow>;
  ModerationLogEntryConnection: ResolverTypeWrapper<Omit<ModerationLogEntryConnection, 'edges'> & { edges: Array<ResolversTypes['ModerationLogEntryEdge']> }>;
  ModerationLogEntryEdge: ResolverTypeWrapper<Omit<ModerationLogEntryEdge, 'node'> & { node: ResolversTypes['ModerationLogEntry'] }>;
  ModerationNotice: ResolverTypeWrapper<ModerationNoticeEvent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PresenceChanged: ResolverTypeWrapper<PresenceChangedEvent>;
  ProfanityAction: ProfanityAction;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReactionChanged: ResolverTypeWrapper<ReactionChangedEvent>;
  ReactionGroup: ResolverTypeWrapper<ReactionGroupSource>;
  ReadMarker: ResolverTypeWrapper<ReadMarkerRow>;
  ReadMarkerMoved: ResolverTypeWrapper<ReadMarkerMovedEvent>;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportResolution: ReportResolution;
  ResyncRequired: ResolverTypeWrapper<ResyncRequiredEvent>;
  Room: ResolverTypeWrapper<RoomRow>;
  RoomAdded: ResolverTypeWrapper<RoomAddedEvent>;
  RoomConnection: ResolverTypeWrapper<Omit<RoomConnection, 'edges'> & { edges: Array<ResolversTypes['RoomEdge']> }>;
  RoomEdge: ResolverTypeWrapper<Omit<RoomEdge, 'node'> & { node: ResolversTypes['Room'] }>;
  RoomEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RoomEvent']>;
  RoomKind: RoomKind;
  RoomReactionBurst: ResolverTypeWrapper<RoomReactionBurstEvent>;
  RoomRole: RoomRole;
  RoomSettings: ResolverTypeWrapper<RoomRow>;
  RoomSettingsInput: RoomSettingsInput;
  RoomUpdated: ResolverTypeWrapper<RoomUpdatedEvent>;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SearchHitConnection: ResolverTypeWrapper<Omit<SearchHitConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SendMessageInput: SendMessageInput;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TypingChanged: ResolverTypeWrapper<TypingChangedEvent>;
  UnreadChanged: ResolverTypeWrapper<UnreadChangedEvent>;
  User: ResolverTypeWrapper<PublicUser>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserEvent']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: AuthResult;
  Boolean: Scalars['Boolean']['output'];
  CreateRoomInput: CreateRoomInput;
  DateTime: Scalars['DateTime']['output'];
  DurableRoomEvent: ResolversInterfaceTypes<ResolversParentTypes>['DurableRoomEvent'];
  EmojiCount: EmojiCount;
  HeldMessageDecided: HeldMessageDecidedEvent;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberCountChanged: MemberCountChangedEvent;
  Membership: MembershipRow;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mentioned: MentionedEvent;
  Message: MessageSource;
  MessageAdded: MessageAddedEvent;
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageDeleted: MessageDeletedEvent;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageEdited: MessageEditedEvent;
  MessageHeld: MessageHeldEvent;
  MessagePinned: MessagePinnedEvent;
  MessageUnpinned: MessageUnpinnedEvent;
  ModerationLogEntry: ModerationLogRow;
  ModerationLogEntryConnection: Omit<ModerationLogEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModerationLogEntryEdge']> };
  ModerationLogEntryEdge: Omit<ModerationLogEntryEdge, 'node'> & { node: ResolversParentTypes['ModerationLogEntry'] };
  ModerationNotice: ModerationNoticeEvent;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PresenceChanged: PresenceChangedEvent;
  Query: Record<PropertyKey, never>;
  ReactionChanged: ReactionChangedEvent;
  ReactionGroup: ReactionGroupSource;
  ReadMarker: ReadMarkerRow;
  ReadMarkerMoved: ReadMarkerMovedEvent;
  Report: ReportRow;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ResyncRequired: ResyncRequiredEvent;
  Room: RoomRow;
  RoomAdded: RoomAddedEvent;
  RoomConnection: Omit<RoomConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoomEdge']> };
  RoomEdge: Omit<RoomEdge, 'node'> & { node: ResolversParentTypes['Room'] };
  RoomEvent: ResolversInterfaceTypes<ResolversParentTypes>['RoomEvent'];
  RoomReactionBurst: RoomReactionBurstEvent;
  RoomSettings: RoomRow;
  RoomSettingsInput: RoomSettingsInput;
  RoomUpdated: RoomUpdatedEvent;
  SearchHit: SearchHitRow;
  SearchHitConnection: Omit<SearchHitConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SendMessageInput: SendMessageInput;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TypingChanged: TypingChangedEvent;
  UnreadChanged: UnreadChangedEvent;
  User: PublicUser;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserEvent: ResolversInterfaceTypes<ResolversParentTypes>['UserEvent'];
};

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = Context, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurableRoomEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurableRoomEvent'] = ResolversParentTypes['DurableRoomEvent']> = {
  __resolveType: TypeResolveFn<'MessageAdded' | 'MessageDeleted' | 'MessageEdited' | 'MessagePinned' | 'MessageUnpinned' | 'ReactionChanged' | 'RoomUpdated', ParentType, ContextType>;
};

export type EmojiCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmojiCount'] = ResolversParentTypes['EmojiCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HeldMessageDecidedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HeldMessageDecided'] = ResolversParentTypes['HeldMessageDecided']> = {
  action?: Resolver<ResolversTypes['ModerationAction'], ParentType, ContextType>;
  heldCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberCountChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberCountChanged'] = ResolversParentTypes['MemberCountChanged']> = {
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastReadSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RoomRole'], ParentType, ContextType>;
  timedOutUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeoutReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MentionedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mentioned'] = ResolversParentTypes['Mentioned']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReplyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  moderationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pinnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['ReactionGroup']>, ParentType, ContextType>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replyTo?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MessageStatus'], ParentType, ContextType>;
  threadRootId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MessageAddedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageAdded'] = ResolversParentTypes['MessageAdded']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MessageDeletedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageDeleted'] = ResolversParentTypes['MessageDeleted']> = {
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessageEditedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdited'] = ResolversParentTypes['MessageEdited']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageHeldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageHeld'] = ResolversParentTypes['MessageHeld']> = {
  heldCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessagePinnedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessagePinned'] = ResolversParentTypes['MessagePinned']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageUnpinnedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageUnpinned'] = ResolversParentTypes['MessageUnpinned']> = {
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModerationLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerationLogEntry'] = ResolversParentTypes['ModerationLogEntry']> = {
  action?: Resolver<ResolversTypes['ModerationAction'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetMessageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ModerationLogEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerationLogEntryConnection'] = ResolversParentTypes['ModerationLogEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ModerationLogEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ModerationLogEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerationLogEntryEdge'] = ResolversParentTypes['ModerationLogEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModerationLogEntry'], ParentType, ContextType>;
};

export type ModerationNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerationNotice'] = ResolversParentTypes['ModerationNotice']> = {
  action?: Resolver<ResolversTypes['ModerationAction'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addReaction?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationAddReactionArgs, 'emoji' | 'messageId'>>;
  approveMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationApproveMessageArgs, 'id'>>;
  banUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationBanUserArgs, 'roomId' | 'userId'>>;
  createRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationCreateRoomArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'body' | 'id'>>;
  inviteToRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationInviteToRoomArgs, 'roomId' | 'userId'>>;
  joinAsGuest?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationJoinAsGuestArgs, 'displayName'>>;
  joinRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationJoinRoomArgs, 'roomId'>>;
  leaveRoom?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLeaveRoomArgs, 'roomId'>>;
  markRead?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationMarkReadArgs, 'roomId' | 'seq'>>;
  openDirectRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationOpenDirectRoomArgs, 'userId'>>;
  pinMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationPinMessageArgs, 'messageId'>>;
  rejectMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationRejectMessageArgs, 'id'>>;
  removeReaction?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationRemoveReactionArgs, 'emoji' | 'messageId'>>;
  reportMessage?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationReportMessageArgs, 'messageId' | 'reason'>>;
  resolveReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationResolveReportArgs, 'id' | 'resolution'>>;
  sendMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  sendRoomReaction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendRoomReactionArgs, 'emoji' | 'roomId'>>;
  setRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationSetRoleArgs, 'role' | 'roomId' | 'userId'>>;
  setTyping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'roomId' | 'typing'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  timeoutUser?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationTimeoutUserArgs, 'roomId' | 'seconds' | 'userId'>>;
  unbanUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnbanUserArgs, 'roomId' | 'userId'>>;
  unpinMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationUnpinMessageArgs, 'messageId'>>;
  updateRoomSettings?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationUpdateRoomSettingsArgs, 'roomId' | 'settings'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PresenceChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PresenceChanged'] = ResolversParentTypes['PresenceChanged']> = {
  joined?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  viewerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  heldMessages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryHeldMessagesArgs, 'first' | 'roomId'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryMessagesArgs, 'roomId'>>;
  moderationLog?: Resolver<ResolversTypes['ModerationLogEntryConnection'], ParentType, ContextType, RequireFields<QueryModerationLogArgs, 'first' | 'roomId'>>;
  myHeldMessages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryMyHeldMessagesArgs, 'first' | 'roomId'>>;
  onlineMembers?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryOnlineMembersArgs, 'first' | 'roomId'>>;
  readMarkers?: Resolver<Array<ResolversTypes['ReadMarker']>, ParentType, ContextType, RequireFields<QueryReadMarkersArgs, 'roomId'>>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, RequireFields<QueryReportsArgs, 'first' | 'includeResolved' | 'roomId'>>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<QueryRoomArgs, 'id'>>;
  rooms?: Resolver<ResolversTypes['RoomConnection'], ParentType, ContextType, RequireFields<QueryRoomsArgs, 'first'>>;
  searchMessages?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchMessagesArgs, 'first' | 'query' | 'roomId'>>;
  thread?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryThreadArgs, 'first' | 'rootId'>>;
};

export type ReactionChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReactionChanged'] = ResolversParentTypes['ReactionChanged']> = {
  added?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReactionGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReactionGroup'] = ResolversParentTypes['ReactionGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reactedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReadMarkerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadMarker'] = ResolversParentTypes['ReadMarker']> = {
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ReadMarkerMovedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadMarkerMoved'] = ResolversParentTypes['ReadMarkerMoved']> = {
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['ReportResolution']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type ResyncRequiredResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResyncRequired'] = ResolversParentTypes['ResyncRequired']> = {
  latestSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoomResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Room'] = ResolversParentTypes['Room']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoomKind'], ParentType, ContextType>;
  lastSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<RoomMembersArgs, 'first'>>;
  myMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinnedMessages?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['RoomSettings'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoomAddedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomAdded'] = ResolversParentTypes['RoomAdded']> = {
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoomConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomConnection'] = ResolversParentTypes['RoomConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoomEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RoomEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomEdge'] = ResolversParentTypes['RoomEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
};

export type RoomEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomEvent'] = ResolversParentTypes['RoomEvent']> = {
  __resolveType: TypeResolveFn<'MemberCountChanged' | 'MessageAdded' | 'MessageDeleted' | 'MessageEdited' | 'MessagePinned' | 'MessageUnpinned' | 'PresenceChanged' | 'ReactionChanged' | 'ReadMarkerMoved' | 'ResyncRequired' | 'RoomReactionBurst' | 'RoomUpdated' | 'TypingChanged', ParentType, ContextType>;
};

export type RoomReactionBurstResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomReactionBurst'] = ResolversParentTypes['RoomReactionBurst']> = {
  counts?: Resolver<Array<ResolversTypes['EmojiCount']>, ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoomSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomSettings'] = ResolversParentTypes['RoomSettings']> = {
  blockedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  linkPolicy?: Resolver<ResolversTypes['LinkPolicy'], ParentType, ContextType>;
  profanity?: Resolver<ResolversTypes['ProfanityAction'], ParentType, ContextType>;
  slowModeSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoomUpdatedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomUpdated'] = ResolversParentTypes['RoomUpdated']> = {
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  messageCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  roomEvents?: SubscriptionResolver<ResolversTypes['RoomEvent'], "roomEvents", ParentType, ContextType, RequireFields<SubscriptionRoomEventsArgs, 'roomId'>>;
  userEvents?: SubscriptionResolver<ResolversTypes['UserEvent'], "userEvents", ParentType, ContextType>;
};

export type TypingChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypingChanged'] = ResolversParentTypes['TypingChanged']> = {
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnreadChangedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnreadChanged'] = ResolversParentTypes['UnreadChanged']> = {
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGuest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserEvent'] = ResolversParentTypes['UserEvent']> = {
  __resolveType: TypeResolveFn<'HeldMessageDecided' | 'Mentioned' | 'MessageHeld' | 'ModerationNotice' | 'RoomAdded' | 'UnreadChanged', ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurableRoomEvent?: DurableRoomEventResolvers<ContextType>;
  EmojiCount?: EmojiCountResolvers<ContextType>;
  HeldMessageDecided?: HeldMessageDecidedResolvers<ContextType>;
  MemberCountChanged?: MemberCountChangedResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mentioned?: MentionedResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageAdded?: MessageAddedResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageDeleted?: MessageDeletedResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageEdited?: MessageEditedResolvers<ContextType>;
  MessageHeld?: MessageHeldResolvers<ContextType>;
  MessagePinned?: MessagePinnedResolvers<ContextType>;
  MessageUnpinned?: MessageUnpinnedResolvers<ContextType>;
  ModerationLogEntry?: ModerationLogEntryResolvers<ContextType>;
  ModerationLogEntryConnection?: ModerationLogEntryConnectionResolvers<ContextType>;
  ModerationLogEntryEdge?: ModerationLogEntryEdgeResolvers<ContextType>;
  ModerationNotice?: ModerationNoticeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PresenceChanged?: PresenceChangedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReactionChanged?: ReactionChangedResolvers<ContextType>;
  ReactionGroup?: ReactionGroupResolvers<ContextType>;
  ReadMarker?: ReadMarkerResolvers<ContextType>;
  ReadMarkerMoved?: ReadMarkerMovedResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ResyncRequired?: ResyncRequiredResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  RoomAdded?: RoomAddedResolvers<ContextType>;
  RoomConnection?: RoomConnectionResolvers<ContextType>;
  RoomEdge?: RoomEdgeResolvers<ContextType>;
  RoomEvent?: RoomEventResolvers<ContextType>;
  RoomReactionBurst?: RoomReactionBurstResolvers<ContextType>;
  RoomSettings?: RoomSettingsResolvers<ContextType>;
  RoomUpdated?: RoomUpdatedResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TypingChanged?: TypingChangedResolvers<ContextType>;
  UnreadChanged?: UnreadChangedResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserEvent?: UserEventResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
};
