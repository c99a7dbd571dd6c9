// One room's live events, resumed after every reconnect from the last seq applied.
//
// Why nothing is missed or applied twice:
// - The stream remembers `lastSeq`, the seq of the last durable event it delivered.
// - When the socket closes, the subscription is dropped at once, so no event can arrive for it
//   afterwards; when the socket is connected again, a new subscription starts with
//   `afterSeq: lastSeq`, and the server replays every durable event after it, then goes live.
//   (graphql-ws would otherwise resubscribe by itself with the variables of the first subscribe.)
// - A durable event at or below `lastSeq` is a duplicate and is dropped; one beyond `lastSeq + 1`
//   would be a gap (the server promises none), handled like ResyncRequired: the owner reloads.
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { graphql } from '../gql';
import type { RoomEventsSubscription } from '../gql/graphql';

/** The bundled client's own live document: the benchmarks and the fan-out tests subscribe with it too. */
export const roomEventsDocument = print(
  graphql(`
    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {
      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
        __typename
        roomId
        ... on DurableRoomEvent {
          seq
        }
        ... on MessageAdded {
          message {
            ...MessageFields
          }
        }
        ... on MessageEdited {
          message {
            ...MessageFields
          }
        }
        ... on MessageDeleted {
          messageId
        }
        ... on ReactionChanged {
          messageId
          emoji
          count
          added
          user {
            id
          }
        }
        ... on TypingChanged {
          users {
            id
            displayName
          }
        }
        ... on PresenceChanged {
          viewerCount
          joined {
            id
            displayName
            username
            isGuest
          }
          left {
            id
          }
        }
        ... on ReadMarkerMoved {
          reader: user {
            id
            displayName
          }
          # A read position, not a timeline seq: aliased so nothing can take it for one.
          readSeq: seq
        }
        ... on RoomReactionBurst {
          counts {
            emoji
            count
          }
        }
        ... on ResyncRequired {
          latestSeq
        }
        ... on MemberCountChanged {
          memberCount
        }
        ... on MessagePinned {
          message {
            ...MessageFields
            pinnedAt
          }
        }
        ... on MessageUnpinned {
          messageId
        }
        ... on RoomUpdated {
          room {
            ...RoomLiveFields
          }
        }
      }
    }
  `),
);

export type RoomEvent = RoomEventsSubscription['roomEvents'];
export type RoomEventOf<T extends RoomEvent['__typename']> = Extract<RoomEvent, { __typename: T }>;

/**
 * Durable events take the room's next seq and are replayed on resume; they are told apart by type,
 * never by having a `seq` field (ReadMarkerMoved has one too, naming a read position). The pinning
 * and settings events belong to the moderation section of the schema.
 */
const DURABLE_TYPES = ['MessageAdded', 'MessageEdited', 'MessageDeleted', 'ReactionChanged', 'MessagePinned', 'MessageUnpinned', 'RoomUpdated'] as const;
/** Never replayed, no timeline seq; ResyncRequired is handled apart. */
const EPHEMERAL_TYPES = ['TypingChanged', 'PresenceChanged', 'ReadMarkerMoved', 'RoomReactionBurst', 'MemberCountChanged', 'ResyncRequired'] as const;
const durableTypes: ReadonlySet<string> = new Set(DURABLE_TYPES);

/** Fails to compile when the schema gains a room event that is in neither list above. */
type Unclassified = Exclude<RoomEvent['__typename'], (typeof DURABLE_TYPES)[number] | (typeof EPHEMERAL_TYPES)[number]>;
export const everyRoomEventClassified: [Unclassified] extends [never] ? true : Unclassified = true;

export type DurableEvent = Extract<RoomEvent, { __typename: (typeof DURABLE_TYPES)[number] }>;

export function isDurable(event: RoomEvent): event is DurableEvent {
  return durableTypes.has(event.__typename);
}

export interface RoomEventStreamOptions {
  roomId: string;
  /** The seq the caller's timeline is complete up to (from `room.lastSeq`, read with the page). */
  afterSeq: number;
  /** Hot path: once per delivered event, durable ones in seq order, each exactly once. */
  onEvent: (event: RoomEvent) => void;
  /** The timeline cannot be patched up: reload it and open a new stream. This one is closed. */
  onResync: () => void;
  /** The server refused the subscription (e.g. no access); the stream stops. */
  onError: (message: string) => void;
}

export interface RoomEventStream {
  close(): void;
  lastSeq(): number;
}

function errorText(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message?: string }) => e.message ?? String(e)).join(' ');
  return error instanceof Error ? error.message : 'The live updates stopped.';
}

export function openRoomEventStream(socket: Client, options: RoomEventStreamOptions): RoomEventStream {
  const { roomId, onEvent, onResync, onError } = options;
  let lastSeq = options.afterSeq;
  let release: (() => void) | null = null;
  let generation = 0;
  let stopped = false;

  function stop(): void {
    stopped = true;
    generation++;
    release?.();
    release = null;
    offClosed();
    offConnected();
  }

  function deliver(event: RoomEvent): void {
    if (event.__typename === 'ResyncRequired') {
      stop();
      onResync();
      return;
    }
    if (isDurable(event)) {
      if (event.seq <= lastSeq) return;
      if (event.seq > lastSeq + 1) {
        stop();
        onResync();
        return;
      }
      lastSeq = event.seq;
    }
    onEvent(event);
  }

  function subscribe(): void {
    const mine = ++generation;
    release = socket.subscribe<RoomEventsSubscription>(
      { query: roomEventsDocument, variables: { roomId, afterSeq: lastSeq } },
      {
        next: (result) => {
          if (mine !== generation) return;
          if (result.data) deliver(result.data.roomEvents);
          else if (result.errors?.length) {
            stop();
            onError(errorText(result.errors));
          }
        },
        error: (error) => {
          if (mine !== generation) return;
          stop();
          onError(errorText(error));
        },
        complete: () => {
          if (mine === generation) release = null;
        },
      },
    );
  }

  const offClosed = socket.on('closed', () => {
    generation++;
    release?.();
    release = null;
  });
  const offConnected = socket.on('connected', () => {
    if (!stopped && !release) subscribe();
  });
  subscribe();

  return { close: () => !stopped && stop(), lastSeq: () => lastSeq };
}
