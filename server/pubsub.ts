// Every event topic, declared once with its payload type. Payloads are domain values, not GraphQL
// results. The PubSub interface is the seam for a Redis implementation in the scale-out setup.
import type { MessageRow } from './db/schema';

export interface MessageAddedEvent {
  type: 'MessageAdded';
  roomId: string;
  seq: number;
  message: MessageRow;
}

export interface MessageEditedEvent {
  type: 'MessageEdited';
  roomId: string;
  seq: number;
  message: MessageRow;
}

export interface MessageDeletedEvent {
  type: 'MessageDeleted';
  roomId: string;
  seq: number;
  messageId: string;
}

/** A durable change to a room's timeline; `seq` is assigned in the transaction that made it. */
export type DurableRoomEvent = MessageAddedEvent | MessageEditedEvent | MessageDeletedEvent;

/** Delivered to subscribers instead of a replay that would be longer than REPLAY_LIMIT. */
export interface ResyncRequiredEvent {
  type: 'ResyncRequired';
  roomId: string;
  latestSeq: number;
}

/** Internal: a user lost read access to a room (left or was removed). Never sent to clients. */
export interface AccessRevoked {
  type: 'AccessRevoked';
  roomId: string;
  userId: string;
}

/** What the `roomEvents` subscription yields. */
export type RoomEventPayload = DurableRoomEvent | ResyncRequiredEvent;

export interface Topics {
  /** Keyed by room id. */
  room: DurableRoomEvent | AccessRevoked;
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

export interface PubSub {
  publish<T extends keyof Topics>(topic: T, key: string, payload: Topics[T]): void;
  subscribe<T extends keyof Topics>(topic: T, key: string, options: SubscribeOptions): AsyncIterableIterator<Topics[T]>;
  /** Live subscriptions on a topic key, for tests and gauges. */
  subscriberCount<T extends keyof Topics>(topic: T, key: string): number;
}
