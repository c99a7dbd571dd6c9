import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow, RoomRow, MembershipRow, MessageRow } from '../../db/schema';
import type { AuthResult } from '../../users/users';
import type { MessageAddedEvent, MessageEditedEvent, MessageDeletedEvent, ResyncRequiredEvent } from '../../pubsub';
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
  /** 1–80 characters after trimming. */
  name: Scalars['String']['input'];
  /** Up to 500 characters; optional. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** An event that changed the room's timeline. Durable events are numbered by `seq` with no gaps. */
export type DurableRoomEvent = {
  roomId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

/** The caller's membership of a room. */
export type Membership = {
  __typename?: 'Membership';
  /** When the caller joined the room. */
  joinedAt: Scalars['DateTime']['output'];
  role: RoomRole;
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
  /** The message this one replies to (quoted inline by clients), if any. */
  replyTo?: Maybe<Message>;
  roomId: Scalars['ID']['output'];
  /** The room seq of the event that added this message; messages sort by it. */
  seq: Scalars['Int']['output'];
};

/** A message was posted. */
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Create a room; the caller becomes its OWNER. */
  createRoom: Room;
  /** Delete a message: the author, or a room OWNER or MODERATOR. Leaves a tombstone; deleting twice is a no-op. */
  deleteMessage: Message;
  /** Replace the body of your own message. Editing to the same body changes nothing and emits nothing. */
  editMessage: Message;
  /** Add a user to a PRIVATE room. OWNER or MODERATOR only. Inviting a member again changes nothing. */
  inviteToRoom: Room;
  /** Create a guest user for a live event and sign in as them. No password; the token is the only key. */
  joinAsGuest: AuthPayload;
  /** Join a PUBLIC room. Joining a room you are in already returns it unchanged. */
  joinRoom: Room;
  /** Leave a room. Its events stop at once if it is PRIVATE or DIRECT. Returns true when you were a member. */
  leaveRoom: Scalars['Boolean']['output'];
  /** The DIRECT room between the caller and another user: created once, the same room every time after. */
  openDirectRoom: Room;
  /** Post a message to a room you are a member of. Idempotent by `clientMessageId`. */
  sendMessage: Message;
  /** Sign in with a username (any case) and password. UNAUTHENTICATED when either is wrong. */
  signIn: AuthPayload;
  /** Revoke the caller's token at once; WebSockets opened with it are closed with code 4403. */
  signOut: Scalars['Boolean']['output'];
  /** Create an account and sign in. CONFLICT when the username is taken (ignoring case). */
  signUp: AuthPayload;
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


export type MutationOpenDirectRoomArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
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

export type Query = {
  __typename?: 'Query';
  /** The caller, or null when anonymous. */
  me?: Maybe<User>;
  /**
   * A room's main timeline, oldest first within a page; same as `Room.messages`. Use
   * `last`/`before` to page back through history and `first`/`after` to page forwards. Page size 1–100.
   */
  messages: MessageConnection;
  /** A room by id. PRIVATE and DIRECT rooms are NOT_FOUND for non-members. */
  room: Room;
  /** Public rooms plus the caller's own rooms, newest first. `first` is 1–100 (default 50). */
  rooms: RoomConnection;
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
  /** The caller's membership, or null when the caller is not a member (or anonymous). */
  myMembership?: Maybe<Membership>;
  /** 1–80 characters. */
  name: Scalars['String']['output'];
  /** Up to 500 characters; empty when not set. */
  topic: Scalars['String']['output'];
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

/** A member's role in one room. OWNER > MODERATOR > MEMBER. */
export type RoomRole =
  /** May read and post. */
  | 'MEMBER'
  /** May invite and delete any message. */
  | 'MODERATOR'
  /** Created the room. May invite, moderate and delete any message. */
  | 'OWNER';

export type SendMessageInput = {
  /** Plain text. Trimmed; must then be 1–`MAX_MESSAGE_LENGTH` (4000) characters. */
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
};

/** A new account. Usernames are 3–32 letters, digits, `_` or `-`, unique ignoring case. */
export type SignUpInput = {
  /** The name shown beside this user's messages (1–50 characters). */
  displayName: Scalars['String']['input'];
  /** 8–200 characters. Stored only as a scrypt hash. */
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
};


export type SubscriptionRoomEventsArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};

/** A person in Courtside: a guest of one live event, or an account with a username and password. */
export type User = {
  __typename?: 'User';
  /** The name shown beside this user's messages (1–50 characters). */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for guests created by `joinAsGuest`, who have no password and cannot sign in again. */
  isGuest: Scalars['Boolean']['output'];
  /** Unique, case-insensitive sign-in name; null for guests. */
  username?: Maybe<Scalars['String']['output']>;
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
  ;
  RoomEvent:
    | ( MessageAddedEvent )
    | ( MessageDeletedEvent )
    | ( MessageEditedEvent )
    | ( ResyncRequiredEvent )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<AuthResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateRoomInput: CreateRoomInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DurableRoomEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['DurableRoomEvent']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Message: ResolverTypeWrapper<MessageRow>;
  MessageAdded: ResolverTypeWrapper<MessageAddedEvent>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageDeleted: ResolverTypeWrapper<MessageDeletedEvent>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageEdited: ResolverTypeWrapper<MessageEditedEvent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResyncRequired: ResolverTypeWrapper<ResyncRequiredEvent>;
  Room: ResolverTypeWrapper<RoomRow>;
  RoomConnection: ResolverTypeWrapper<Omit<RoomConnection, 'edges'> & { edges: Array<ResolversTypes['RoomEdge']> }>;
  RoomEdge: ResolverTypeWrapper<Omit<RoomEdge, 'node'> & { node: ResolversTypes['Room'] }>;
  RoomEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RoomEvent']>;
  RoomKind: RoomKind;
  RoomRole: RoomRole;
  SendMessageInput: SendMessageInput;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: AuthResult;
  Boolean: Scalars['Boolean']['output'];
  CreateRoomInput: CreateRoomInput;
  DateTime: Scalars['DateTime']['output'];
  DurableRoomEvent: ResolversInterfaceTypes<ResolversParentTypes>['DurableRoomEvent'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Membership: MembershipRow;
  Message: MessageRow;
  MessageAdded: MessageAddedEvent;
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageDeleted: MessageDeletedEvent;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageEdited: MessageEditedEvent;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ResyncRequired: ResyncRequiredEvent;
  Room: RoomRow;
  RoomConnection: Omit<RoomConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoomEdge']> };
  RoomEdge: Omit<RoomEdge, 'node'> & { node: ResolversParentTypes['Room'] };
  RoomEvent: ResolversInterfaceTypes<ResolversParentTypes>['RoomEvent'];
  SendMessageInput: SendMessageInput;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  User: UserRow;
};

export type AuthPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurableRoomEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurableRoomEvent'] = ResolversParentTypes['DurableRoomEvent']> = {
  __resolveType: TypeResolveFn<'MessageAdded' | 'MessageDeleted' | 'MessageEdited', ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RoomRole'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replyTo?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationCreateRoomArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'body' | 'id'>>;
  inviteToRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationInviteToRoomArgs, 'roomId' | 'userId'>>;
  joinAsGuest?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationJoinAsGuestArgs, 'displayName'>>;
  joinRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationJoinRoomArgs, 'roomId'>>;
  leaveRoom?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLeaveRoomArgs, 'roomId'>>;
  openDirectRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationOpenDirectRoomArgs, 'userId'>>;
  sendMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<QueryMessagesArgs, 'roomId'>>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<QueryRoomArgs, 'id'>>;
  rooms?: Resolver<ResolversTypes['RoomConnection'], ParentType, ContextType, RequireFields<QueryRoomsArgs, 'first'>>;
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
  myMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'MessageAdded' | 'MessageDeleted' | 'MessageEdited' | 'ResyncRequired', ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  roomEvents?: SubscriptionResolver<ResolversTypes['RoomEvent'], "roomEvents", ParentType, ContextType, RequireFields<SubscriptionRoomEventsArgs, 'roomId'>>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGuest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurableRoomEvent?: DurableRoomEventResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageAdded?: MessageAddedResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageDeleted?: MessageDeletedResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageEdited?: MessageEditedResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResyncRequired?: ResyncRequiredResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  RoomConnection?: RoomConnectionResolvers<ContextType>;
  RoomEdge?: RoomEdgeResolvers<ContextType>;
  RoomEvent?: RoomEventResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

