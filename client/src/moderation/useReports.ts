// The room's open reports, for moderators: dismiss one, or delete the reported message (which the
// room's MessageDeleted event then shows everywhere). Read when the panel opens, after each
// decision and after a reconnect.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { ReportResolution, ReportsQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { useQueueDecision, useQueueRefresh } from './useQueueRefresh';

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

  const decide = useQueueDecision(refresh);
  const resolve = useCallback(
    (id: string, resolution: ReportResolution) =>
      decide(() => apollo.mutate({ mutation: resolveReportMutation, variables: { id, resolution }, refetchQueries: ['ModerationLog'] })),
    [apollo, decide],
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
