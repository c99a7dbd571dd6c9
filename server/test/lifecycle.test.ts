// The process as a user runs it: restart on the same database, graceful stop, bad configuration.
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { guest, room, send, startServer } from './harness';
import { createTestDb } from './testDatabase';

const history = `query ($roomId: ID!) { messages(roomId: $roomId, last: 100) { edges { node { seq body } } } }`;

/** Runs server/main.ts as `npm start` does (without the client build) and waits for it to listen. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, NODE_ENV: 'test', SERVE_CLIENT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /chat at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`exited before listening: ${output}`)));
  });
  port.catch(() => {}); // awaited only by the tests that expect it to listen
  return { child, port, exited, output: () => output };
}

describe('lifecycle', () => {
  it('keeps history and continues seq after a restart on the same database', async () => {
    const database = await createTestDb();
    const first = await startServer({ database });
    const ana = await guest(first, 'Ana');
    const roomId = await room(first, ana.token);
    for (let i = 1; i <= 5; i++) await send(first, ana.token, roomId, `before ${i}`);
    await first.stop();

    const second = await startServer({ database });
    try {
      const page = await second.gql(history, { roomId }, ana.token);
      expect(page.data.messages.edges.map((e: any) => e.node.body)).toEqual([1, 2, 3, 4, 5].map((i) => `before ${i}`));
      expect((await send(second, ana.token, roomId, 'after')).data.sendMessage.seq).toBe(6);
    } finally {
      await second.stop();
      await database.drop();
    }
  });

  it('on SIGTERM closes sockets with 1001 so clients reconnect, and exits 0', async () => {
    const database = await createTestDb();
    const server = runMain({ PORT: '0', ...database.env });
    const port = await server.port;
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    const acked = new Promise((resolve) => socket.on('message', resolve));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    await acked;
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await server.exited).toBe(0);
    await database.drop();
  });

  it.each([
    ['PORT', 'not-a-port'],
    ['MAX_MESSAGE_LENGTH', '0'],
    ['SQLITE_SYNCHRONOUS', 'sometimes'],
    ['DATABASE_URL', 'mysql://127.0.0.1/chat'],
    // Nothing listens on port 1: PostgreSQL is unreachable at start.
    ['DATABASE_URL', 'postgres://postgres@127.0.0.1:1/courtside'],
  ])('refuses to start with a bad %s, in one line that names it', async (name, value) => {
    const server = runMain({ [name]: value, DATABASE_PATH: ':memory:' });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });
});

describe('graceful stop', () => {
  it('does not wait for a connection that never sent a request', async () => {
    const { createConnection } = await import('node:net');
    const server = await startServer();
    const port = Number(new URL(server.url).port);
    const idle = createConnection({ host: '127.0.0.1', port });
    await new Promise((resolve) => idle.once('connect', resolve));
    const started = performance.now();
    await server.stop();
    expect(performance.now() - started).toBeLessThan(2000);
    idle.destroy();
  });
});
