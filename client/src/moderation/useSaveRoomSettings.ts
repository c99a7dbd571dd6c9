// Saves the room's moderation settings; the answer replaces the cached room's settings, and the
// RoomUpdated event that follows brings the same to every other open page.
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { RoomSettingsInput } from '../gql/graphql';
import { readableError } from '../ui/readableError';

const updateRoomSettingsMutation = graphql(`
  mutation UpdateRoomSettings($roomId: ID!, $settings: RoomSettingsInput!) {
    updateRoomSettings(roomId: $roomId, settings: $settings) {
      ...RoomSettingsFields
    }
  }
`);

/** Resolves to null when saved, or why not. */
export function useSaveRoomSettings(roomId: string): (settings: RoomSettingsInput) => Promise<string | null> {
  const apollo = useApolloClient();
  return useCallback(
    async (settings) => {
      try {
        await apollo.mutate({ mutation: updateRoomSettingsMutation, variables: { roomId, settings }, refetchQueries: ['ModerationLog'] });
        return null;
      } catch (caught) {
        return readableError(caught);
      }
    },
    [apollo, roomId],
  );
}
