// Every event topic, declared once with its payload type. Payloads are domain values, not GraphQL
// results. The PubSub interface is the seam for a Redis implementation in the scale-out setup.
//
// Events are data (shared/SPEC.md section 9): a durable event as published carries everything its
// live view shows (a message with its author, quoted reply, reactions and mentions; a reaction change
// with its user; a room update with the room), so executing it for any number of subscribers reads
// no storage. The optional parts are absent only on events read back from the log for a replay.
//
// Durable events (the timeline: messages, reactions, pins, room updates) are declared beside their
// domains and listed in events/durableEvents.ts, which derives their union; the topics are here.
import type { DurableRoomEvent } from './events/durableEvents';
import type { MessageRow } from './storage/rows';

export type { DurableRoomEvent };

/** Who is typing now in a room. Not sent above LARGE_ROOM_VIEWERS viewers. */
export interface TypingChangedEvent {
  type: 'TypingChanged';
  roomId: string;
  userIds: string[];
}

/** Viewers came or went. Above LARGE_ROOM_VIEWERS: no user ids, and at most every 5 s. */
export interface PresenceChangedEvent {
  type: 'PresenceChanged';
  roomId: string;
  viewerCount: number;
  joinedIds: string[];
  leftIds: string[];
}

/** A member read up to `seq`. Not sent above LARGE_ROOM_VIEWERS viewers. */
export interface ReadMarkerMovedEvent {
  type: 'ReadMarkerMoved';
  roomId: string;
  userId: string;
  seq: number;
}

/** Room-wide cheering summed over one 250 ms window. */
export interface RoomReactionBurstEvent {
  type: 'RoomReactionBurst';
  roomId: string;
  counts: { emoji: string; count: number }[];
}

/** The room's member count now; at most one a second per room (rooms/rooms.ts). */
export interface MemberCountChangedEvent {
  type: 'MemberCountChanged';
  roomId: string;
  memberCount: number;
}

/** What happens in a room that is not part of its timeline: never replayed, no timeline seq. */
export type EphemeralRoomEvent = TypingChangedEvent | PresenceChangedEvent | ReadMarkerMovedEvent | RoomReactionBurstEvent | MemberCountChangedEvent;

/** Delivered to subscribers instead of a replay that would be longer than REPLAY_LIMIT. */
export interface ResyncRequiredEvent {
  type: 'ResyncRequired';
  roomId: string;
  latestSeq: number;
}

/** Internal: a user stopped being a member (left or was removed). Never sent to clients. */
export interface MembershipEnded {
  type: 'MembershipEnded';
  roomId: string;
  userId: string;
  /** True when the user may no longer read the room: it is not PUBLIC, or they were banned. */
  readAccessLost: boolean;
}

/** What the `roomEvents` subscription yields. */
export type RoomEventPayload = DurableRoomEvent | EphemeralRoomEvent | ResyncRequiredEvent;

/** The user's unread or mention count in a room may have changed. */
export interface UnreadChangedEvent {
  type: 'UnreadChanged';
  roomId: string;
}

export interface MentionedEvent {
  type: 'Mentioned';
  roomId: string;
  messageId: string;
}

export interface RoomAddedEvent {
  type: 'RoomAdded';
  roomId: string;
}

/** A moderator acted on the user: a new role, timeout, ban, unban, or a decision on their held message. */
export interface ModerationNoticeEvent {
  type: 'ModerationNotice';
  roomId: string;
  action: 'ROLE_CHANGED' | 'USER_TIMED_OUT' | 'USER_BANNED' | 'USER_UNBANNED' | 'MESSAGE_APPROVED' | 'MESSAGE_REJECTED';
  /** The held message decided on. */
  messageId?: string;
  until: Date | null;
  reason: string | null;
}

/** To each owner and moderator of the room: automated moderation held `message` for review. */
export interface MessageHeldEvent {
  type: 'MessageHeld';
  roomId: string;
  message: MessageRow & { status: 'HELD' };
  /** Messages of the room waiting for review after this one was held. */
  heldCount: number;
}

/** To each owner and moderator of the room: a moderator approved or rejected a held message. */
export interface HeldMessageDecidedEvent {
  type: 'HeldMessageDecided';
  roomId: string;
  messageId: string;
  action: 'MESSAGE_APPROVED' | 'MESSAGE_REJECTED';
  /** Messages of the room still waiting for review. */
  heldCount: number;
}

/** What the `userEvents` subscription yields. */
export type UserEventPayload = UnreadChangedEvent | MentionedEvent | RoomAddedEvent | ModerationNoticeEvent | MessageHeldEvent | HeldMessageDecidedEvent;

export interface Topics {
  /** Keyed by room id. */
  room: DurableRoomEvent | EphemeralRoomEvent | MembershipEnded;
  /** Keyed by user id: things for that user alone (mentions, rooms they were added to, read elsewhere). */
  user: UserEventPayload;
  /** Keyed by user id: a token of that user was revoked; its sockets must close. */
  sessionRevoked: { userId: string; tokenHash: string };
}

export interface SubscribeOptions {
  /** Most payloads queued for a subscriber that is not reading; past it the subscription overflows. */
  limit: number;
  /**
   * Called once when the queue passes `limit`. The subscription then ends; the caller decides what
   * the consumer sees (over WebSocket: a close with a retryable code, then resume from its last seq).
   */
  onOverflow: () => void;
}

/**
 * Takes one payload as it is published. Returns nothing when it can take the next at once, or a
 * promise when its consumer is behind: payloads then queue (bounded by `limit`) until it settles.
 * Throwing ends the subscription with that error.
 */
export type Sink<P> = (payload: P) => PromiseLike<void> | void;

/** A subscription read either as an async iterator (a promise per payload) or pushed to a sink. */
export interface Subscription<P> extends AsyncIterableIterator<P> {
  /**
   * Instead of reading with next(): from now on each payload goes to `sink` as it is published,
   * those already queued first. Resolves when the subscription ends, rejects with what the sink
   * threw. For the hottest consumers (a room's live events over WebSocket), where a few promises
   * per payload per subscriber are a large share of the cost.
   */
  pipeTo(sink: Sink<P>): Promise<void>;
}

export interface PubSub {
  publish<T extends keyof Topics>(topic: T, key: string, payload: Topics[T]): void;
  subscribe<T extends keyof Topics>(topic: T, key: string, options: SubscribeOptions): Subscription<Topics[T]>;
  /** Live subscriptions on a topic key, for tests and gauges. */
  subscriberCount<T extends keyof Topics>(topic: T, key: string): number;
}
