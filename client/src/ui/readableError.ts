// One sentence a person can read, from whatever a request failed with. Server errors already are
// sentences ("A message can be at most 4000 characters long; this one has 4012.").
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ErrorEntry {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The GraphQL errors a request failed with, whether Apollo parsed them (a GraphQL response) or kept
 * the body of a non-2xx answer (e.g. a 429 sent as plain JSON); empty for anything else.
 */
export function graphqlErrors(error: unknown): ErrorEntry[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => ({ message: e.message, extensions: e.extensions }));
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: ErrorEntry[] };
      return body.errors ?? [];
    } catch {
      return []; // not JSON
    }
  }
  return [];
}

export function readableError(error: unknown): string {
  const errors = graphqlErrors(error);
  if (errors.length) return errors.map((e) => e.message).join(' ');
  if (ServerError.is(error)) return `The server answered ${error.statusCode}.`;
  if (error instanceof TypeError) return "Can't reach the server.";
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
