import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSocket } from './useSocket';

/**
 * Calls `onReconnected` each time the socket is connected again after a close. Ephemeral room
 * state (presence, typing, read markers) is never replayed, so its owner reloads it then.
 */
export function useReconnected(onReconnected: () => void): void {
  const socket = useSocket();
  const latest = useRef(onReconnected);
  useLayoutEffect(() => {
    latest.current = onReconnected;
  });
  useEffect(() => {
    let closed = false;
    const offClosed = socket.client.on('closed', () => (closed = true));
    const offConnected = socket.client.on('connected', () => {
      if (!closed) return;
      closed = false;
      latest.current();
    });
    return () => {
      offClosed();
      offConnected();
    };
  }, [socket]);
}
