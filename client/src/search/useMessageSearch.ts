// Searching one room's messages: results for the latest query only (an answer to an older query
// that arrives late is dropped), and more results on demand.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { SearchMessagesQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';

const PAGE_SIZE = 20;

const searchMessagesQuery = graphql(`
  query SearchMessages($roomId: ID!, $query: String!, $first: Int!, $after: String) {
    searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {
      edges {
        node {
          snippet
          messageCursor
          message {
            ...MessageFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type SearchHit = SearchMessagesQuery['searchMessages']['edges'][number]['node'];

export interface MessageSearch {
  /** The query the results are for; null when nothing was searched. */
  query: string | null;
  hits: SearchHit[];
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  search(query: string): void;
  more(): void;
  clear(): void;
}

export function useMessageSearch(roomId: string): MessageSearch {
  const apollo = useApolloClient();
  const [state, setState] = useState<{ query: string | null; hits: SearchHit[]; endCursor: string | null; hasMore: boolean }>({
    query: null,
    hits: [],
    endCursor: null,
    hasMore: false,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const run = useCallback(
    async (query: string, after: string | null) => {
      const mine = ++latest.current;
      setLoading(true);
      try {
        const { data } = await apollo.query({ query: searchMessagesQuery, variables: { roomId, query, first: PAGE_SIZE, after }, fetchPolicy: 'no-cache' });
        if (mine !== latest.current || !data) return;
        const { edges, pageInfo } = data.searchMessages;
        setState((current) => ({
          query,
          hits: after ? [...current.hits, ...edges.map((e) => e.node)] : edges.map((e) => e.node),
          endCursor: pageInfo.endCursor ?? null,
          hasMore: pageInfo.hasNextPage,
        }));
        setError(null);
      } catch (caught) {
        if (mine === latest.current) setError(readableError(caught));
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [apollo, roomId],
  );

  return {
    query: state.query,
    hits: state.hits,
    loading,
    error,
    hasMore: state.hasMore,
    search: (query) => void run(query, null),
    more: () => state.query !== null && state.endCursor && void run(state.query, state.endCursor),
    clear: () => {
      latest.current++;
      setLoading(false);
      setError(null);
      setState({ query: null, hits: [], endCursor: null, hasMore: false });
    },
  };
}
