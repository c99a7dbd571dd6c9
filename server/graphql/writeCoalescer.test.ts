// The write coalescer over a real WebSocket pair on loopback: frames of one turn leave in one write,
// and no more than FLUSH_BYTES are ever held back from the socket.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { countWrites } from '../test/socketWrites';
import { createWriteCoalescer, FLUSH_BYTES } from './writeCoalescer';

let wss: WebSocketServer;
let server: WebSocket;
let client: WebSocket;
const received: Buffer[] = [];

beforeAll(async () => {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  client.on('message', (data: Buffer) => void received.push(data));
  server = await accepted;
});
afterAll(() => {
  client.terminate();
  wss.close();
});

async function sendInOneTurn(frames: Buffer[]) {
  const coalescer = createWriteCoalescer();
  let mostBuffered = 0;
  for (const frame of frames) {
    coalescer.hold(server, frame.length);
    server.send(frame);
    mostBuffered = Math.max(mostBuffered, server.bufferedAmount);
  }
  const before = received.length;
  await expect.poll(() => received.length - before).toBe(frames.length);
  return { mostBuffered, got: received.slice(before).map(String) };
}

describe('coalesced writes', () => {
  it('writes the small frames of one turn in one write, in order', async () => {
    const writes = countWrites(server);
    const frames = Array.from({ length: 10 }, (_, i) => Buffer.from(`{"n":${i}}`));
    const { got } = await sendInOneTurn(frames);
    expect(got).toEqual(frames.map(String));
    expect(writes).toHaveLength(1);
  });

  it('never holds back more than FLUSH_BYTES, so the slow-consumer bounds see only what the peer has not taken', async () => {
    const writes = countWrites(server);
    const frames = Array.from({ length: 20 }, (_, i) => Buffer.from(`{"n":${i},"body":"${'x'.repeat(4000)}"}`));
    const { got, mostBuffered } = await sendInOneTurn(frames);
    expect(got).toEqual(frames.map(String));
    expect(mostBuffered).toBeLessThanOrEqual(FLUSH_BYTES + 4100);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(frames.length);
  });
});
