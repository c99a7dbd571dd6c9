// The room's moderation log (newest 50 entries), for moderators: shown in the moderation panel. Read
// again when the panel opens, after each moderator action (the actions refetch it by name) and after
// a reconnect.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ModerationLogQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { useQueueRefresh } from './useQueueRefresh';

export const moderationLogQuery = graphql(`
  query ModerationLog($roomId: ID!) {
    moderationLog(roomId: $roomId, first: 50) {
      edges {
        node {
          id
          action
          actor {
            id
            displayName
          }
          targetUser {
            id
            displayName
          }
          targetMessageId
          reason
          rule
          createdAt
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export type ModerationLogEntry = ModerationLogQuery['moderationLog']['edges'][number]['node'];

export function useModerationLog(roomId: string, enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(moderationLogQuery, { variables: { roomId }, skip: !enabled, notifyOnNetworkStatusChange: false });
  const refresh = useQueueRefresh(enabled, refetch);
  return {
    entries: data?.moderationLog.edges.map((edge) => edge.node) ?? [],
    hasMore: data?.moderationLog.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    error: error ? readableError(error) : null,
    refresh,
  };
}
