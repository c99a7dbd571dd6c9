// A moderator list's refresh: a stable function that refetches while the list is shown, also run
// after every reconnect (events may have been missed while the socket was down); and a decision on
// one of its items, after which the list is read again whatever the answer.
import { useCallback, useRef } from 'react';
import { useReconnected } from '../events/useReconnected';
import { readableError } from '../ui/readableError';

export function useQueueRefresh(enabled: boolean, refetch: () => Promise<unknown>): () => void {
  const latest = useRef({ enabled, refetch });
  latest.current = { enabled, refetch };
  /** Stable, so effects may depend on it. */
  const refresh = useCallback(() => void (latest.current.enabled && latest.current.refetch().catch(() => {})), []);
  useReconnected(refresh);
  return refresh;
}

/** Runs a decision (a mutation); resolves to null when done, or why not, and refreshes the list either way. */
export function useQueueDecision(refresh: () => void): (decide: () => Promise<unknown>) => Promise<string | null> {
  return useCallback(
    async (decide) => {
      try {
        await decide();
        return null;
      } catch (caught) {
        return readableError(caught);
      } finally {
        refresh();
      }
    },
    [refresh],
  );
}
