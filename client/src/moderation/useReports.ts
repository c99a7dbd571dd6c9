// The room's open reports, for moderators: dismiss one, or delete the reported message (which the
// room's MessageDeleted event then shows everywhere). Read when the panel opens, after each
// decision and after a reconnect.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { ReportResolution, ReportsQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { useQueueRefresh } from './useQueueRefresh';

const reportsQuery = graphql(`
  query Reports($roomId: ID!) {
    reports(roomId: $roomId, first: 50) {
      edges {
        node {
          id
          reason
          createdAt
          reporter {
            id
            displayName
          }
          message {
            id
            body
            createdAt
            deletedAt
            threadRootId
            author {
              id
              displayName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const resolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {
    resolveReport(id: $id, resolution: $resolution) {
      id
      resolvedAt
      resolution
    }
  }
`);

export type Report = ReportsQuery['reports']['edges'][number]['node'];

export interface ReportQueue {
  reports: Report[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  refresh(): void;
  /** Resolves to null when done, or why not. */
  resolve(id: string, resolution: ReportResolution): Promise<string | null>;
}

export function useReports(roomId: string, enabled: boolean): ReportQueue {
  const apollo = useApolloClient();
  const { data, loading, error, refetch } = useQuery(reportsQuery, { variables: { roomId }, skip: !enabled, notifyOnNetworkStatusChange: false });
  const refresh = useQueueRefresh(enabled, refetch);

  const resolve = useCallback(
    async (id: string, resolution: ReportResolution): Promise<string | null> => {
      try {
        await apollo.mutate({ mutation: resolveReportMutation, variables: { id, resolution }, refetchQueries: ['ModerationLog'] });
        return null;
      } catch (caught) {
        return readableError(caught);
      } finally {
        refresh();
      }
    },
    [apollo, refresh],
  );

  return {
    reports: data?.reports.edges.map((edge) => edge.node) ?? [],
    hasMore: data?.reports.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    error: error ? readableError(error) : null,
    refresh,
    resolve,
  };
}
