import type { ReactNode } from 'react';

/** A readable failure, with an optional action, or a Retry button for `onRetry`. */
export function ErrorNote({ children, action, onRetry }: { children: ReactNode; action?: ReactNode; onRetry?: () => void }) {
  return (
    <p className="error-note" role="alert">
      <span>{children}</span>
      {action ??
        (onRetry && (
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        ))}
    </p>
  );
}
