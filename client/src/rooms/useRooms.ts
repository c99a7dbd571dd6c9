import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { RoomSummaryFieldsFragment } from '../gql/graphql';
import { readableError } from '../ui/readableError';

/**
 * What the room list shows of a room; also what RoomAdded brings. The type names are spelled out:
 * the userEvents stream is not sent through Apollo, which would add them, and the cache needs them.
 */
export const roomSummaryFields = graphql(`
  fragment RoomSummaryFields on Room {
    __typename
    id
    name
    topic
    kind
    memberCount
    myMembership {
      __typename
      role
      lastReadSeq
      unreadCount
      mentionCount
    }
  }
`);

/**
 * 50, the API's default page: with the badge counts, `first: 100` costs more than the server's
 * default MAX_QUERY_COST (10 000) allows.
 */
export const roomsQuery = graphql(`
  query Rooms {
    rooms(first: 50) {
      edges {
        node {
          ...RoomSummaryFields
        }
      }
    }
  }
`);

export type RoomSummary = RoomSummaryFieldsFragment;

/** Public rooms plus the viewer's own, newest first, with the viewer's unread counts. */
export function useRooms() {
  const { data, loading, error, refetch } = useQuery(roomsQuery, { notifyOnNetworkStatusChange: false });
  return {
    rooms: data?.rooms.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error: error ? readableError(error) : null,
    refetch: () => void refetch().catch(() => {}),
  };
}
