// SQLITE_BUSY: another process held the write lock longer than we waited. Nothing was written, so the
// client may simply retry; RATE_LIMITED with retryAfterMs says exactly that, over HTTP and WebSocket.
import { GraphQLError } from 'graphql';
import { CourtsideError } from '../errors';

/** How long a client should wait after the database stayed locked. */
export const BUSY_RETRY_MS = 1000;

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function retryable(): CourtsideError {
  return new CourtsideError('RATE_LIMITED', 'The database is busy; nothing was saved. Try again in a moment.', {
    retryAfterMs: BUSY_RETRY_MS,
    http: { status: 429, headers: { 'retry-after': String(BUSY_RETRY_MS / 1000) } },
  });
}

/** The retryable refusal for SQLITE_BUSY; any other error as it is. */
export function busyAsRetryable(error: unknown): unknown {
  return isBusy(error) ? retryable() : error;
}

/**
 * For the last gate before a response: a resolver's SQLITE_BUSY (wrapped by graphql-js with the
 * field's path) becomes the retryable refusal at the same path; null for anything else.
 */
export function busyFieldError(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError) || !isBusy(error.originalError)) return null;
  const { message, extensions } = retryable();
  return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions });
}
