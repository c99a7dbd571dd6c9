// One sentence a person can read, from whatever a request failed with. Server errors already are
// sentences ("A message can be at most 4000 characters long; this one has 4012.").
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export function readableError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string }[] };
      if (body.errors?.length) return body.errors.map((e) => e.message).join(' ');
    } catch {
      // not JSON: fall through to the status
    }
    return `The server answered ${error.statusCode}.`;
  }
  if (error instanceof TypeError) return "Can't reach the server.";
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
