import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { graphql } from '../gql';
import type { RoomQuery } from '../gql/graphql';
import { isBannedError } from '../moderation/sendRefusal';
import { readableError } from '../ui/readableError';

/** The open room, with its moderation settings and the viewer's standing in it. */
export const roomQuery = graphql(`
  query Room($id: ID!) {
    room(id: $id) {
      id
      name
      topic
      kind
      memberCount
      ...RoomSettingsFields
      myMembership {
        role
        timedOutUntil
        timeoutReason
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
        timedOutUntil
        timeoutReason
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
  const { data, loading, error, refetch } = useQuery(roomQuery, { variables: { id: roomId } });
  const [joinRoom, joining] = useMutation(joinRoomMutation);
  const latestRefetch = useRef(refetch);
  latestRefetch.current = refetch;
  /** Stable, so effects may depend on it; resolves once read (or failed). */
  const read = useCallback(
    (): Promise<void> =>
      latestRefetch
        .current()
        .then(() => {})
        .catch(() => {}),
    [],
  );
  return {
    room: data?.room ?? null,
    loading: loading && !data,
    error: error ? readableError(error) : null,
    /** The room refused the viewer: they are banned from it. */
    banned: isBannedError(error) || isBannedError(joining.error),
    /** Reads the room again (e.g. after its live updates were refused). */
    refetch: read,
    join: () => void joinRoom({ variables: { roomId } }).catch(() => {}),
    joining: joining.loading,
    joinError: joining.error ? readableError(joining.error) : null,
  };
}
