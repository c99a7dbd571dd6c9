import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { RoomQuery } from '../gql/graphql';
import { readableError } from '../ui/readableError';

const roomQuery = graphql(`
  query Room($id: ID!) {
    room(id: $id) {
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
`);

const joinRoomMutation = graphql(`
  mutation JoinRoom($roomId: ID!) {
    joinRoom(roomId: $roomId) {
      id
      memberCount
      myMembership {
        role
        lastReadSeq
        unreadCount
        mentionCount
      }
    }
  }
`);

export type RoomDetails = RoomQuery['room'];

/** One room's details and the viewer's membership; `join` updates both in the cache. */
export function useRoom(roomId: string) {
  const { data, loading, error } = useQuery(roomQuery, { variables: { id: roomId } });
  const [joinRoom, joining] = useMutation(joinRoomMutation);
  return {
    room: data?.room ?? null,
    loading: loading && !data,
    error: error ? readableError(error) : null,
    join: () => void joinRoom({ variables: { roomId } }).catch(() => {}),
    joining: joining.loading,
    joinError: joining.error ? readableError(joining.error) : null,
  };
}
