// The open room lives in the URL (`#/rooms/<id>`), so a reload or a shared link opens it again.
import { useCallback, useSyncExternalStore } from 'react';

const PREFIX = '#/rooms/';

function readRoomId(): string | null {
  return location.hash.startsWith(PREFIX) ? decodeURIComponent(location.hash.slice(PREFIX.length)) || null : null;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useSelectedRoomId(): [string | null, (roomId: string | null) => void] {
  const roomId = useSyncExternalStore(subscribe, readRoomId);
  const select = useCallback((next: string | null) => {
    location.hash = next ? `${PREFIX}${encodeURIComponent(next)}` : '';
  }, []);
  return [roomId, select];
}
