import { GraphQLError } from 'graphql';

/** The closed list of error codes a client can rely on (`extensions.code`). */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'MESSAGE_BLOCKED'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error class for expected failures: a code from the closed list and a sentence a person can
 * read. Yoga passes GraphQLErrors through its masking untouched; everything else becomes
 * "Unexpected error." (Do not override `name`, or yoga masks it.)
 */
export class CourtsideError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** How many characters of a value the client sent an error message repeats. */
export const MAX_ECHO = 64;

/**
 * A client's value as an error message repeats it: at most MAX_ECHO characters (code points, so
 * no emoji is cut in half), then "…". Every message that echoes input goes through here, so a
 * 100,000-character id does not come back 100,000 characters long.
 */
export function echo(value: string): string {
  const characters = [...value];
  return characters.length <= MAX_ECHO ? value : `${characters.slice(0, MAX_ECHO).join('')}…`;
}

/**
 * A message with every double-quoted run longer than MAX_ECHO cut by `echo`: for graphql-js's own
 * messages ("Variable \"$id\" got invalid value \"…\""; "Cannot query field \"…\""), which quote
 * what the client sent as JSON strings.
 */
export function cutEchoes(message: string): string {
  return message.replace(LONG_QUOTE, (_, quoted: string) => `"${echo(quoted)}"`);
}

const LONG_QUOTE = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_ECHO + 1},})"`, 'g');

export function isCourtsideError(error: unknown): error is CourtsideError {
  return error instanceof CourtsideError;
}
