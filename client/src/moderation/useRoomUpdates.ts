// RoomUpdated (a moderator changed the room's name, topic or settings) puts the room's new state in
// the cache, so the header, the settings panel and the composer's slow-mode hint follow it live.
// Moderators also read the blocked terms again: the live event leaves them out (roomSettingsFields.ts).
import { useApolloClient } from '@apollo/client/react';
import { useRoomEvents } from '../events/useRoomEvents';
import { roomBlockedTermsQuery, roomLiveFields } from './roomSettingsFields';

export function useRoomUpdates(roomId: string, isModerator: boolean): void {
  const apollo = useApolloClient();
  useRoomEvents((event) => {
    if (event.__typename !== 'RoomUpdated') return;
    apollo.cache.writeFragment({ id: apollo.cache.identify(event.room), fragment: roomLiveFields, data: event.room });
    if (isModerator) void apollo.query({ query: roomBlockedTermsQuery, variables: { id: roomId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  });
}
