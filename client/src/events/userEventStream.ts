// The signed-in user's own events (`userEvents`), followed across reconnects and socket restarts:
// dropped when the socket closes, subscribed again when it is connected. Nothing is replayed, so
// the owner is told (`onResumed`) to read again what may have changed meanwhile.
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { graphql } from '../gql';
import type { UserEventsSubscription } from '../gql/graphql';

const userEventsDocument = print(
  graphql(`
    subscription UserEvents {
      userEvents {
        __typename
        room {
          id
        }
        ... on UnreadChanged {
          unreadCount
          mentionCount
        }
        ... on Mentioned {
          message {
            id
          }
        }
        ... on RoomAdded {
          room {
            ...RoomSummaryFields
          }
        }
        ... on ModerationNotice {
          action
          messageId
          until
          reason
        }
        ... on HeldMessageDecided {
          messageId
          action
          heldCount
        }
        ... on MessageHeld {
          heldCount
          message {
            id
            body
            createdAt
            moderationReason
            threadRootId
            author {
              id
              displayName
            }
          }
        }
      }
    }
  `),
);

export type UserEvent = UserEventsSubscription['userEvents'];

export interface UserEventStreamOptions {
  /** Hot path: once per event for this user. */
  onEvent: (event: UserEvent) => void;
  /** Subscribed again after the socket was closed: events may have been missed. */
  onResumed: () => void;
}

export function openUserEventStream(socket: Client, { onEvent, onResumed }: UserEventStreamOptions): { close(): void } {
  let release: (() => void) | null = null;
  let generation = 0;
  let missed = false;

  function subscribe(): void {
    const mine = ++generation;
    release = socket.subscribe<UserEventsSubscription>(
      { query: userEventsDocument },
      {
        next: (result) => mine === generation && result.data && onEvent(result.data.userEvents),
        // Refused (e.g. the token was just revoked): try again on the next connection.
        error: () => mine === generation && (release = null),
        complete: () => mine === generation && (release = null),
      },
    );
  }

  const offClosed = socket.on('closed', () => {
    generation++;
    release?.();
    release = null;
    missed = true;
  });
  const offConnected = socket.on('connected', () => {
    if (release) return;
    subscribe();
    if (missed) onResumed();
    missed = false;
  });
  subscribe();

  return {
    close() {
      generation++;
      release?.();
      release = null;
      offClosed();
      offConnected();
    },
  };
}
