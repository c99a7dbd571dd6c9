// Which browser origins may call the API: the one rule behind the HTTP cross-site check, the CORS
// answer and the WebSocket upgrade check.

export interface OriginPolicy {
  /** Origins besides the server's own, exact (`https://app.example`), from ALLOWED_ORIGINS. */
  allowedOrigins: readonly string[];
  /** Development only: any `http://localhost:*` or `http://127.0.0.1:*` (the Vite dev server). */
  allowLoopback: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The policy for a configuration: loopback origins are allowed outside production. */
export function originPolicy(config: { allowedOrigins: readonly string[]; production: boolean }): OriginPolicy {
  return { allowedOrigins: config.allowedOrigins, allowLoopback: !config.production };
}

/**
 * True when a request with this `Origin` header may go on, given the `Host` header it was sent to.
 * No Origin header means a non-browser client (curl, a server, a native app), which CSRF cannot
 * ride on: allowed. A present Origin must be the server's own (same host; the scheme is not
 * compared, since a TLS-terminating proxy makes `https://` pages talk to an `http` server), a listed
 * origin, or in development a loopback one. `null` and unparsable origins (sandboxed frames, files)
 * are refused.
 */
export function isAllowedOrigin(origin: string | null | undefined, host: string | null | undefined, policy: OriginPolicy): boolean {
  if (origin === null || origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (host && sameHost(url, host)) return true;
  if (policy.allowedOrigins.includes(url.origin)) return true;
  return policy.allowLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** Compares hosts the way URLs do: case-insensitive, the scheme's default port left out. */
function sameHost(origin: URL, host: string): boolean {
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}
