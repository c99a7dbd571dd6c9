// One thread's posts: every page of `thread(rootId)` (oldest first, bounded), plus the room's live
// events for posts under this root. Events are followed before the first page is asked for and
// both merge by id, so a post arriving while the pages load is neither lost nor shown twice.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRoomEvents } from '../events/useRoomEvents';
import { graphql } from '../gql';
import type { ThreadQuery } from '../gql/graphql';
import { applyRoomEvent, emptyTimeline, mergePage, upsertMessage, type Timeline, type TimelineMessage } from '../messages/timeline';
import { readableError } from '../ui/readableError';

const PAGE_SIZE = 100;
/** Threads longer than this many pages show their first posts and the live ones only. */
const MAX_PAGES = 10;

const threadQuery = graphql(`
  query Thread($rootId: ID!, $first: Int!, $after: String) {
    thread(rootId: $rootId, first: $first, after: $after) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface Thread {
  posts: TimelineMessage[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Puts a post from a mutation result into the thread (deduplicated by id). */
  upsert(message: TimelineMessage): void;
  reload(): void;
}

export function useThread(rootId: string, meId: string | null): Thread {
  const apollo = useApolloClient();
  const [thread, setThread] = useState<Timeline>(emptyTimeline);
  const [status, setStatus] = useState<Thread['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const me = useRef(meId);
  me.current = meId;

  // Hot path: once per room event while the thread is open.
  useRoomEvents((event) => setThread((current) => applyRoomEvent(current, event, { meId: me.current, threadRootId: rootId })));

  useEffect(() => {
    let cancelled = false;
    setThread(emptyTimeline);
    setStatus('loading');
    (async () => {
      let after: string | null = null;
      for (let pages = 0; pages < MAX_PAGES; pages++) {
        const { data }: { data?: ThreadQuery } = await apollo.query({ query: threadQuery, variables: { rootId, first: PAGE_SIZE, after }, fetchPolicy: 'no-cache' });
        if (cancelled) return;
        if (!data) throw new Error('The server sent no thread.');
        const posts = data.thread.edges.map((edge) => edge.node);
        setThread((current) => mergePage(current, posts, me.current));
        if (!data.thread.pageInfo.hasNextPage) break;
        after = data.thread.pageInfo.endCursor ?? null;
      }
      setStatus('ready');
      setError(null);
    })().catch((caught) => {
      if (cancelled) return;
      setStatus('error');
      setError(readableError(caught));
    });
    return () => {
      cancelled = true;
    };
  }, [apollo, rootId, reloads]);

  const upsert = useCallback((message: TimelineMessage) => setThread((current) => upsertMessage(current, message, me.current)), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { posts: thread.messages, status, error, upsert, reload };
}
