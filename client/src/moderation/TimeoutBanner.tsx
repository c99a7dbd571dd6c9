import { untilText } from './durations';

/** "You are timed out until 14:05 — spoilers": shown above the closed composer while it lasts. */
export function TimeoutBanner({ until, reason }: { until: string; reason: string | null }) {
  return (
    <p className="mod-banner" role="status" data-testid="timeout-banner">
      <span aria-hidden="true">⏳</span>
      <span>
        You are timed out until <time dateTime={until}>{untilText(until)}</time>
        {reason ? ` — ${reason}` : ''}
      </span>
    </p>
  );
}
