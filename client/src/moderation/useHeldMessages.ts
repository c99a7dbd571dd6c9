// The room's held-message queue, for moderators: the count for the header's badge and the list
// for the moderation panel. A newly held message arrives on the viewer's userEvents (MessageHeld)
// and is added to the cached queue, and leaves it when any moderator decides (HeldMessageDecided);
// the queue is read again when the room opens, when the panel opens, after each decision and after
// a reconnect (events may have been missed).
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useUserEventListener } from '../events/useUserEventListener';
import { graphql } from '../gql';
import type { HeldMessagesQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { useQueueDecision, useQueueRefresh } from './useQueueRefresh';

const heldMessagesQuery = graphql(`
  query HeldMessages($roomId: ID!) {
    heldMessages(roomId: $roomId, first: 50) {
      edges {
        node {
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
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const approveMessageMutation = graphql(`
  mutation ApproveMessage($id: ID!) {
    approveMessage(id: $id) {
      id
      seq
      status
    }
  }
`);

const rejectMessageMutation = graphql(`
  mutation RejectMessage($id: ID!) {
    rejectMessage(id: $id) {
      id
      status
    }
  }
`);

export type HeldMessage = HeldMessagesQuery['heldMessages']['edges'][number]['node'];

export interface HeldQueue {
  messages: HeldMessage[];
  /** More than the 50 shown are waiting. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  refresh(): void;
  /** Resolves to null when done, or why not. */
  decide(id: string, approve: boolean): Promise<string | null>;
}

export function useHeldMessages(roomId: string, enabled: boolean): HeldQueue {
  const apollo = useApolloClient();
  const { data, loading, error, refetch } = useQuery(heldMessagesQuery, { variables: { roomId }, skip: !enabled, notifyOnNetworkStatusChange: false });
  const refresh = useQueueRefresh(enabled, refetch);

  useUserEventListener((event) => {
    if (!enabled || event.room.id !== roomId) return;
    if (event.__typename === 'HeldMessageDecided') {
      apollo.cache.updateQuery({ query: heldMessagesQuery, variables: { roomId } }, (current) => {
        const edges = current?.heldMessages.edges.filter((edge) => edge.node.id !== event.messageId);
        return current && edges && edges.length < current.heldMessages.edges.length ? { heldMessages: { ...current.heldMessages, edges } } : current;
      });
      // More were waiting beyond the page: read it again to show them.
      if (data?.heldMessages.pageInfo.hasNextPage) refresh();
      return;
    }
    if (event.__typename !== 'MessageHeld') return;
    apollo.cache.updateQuery({ query: heldMessagesQuery, variables: { roomId } }, (current) => {
      if (!current || current.heldMessages.edges.some((edge) => edge.node.id === event.message.id)) return current;
      const { edges, pageInfo } = current.heldMessages;
      // The page shows the oldest 50: a newer one beyond them only says that more are waiting.
      if (edges.length >= 50) return { heldMessages: { ...current.heldMessages, pageInfo: { ...pageInfo, hasNextPage: true } } };
      return { heldMessages: { ...current.heldMessages, edges: [...edges, { __typename: 'MessageEdge' as const, node: event.message }] } };
    });
  });

  const decideWith = useQueueDecision(refresh);
  const decide = useCallback(
    (id: string, approve: boolean) =>
      decideWith(() => apollo.mutate({ mutation: approve ? approveMessageMutation : rejectMessageMutation, variables: { id }, refetchQueries: ['ModerationLog'] })),
    [apollo, decideWith],
  );

  return {
    messages: data?.heldMessages.edges.map((edge) => edge.node) ?? [],
    hasMore: data?.heldMessages.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    error: error ? readableError(error) : null,
    refresh,
    decide,
  };
}
