// The room's held-message queue, for moderators: the count for the header's badge and the list
// for the moderation panel. Nothing announces a newly held message to moderators, so the queue is
// read when the room opens, when the panel opens, after each decision and after a reconnect.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
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
