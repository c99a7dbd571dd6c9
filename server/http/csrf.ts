// CSRF prevention for GraphQL over HTTP, the rule Apollo Server and GraphQL Yoga use: a browser
// sends a cross-site request without asking first (no CORS preflight) only with a "simple" content
// type and no custom header. Refusing exactly those requests means every request that does reach
// execution was either preflighted (so CORS decided) or sent by a non-browser client.

/** Custom headers a client may add to prove the request was preflighted (any non-empty value). */
export const PREFLIGHT_HEADERS = ['x-graphql-csrf', 'graphql-require-preflight'] as const;

/** The content types an HTML form or a no-cors `fetch` can send cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

interface Headers {
  get(name: string): string | null;
}

/**
 * True when a browser could not have sent this request cross-site without a preflight: it has a
 * non-simple content type (such as `application/json`) or one of the PREFLIGHT_HEADERS. A GET
 * carries no content type, so a GET needs the header.
 */
export function forcesPreflight(headers: Headers): boolean {
  if (PREFLIGHT_HEADERS.some((name) => headers.get(name))) return true;
  const contentType = headers.get('content-type');
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return mediaType !== '' && !SIMPLE_CONTENT_TYPES.has(mediaType);
}
