// A room's timeline: the newest page, older pages on demand, and live events applied on top. The
// page query reads `room.lastSeq` before the messages, so the event stream opened from that seq
// misses nothing (see events/roomEventStream.ts for the resume after reconnects).
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { openRoomEventStream, type RoomEventStream } from '../events/roomEventStream';
import { useSocket } from '../events/useSocket';
import { graphql } from '../gql';
import type { NewestMessagesQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { applyRoomEvent, emptyTimeline, fromPage, prependPage, upsertMessage, type Page, type Timeline, type TimelineMessage } from './timeline';

const PAGE_SIZE = 50;

const newestMessagesQuery = graphql(`
  query NewestMessages($roomId: ID!, $last: Int!) {
    room(id: $roomId) {
      id
      lastSeq
    }
    messages(roomId: $roomId, last: $last) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
`);

const olderMessagesQuery = graphql(`
  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {
    messages(roomId: $roomId, last: $last, before: $before) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
`);

function toPage(connection: NewestMessagesQuery['messages']): Page {
  return {
    messages: connection.edges.map((edge) => edge.node),
    startCursor: connection.pageInfo.startCursor ?? null,
    hasOlder: connection.pageInfo.hasPreviousPage,
  };
}

export interface RoomTimeline {
  messages: TimelineMessage[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The live stream was refused (e.g. access removed); the timeline no longer updates. */
  liveError: string | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Loads the page before the oldest loaded message; resolves when it is in the timeline. */
  loadOlder(): Promise<void>;
  /** Puts a message from a mutation result into the timeline (deduplicated by id). */
  upsert(message: TimelineMessage): void;
  reload(): void;
}

export function useRoomTimeline(roomId: string): RoomTimeline {
  const apollo = useApolloClient();
  const socket = useSocket();
  const [timeline, setTimeline] = useState<Timeline>(emptyTimeline);
  const [status, setStatus] = useState<RoomTimeline['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [liveError, setLiveError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [reloads, setReloads] = useState(0);
  /** Bumped by every newest-page load, so an older page read before it is dropped. */
  const epoch = useRef(0);
  const olderInFlight = useRef<Promise<void> | null>(null);
  const latest = useRef(timeline);
  latest.current = timeline;

  useEffect(() => {
    let cancelled = false;
    let stream: RoomEventStream | null = null;

    async function load(): Promise<void> {
      const mine = ++epoch.current;
      try {
        const { data } = await apollo.query({
          query: newestMessagesQuery,
          variables: { roomId, last: PAGE_SIZE },
          fetchPolicy: 'no-cache',
        });
        if (cancelled || mine !== epoch.current) return;
        if (!data) throw new Error('The server sent no messages.');
        setTimeline(fromPage(toPage(data.messages)));
        setStatus('ready');
        setError(null);
        setLiveError(null);
        stream = openRoomEventStream(socket.client, {
          roomId,
          afterSeq: data.room.lastSeq,
          onEvent: (event) => setTimeline((current) => applyRoomEvent(current, event)),
          onResync: () => void load(),
          onError: (message) => !cancelled && setLiveError(message),
        });
      } catch (caught) {
        if (cancelled || mine !== epoch.current) return;
        setStatus('error');
        setError(readableError(caught));
      }
    }

    void load();
    return () => {
      cancelled = true;
      stream?.close();
    };
  }, [apollo, socket, roomId, reloads]);

  // A failed load (server unreachable, store reset) is retried once the socket is back.
  useEffect(() => {
    if (status !== 'error') return;
    return socket.client.on('connected', () => setReloads((n) => n + 1));
  }, [socket, status]);

  const loadOlder = useCallback((): Promise<void> => {
    const { startCursor, hasOlder } = latest.current;
    if (!hasOlder || !startCursor) return Promise.resolve();
    if (olderInFlight.current) return olderInFlight.current;
    const mine = epoch.current;
    setLoadingOlder(true);
    const request = apollo
      .query({ query: olderMessagesQuery, variables: { roomId, last: PAGE_SIZE, before: startCursor }, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (data && mine === epoch.current) setTimeline((current) => prependPage(current, toPage(data.messages)));
      })
      .catch(() => {
        // Scrolling up again retries.
      })
      .finally(() => {
        olderInFlight.current = null;
        setLoadingOlder(false);
      });
    olderInFlight.current = request;
    return request;
  }, [apollo, roomId]);

  const upsert = useCallback((message: TimelineMessage) => setTimeline((current) => upsertMessage(current, message)), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    messages: timeline.messages,
    status,
    error,
    liveError,
    hasOlder: timeline.hasOlder,
    loadingOlder,
    loadOlder,
    upsert,
    reload,
  };
}
