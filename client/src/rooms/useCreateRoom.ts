import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { RoomKind } from '../gql/graphql';
import { readableError } from '../ui/readableError';
import { roomsQuery } from './useRooms';

const createRoomMutation = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
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

export interface NewRoom {
  name: string;
  topic: string;
  kind: RoomKind;
}

/** Creates a room (the viewer becomes its owner); resolves to its id, or null on failure. */
export function useCreateRoom() {
  const [createRoom, state] = useMutation(createRoomMutation, { refetchQueries: [roomsQuery] });
  return {
    create: async (input: NewRoom): Promise<string | null> => {
      try {
        const result = await createRoom({ variables: { input } });
        return result.data?.createRoom.id ?? null;
      } catch {
        return null;
      }
    },
    creating: state.loading,
    error: state.error ? readableError(state.error) : null,
    reset: state.reset,
  };
}
