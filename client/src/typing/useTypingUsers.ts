// Who else is typing in the open room, from TypingChanged (each one the whole list). Typing is
// ephemeral and not replayed, so the list is cleared when the socket closes; the server sends the
// list again on the next change.
import { useEffect, useState } from 'react';
import { useRoomEvents } from '../events/useRoomEvents';
import { useSocket } from '../events/useSocket';

export interface Typist {
  id: string;
  displayName: string;
}

export function useTypingUsers(meId: string | null): Typist[] {
  const socket = useSocket();
  const [typists, setTypists] = useState<Typist[]>([]);

  useRoomEvents((event) => {
    if (event.__typename === 'TypingChanged') setTypists(event.users.filter((user) => user.id !== meId));
  });

  useEffect(() => socket.client.on('closed', () => setTypists([])), [socket]);
  return typists;
}
