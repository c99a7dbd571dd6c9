import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `endsAt` (ms since the epoch), rounded up: 0 once it has passed or when
 * there is none. Re-renders each second while it runs and once at the end.
 */
export function useCountdown(endsAt: number | null): number {
  const [, tick] = useState(0);
  const left = endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
  useEffect(() => {
    if (endsAt === null || endsAt <= Date.now()) return;
    // Wake at each whole second before the end, so "27 s" turns into "26 s" on time.
    const timer = setTimeout(() => tick((n) => n + 1), ((endsAt - Date.now()) % 1000) + 20);
    return () => clearTimeout(timer);
  });
  return left;
}
