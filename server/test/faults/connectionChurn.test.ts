// 5,000 connect / subscribe / close cycles against one server: afterwards every gauge is back where
// it started — subscribers, sockets, viewers, presence timers, file descriptors, event listeners,
// and each user's place under the socket cap.
import { readdirSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, room, send, startServer, type TestServer } from '../harness';
import { openRawSocket } from '../rawSocket';
import { timelineSubscription } from './resumingSubscriber';

const CYCLES = 5000;
const CONCURRENCY = 50;
const SOCKETS_PER_USER = CONCURRENCY + 10;

let server: TestServer;
let token: string;
let roomId: string;
beforeAll(async () => {
  server = await startServer({ maxSocketsPerUser: SOCKETS_PER_USER });
  token = (await guest(server, 'Ana')).token;
  roomId = await room(server, token, { kind: 'PUBLIC' });
  await send(server, token, roomId, 'seq 1: a subscription from afterSeq 0 gets it at once');
});
afterAll(() => server.stop());

const openFiles = () => readdirSync('/proc/self/fd').length;

/** Listener counts per event of the emitters a leak would grow. */
function listenerCounts(): Record<string, number> {
  const emitters: Record<string, EventEmitter> = { process, http: server.app.httpServer, wss: server.app.wss };
  const counts: Record<string, number> = {};
  for (const [name, emitter] of Object.entries(emitters)) {
    for (const event of emitter.eventNames()) counts[`${name}:${String(event)}`] = emitter.listenerCount(event);
  }
  return counts;
}

/**
 * One cycle: connect (signed in on odd cycles, anonymous on even ones), subscribe, wait for the
 * first event, then leave — by completing and closing, or (every third cycle) by cutting the TCP
 * connection without a close frame, as a phone losing its network would.
 */
async function cycle(i: number): Promise<void> {
  let socket: WebSocket | undefined;
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: i % 2 ? { authToken: token } : {},
    lazy: true,
    retryAttempts: 0,
    on: { connected: (connected) => (socket = connected as WebSocket) },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`cycle ${i}: no event within 20 s`)), 20_000);
      const unsubscribe = client.subscribe(
        { query: timelineSubscription, variables: { roomId, afterSeq: 0 } },
        {
          next: () => {
            clearTimeout(timer);
            if (i % 3 === 0) socket?.terminate();
            else unsubscribe();
            resolve();
          },
          error: (error) => {
            clearTimeout(timer);
            reject(new Error(`cycle ${i}: ${JSON.stringify(error instanceof Error ? error.message : error)}`));
          },
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

async function cycles(from: number, count: number): Promise<void> {
  let next = from;
  const worker = async () => {
    for (let i = next++; i < from + count; i = next++) await cycle(i);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
}

/** Waits until nothing is open: no socket, subscriber or viewer left from the cycles. */
async function settled(): Promise<void> {
  await expect.poll(() => server.app.wss.clients.size, { timeout: 15_000 }).toBe(0);
  await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => server.app.domains.presence.viewerCount(roomId), { timeout: 15_000 }).toBe(0);
}

describe(`${CYCLES} connect / subscribe / close cycles`, () => {
  it('leave subscribers, sockets, viewers, timers, file descriptors and listeners where they started', { timeout: 120_000 }, async () => {
    await cycles(0, CONCURRENCY * 2); // warm-up: whatever is created once, lazily, exists before the baseline
    await settled();
    const files = openFiles();
    const listeners = listenerCounts();

    const started = performance.now();
    await cycles(CONCURRENCY * 2, CYCLES);
    console.log(`${CYCLES} cycles in ${((performance.now() - started) / 1000).toFixed(1)} s; open files before ${files}, right after ${openFiles()}`);

    await settled();
    expect(server.app.domains.presence.activeTimers()).toBe(0);
    // Closed sockets release their descriptors as their close completes: a few may still be closing.
    await expect.poll(openFiles, { timeout: 15_000 }).toBeLessThanOrEqual(files + 5);
    expect(listenerCounts()).toEqual(listeners);

    // Half the cycles were Ana's: if a closed socket kept its place under her cap, she could not
    // open her full quota now.
    const sockets = await Promise.all(Array.from({ length: SOCKETS_PER_USER }, () => openRawSocket(server.wsUrl, { token })));
    try {
      for (const socket of sockets) {
        expect(socket.closeCode()).toBeUndefined();
        expect(socket.messages.map((m) => m.type)).toContain('connection_ack');
      }
    } finally {
      for (const socket of sockets) socket.socket.close();
    }
    await settled();
  });
});
