import { useEffect, useState } from 'react';
import { useRoomEvents } from '../events/useRoomEvents';

/**
 * How many messages others posted in the main timeline since the reader left the bottom (`away`);
 * counted from the room's events, so messages not loaded (after a jump, or dropped) count too.
 */
export function useNewMessageCount(away: boolean, meId: string | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!away) setCount(0);
  }, [away]);
  // Hot path: once per room event.
  useRoomEvents((event) => {
    if (away && event.__typename === 'MessageAdded' && !event.message.threadRootId && event.message.author?.id !== meId) setCount((n) => n + 1);
  });
  return away ? count : 0;
}
