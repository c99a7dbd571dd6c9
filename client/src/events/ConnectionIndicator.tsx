import { useConnectionState } from './useConnectionState';

const LABELS = {
  connecting: 'connecting…',
  connected: 'connected',
  reconnecting: 'reconnecting…',
  offline: 'offline',
} as const;

/** Live-updates status of the shared socket. */
export function ConnectionIndicator() {
  const state = useConnectionState();
  return (
    <span className={`connection connection--${state}`} data-testid="connection" data-state={state} role="status" title="Live updates">
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{LABELS[state]}</span>
    </span>
  );
}
