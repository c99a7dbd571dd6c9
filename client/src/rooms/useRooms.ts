import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { RoomsQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';

export const roomsQuery = graphql(`
  query Rooms {
    rooms(first: 100) {
      edges {
        node {
          id
          name
          topic
          kind
          memberCount
          myMembership {
            role
          }
        }
      }
    }
  }
`);

export type RoomSummary = RoomsQuery['rooms']['edges'][number]['node'];

/** Public rooms plus the viewer's own, newest first. */
export function useRooms() {
  const { data, loading, error, refetch } = useQuery(roomsQuery, { notifyOnNetworkStatusChange: false });
  return {
    rooms: data?.rooms.edges.map((edge) => edge.node) ?? [],
    loading: loading && !data,
    error: error ? readableError(error) : null,
    refetch: () => void refetch().catch(() => {}),
  };
}
