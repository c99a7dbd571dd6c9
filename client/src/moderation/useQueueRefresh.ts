// A moderator list's refresh: a stable function that refetches while the list is shown, also run
// after every reconnect (events may have been missed while the socket was down).
import { useCallback, useRef } from 'react';
import { useReconnected } from '../events/useReconnected';

export function useQueueRefresh(enabled: boolean, refetch: () => Promise<unknown>): () => void {
  const latest = useRef({ enabled, refetch });
  latest.current = { enabled, refetch };
  /** Stable, so effects may depend on it. */
  const refresh = useCallback(() => void (latest.current.enabled && latest.current.refetch().catch(() => {})), []);
  useReconnected(refresh);
  return refresh;
}
