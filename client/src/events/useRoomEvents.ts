import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RoomEvent } from './roomEventStream';
import { useRoomEventBus } from './RoomEventBusContext';

/** Calls `listener` with every event of the open room from now on (the latest listener each time). */
export function useRoomEvents(listener: (event: RoomEvent) => void): void {
  const bus = useRoomEventBus();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bus.subscribe((event) => latest.current(event)), [bus]);
}
