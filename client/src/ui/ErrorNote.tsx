import type { ReactNode } from 'react';

/** A readable failure, with an optional action (e.g. a retry button). */
export function ErrorNote({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <p className="error-note" role="alert">
      <span>{children}</span>
      {action}
    </p>
  );
}
