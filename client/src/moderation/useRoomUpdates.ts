// RoomUpdated (a moderator changed the room's name, topic or settings) puts the room's new state in
// the cache, so the header, the settings panel and the composer's slow-mode hint follow it live.
import { useApolloClient } from '@apollo/client/react';
import { useRoomEvents } from '../events/useRoomEvents';
import { roomSettingsFields } from './roomSettingsFields';

export function useRoomUpdates(): void {
  const apollo = useApolloClient();
  useRoomEvents((event) => {
    if (event.__typename !== 'RoomUpdated') return;
    apollo.cache.writeFragment({ id: apollo.cache.identify(event.room), fragment: roomSettingsFields, data: event.room });
  });
}
