// Requests with a body but no Content-Length (chunked): the length cap cannot be checked up front,
// so the body is read here, at most `limit` bytes, and handed to yoga whole. Rare: browsers and
// GraphQL clients send a Content-Length, and those requests go to yoga directly (app.ts), which
// spares each of them the stream pipeline (and its AbortSignal) that yoga's own body limit costs.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function hasUnsizedBody(request: IncomingMessage): boolean {
  return request.headers['content-length'] === undefined && request.headers['transfer-encoding'] !== undefined;
}

/** Reads the body, at most `limit` bytes; null once it passes the limit (the rest is left unread). */
async function readAtMost(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** `handle` answers a whole Fetch request: yoga's own `fetch`. */
export async function handleUnsizedBody(
  request: IncomingMessage,
  response: ServerResponse,
  handle: (request: Request) => Promise<Response>,
  limit: number,
  refuseTooLarge: (response: ServerResponse) => void,
): Promise<void> {
  const body = await readAtMost(request, limit);
  // The unread rest of the body is still on the connection: refuseTooLarge closes it after answering.
  if (!body) return refuseTooLarge(response);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'transfer-encoding' || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const answer = await handle(new Request(`http://${request.headers.host ?? 'localhost'}${request.url}`, { method: request.method, headers, body: new Uint8Array(body) }));
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  // Streamed, not buffered: a subscription over SSE answers with a body that does not end.
  const reader = answer.body?.getReader();
  for (let step = await reader?.read(); step && !step.done; step = await reader!.read()) response.write(step.value);
  response.end();
}
