// Tracks the HTTP server's connections so a graceful stop can end the ones with no request in
// flight at once. Node's closeIdleConnections() misses connections that never sent a request
// (browsers open them ahead of time), which made every stop wait for its deadline.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export function trackConnections(server: Server) {
  const sockets = new Set<Socket>();
  const inFlight = new Map<Socket, number>();
  const upgraded = new WeakSet<Socket>();
  let stopping = false;

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      inFlight.delete(socket);
    });
  });
  // WebSockets are closed by their own server (with 1001), not here.
  server.on('upgrade', (request) => upgraded.add(request.socket));
  server.on('request', (request, response) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (left > 0) inFlight.set(socket, left);
      else {
        inFlight.delete(socket);
        if (stopping) socket.destroy();
      }
    });
  });

  return {
    /** Ends every connection that has no request in flight; the others end when theirs is answered. */
    endIdle(): void {
      stopping = true;
      for (const socket of sockets) if (!inFlight.has(socket) && !upgraded.has(socket)) socket.destroy();
    },
  };
}
