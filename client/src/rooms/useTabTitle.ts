import { useEffect } from 'react';
import { tabTitle } from './tabTitle';

/** Keeps document.title at the unread count of `rooms` (the room list, kept live by userEvents). */
export function useTabTitle(rooms: Parameters<typeof tabTitle>[0]): void {
  const title = tabTitle(rooms);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
