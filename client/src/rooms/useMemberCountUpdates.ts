// MemberCountChanged (members joined, left, were invited or banned; at most one a second per room)
// puts the room's member count in the cache, so the header and the room list follow it live.
import { useApolloClient } from '@apollo/client/react';
import { useRoomEvents } from '../events/useRoomEvents';

export function useMemberCountUpdates(): void {
  const apollo = useApolloClient();
  useRoomEvents((event) => {
    if (event.__typename !== 'MemberCountChanged') return;
    const id = apollo.cache.identify({ __typename: 'Room', id: event.roomId });
    apollo.cache.modify({ id, fields: { memberCount: () => event.memberCount } });
  });
}
