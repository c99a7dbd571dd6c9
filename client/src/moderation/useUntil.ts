import { useEffect, useState } from 'react';

/** Is `until` (an ISO time, or null) still ahead? Re-renders once, when it passes. */
export function useUntil(until: string | null): boolean {
  const [, wake] = useState(0);
  const end = until ? Date.parse(until) : 0;
  const ahead = end > Date.now();
  useEffect(() => {
    if (!ahead) return;
    // setTimeout holds at most 2^31 - 1 ms (~24 days); timeouts last at most 14 days.
    const timer = setTimeout(() => wake((n) => n + 1), Math.min(end - Date.now() + 20, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [ahead, end]);
  return ahead;
}
