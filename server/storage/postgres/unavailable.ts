// PostgreSQL errors the domains must not see raw. A lost or refused connection, an administrator's
// shutdown, or a serialization failure or deadlock means the transaction was rolled back (or never
// began): nothing was saved, so the client may simply retry. RATE_LIMITED with retryAfterMs says
// exactly that, over HTTP (503, the service is briefly unavailable) and WebSocket — the shape
// db/busy.ts gives SQLITE_BUSY.
import { CourtsideError } from '../../errors';
import { UniqueViolation } from '../store';

/** How long a client should wait after the database was unreachable. */
export const UNAVAILABLE_RETRY_MS = 1000;

/** SQLSTATEs after which a retry may succeed: connection exceptions, shutdowns, too many connections, serialization, deadlock. */
const RETRYABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '53300', '57P01', '57P02', '57P03', '40001', '40P01']);
const RETRYABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** node-postgres says these in words only. */
const RETRYABLE_MESSAGES = ['Connection terminated', 'connection error and is not queryable', 'Client was closed and is not queryable', 'timeout exceeded when trying to connect'];

/** The driver's error under drizzle's DrizzleQueryError (which keeps it as `cause`). */
function driverErrors(error: unknown): { code?: unknown; message?: unknown; constraint?: unknown }[] {
  const chain = [];
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 5; at = (at as { cause?: unknown }).cause, depth++) chain.push(at as object);
  // A host with several addresses fails with an AggregateError of one error per address.
  for (const inner of chain.flatMap((e) => (e instanceof AggregateError ? e.errors : []))) chain.push(inner);
  return chain;
}

export function isUnavailable(error: unknown): boolean {
  return driverErrors(error).some(({ code, message }) => {
    if (typeof code === 'string' && (RETRYABLE_STATES.has(code) || RETRYABLE_ERRNOS.has(code))) return true;
    return typeof message === 'string' && RETRYABLE_MESSAGES.some((words) => message.includes(words));
  });
}

/** The unique constraint (23505) a write met, by its index's name; undefined for any other error. */
export function uniqueConstraint(error: unknown): string | undefined {
  const hit = driverErrors(error).find(({ code }) => code === '23505');
  return hit ? String(hit.constraint ?? 'unknown') : undefined;
}

export function unavailable(): CourtsideError {
  return new CourtsideError('RATE_LIMITED', 'The database is unavailable; nothing was saved. Try again in a moment.', {
    retryAfterMs: UNAVAILABLE_RETRY_MS,
    http: { status: 503, headers: { 'retry-after': String(UNAVAILABLE_RETRY_MS / 1000) } },
  });
}

/** PostgreSQL text cannot hold U+0000 (22021), which SQLite and JSON can: a refusal of the input, not a fault. */
function isNulInText(error: unknown): boolean {
  return driverErrors(error).some(({ code, message }) => code === '22021' && typeof message === 'string' && message.includes('0x00'));
}

/** A PostgreSQL error in the domains' terms: the retryable refusal for an unavailable database, BAD_USER_INPUT for a NUL in text; any other error as it is. */
export function asDomainError(error: unknown): unknown {
  if (error instanceof CourtsideError || error instanceof UniqueViolation) return error;
  if (isNulInText(error)) return new CourtsideError('BAD_USER_INPUT', 'Text and ids cannot contain the NUL character (U+0000).');
  return isUnavailable(error) ? unavailable() : error;
}

/** For writes on unique keys that may race (a retried send): 23505 becomes UniqueViolation. */
export function uniqueAsViolation(error: unknown): unknown {
  const constraint = uniqueConstraint(error);
  return constraint === undefined ? error : new UniqueViolation(constraint);
}
