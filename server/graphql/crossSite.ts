// Cross-site protection for GraphQL over HTTP (the WebSocket upgrade is checked in wsBridge):
// a request from a foreign browser origin is refused, so is one a browser could have sent
// cross-site without a CORS preflight (CSRF), and CORS is answered for allowed origins only.
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { forcesPreflight, PREFLIGHT_HEADERS } from '../http/csrf';
import { isAllowedOrigin, type OriginPolicy } from '../http/origin';

function forbidden(fetchAPI: { Response: typeof Response }, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] }), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Runs after yoga's CORS (which answers preflights) and GraphiQL (which serves its page to a
 * browser's GET), before any request is parsed.
 */
export function useCrossSiteProtection(policy: OriginPolicy): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const origin = request.headers.get('origin');
      if (!isAllowedOrigin(origin, request.headers.get('host'), policy)) {
        return endResponse(forbidden(fetchAPI, `Requests from the origin ${origin} are not allowed; the server lists its allowed origins in ALLOWED_ORIGINS.`));
      }
      if (!forcesPreflight(request.headers)) {
        endResponse(
          forbidden(
            fetchAPI,
            `This request was refused as a possible cross-site request forgery: send it with Content-Type: application/json, or add an ${PREFLIGHT_HEADERS[0]} header.`,
          ),
        );
      }
    },
  };
}

/**
 * Yoga's `cors` option: CORS headers for allowed origins only, so a browser's preflight from any
 * other origin fails. Without `origin` yoga echoes the request's (already checked) origin and adds
 * `Vary: Origin`. Credentials stay off: the API authenticates with a bearer header, not cookies.
 */
export function corsFor(policy: OriginPolicy): NonNullable<YogaServerOptions<Record<string, unknown>, object>['cors']> {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !isAllowedOrigin(origin, request.headers.get('host'), policy)) return false;
    return { credentials: false, maxAge: 600 };
  };
}
