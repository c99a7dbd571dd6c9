// Durations as people say them, for timeouts and slow mode.

/** The timeouts a moderator picks from, in seconds. */
export const TIMEOUT_CHOICES = [60, 600, 3600, 86_400] as const;

/** Slow-mode presets, in seconds (0 = off); anything else is entered as a custom value. */
export const SLOW_MODE_CHOICES = [0, 5, 30, 60, 300] as const;

/** The longest slow mode the server accepts (6 h). */
export const MAX_SLOW_MODE_SECONDS = 21_600;

/** "45 s", "10 min", "1 h 30 min", "24 h", "3 days". */
export function durationText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  }
  if (seconds <= 86_400) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.round(seconds / 86_400);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "14:05" today, "Nov 29, 14:05" on another day: when a timeout ends. */
export function untilText(iso: string, now = new Date()): string {
  const date = new Date(iso);
  return (date.toDateString() === now.toDateString() ? clock : dayAndClock).format(date);
}
