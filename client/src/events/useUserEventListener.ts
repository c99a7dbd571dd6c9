import { useEffect, useLayoutEffect, useRef } from 'react';
import type { UserEvent } from './userEventStream';
import { useUserEventBus } from './UserEventBusContext';

/** Calls `listener` with every event of the viewer's own stream from now on (the latest listener each time). */
export function useUserEventListener(listener: (event: UserEvent) => void): void {
  const bus = useUserEventBus();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bus.subscribe((event) => latest.current(event)), [bus]);
}
