// Serves the built client (dist/client) with a fallback to index.html for client-side routes.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function createStaticHandler(root: string) {
  const base = resolve(root);
  const index = join(base, 'index.html');

  /** Returns false when there is no built client to serve. */
  return function serveStatic(request: IncomingMessage, response: ServerResponse): boolean {
    if (!existsSync(index)) return false;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    const candidate = normalize(join(base, path));
    const file = candidate.startsWith(base) && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
    const immutable = file !== index && file.includes(`${join(base, 'assets')}`);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
    return true;
  };
}
