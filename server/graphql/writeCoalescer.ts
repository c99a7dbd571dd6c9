// Coalesced writes: the frames due for one socket in one turn of the event loop leave in one write.
// A group commit publishes all of its messages in the same turn, and one socket may follow several
// rooms, so a busy socket gets several frames at once; written one by one, each frame is a syscall
// of its own (raw `ws` broadcasting does exactly that). Corking the socket's TCP stream at the first
// frame of a turn and uncorking every held stream on the next tick sends them as one writev.
//
// At most FLUSH_BYTES wait in a corked stream: past that it is flushed at once. Held bytes count in
// the socket's `bufferedAmount`, and the slow-consumer bounds must see what the peer has not taken,
// not what this turn has not yet written.
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

export const FLUSH_BYTES = 16 * 1024;

/** `ws` keeps the TCP stream under a private name; it has been `_socket` through every 8.x release. */
function streamOf(socket: WebSocket): Socket | undefined {
  return (socket as unknown as { _socket?: Socket })._socket;
}

export function createWriteCoalescer() {
  let held: Socket[] = [];

  function release(): void {
    const streams = held;
    held = [];
    for (const stream of streams) stream.uncork();
  }

  return {
    /** Call before writing a frame of `bytes`. Hot path: once per delivered frame; a socket is corked once per turn. */
    hold(socket: WebSocket, bytes: number): void {
      const stream = streamOf(socket);
      if (!stream || stream.destroyed) return;
      if (stream.writableCorked === 0) {
        stream.cork();
        if (held.push(stream) === 1) process.nextTick(release);
      } else if (stream.writableLength + bytes > FLUSH_BYTES) {
        stream.uncork(); // writes what is held now, in one writev, and holds the rest of the turn again
        stream.cork();
      }
    },
  };
}
