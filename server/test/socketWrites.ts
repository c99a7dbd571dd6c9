// Counts the writes a WebSocket's TCP stream makes, for tests of write coalescing: one entry per
// write, holding how many chunks went out in it (a writev carries several).
import type { WebSocket } from 'ws';

export function countWrites(socket: WebSocket): number[] {
  const stream = (socket as unknown as { _socket: Record<'_write' | '_writev', (...args: unknown[]) => void> })._socket;
  const writes: number[] = [];
  for (const method of ['_write', '_writev'] as const) {
    const original = stream[method].bind(stream);
    stream[method] = (...args: unknown[]) => {
      writes.push(method === '_writev' ? (args[0] as unknown[]).length : 1);
      return original(...args);
    };
  }
  return writes;
}
