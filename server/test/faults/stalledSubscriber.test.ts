// A subscriber process frozen with SIGSTOP while the room takes a long burst: the server stays up,
// everyone else gets everything in order, the frozen socket is closed by the slow-consumer policy,
// and after SIGCONT the subscriber reconnects, resumes and ends with every seq exactly once.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Burst, gqlAt, guestWithRoom } from './burstSender';
import { cleanUp, isAlive, runScript, startServerProcess, faultDatabase } from './childServer';
import { expectedSeqs, followRoom, type FollowLog, type Follower } from './resumingSubscriber';

/**
 * Messages published while the subscriber is frozen. Sends over HTTP run at 300–750/s on a 2-core
 * machine (the server spends ~1.6 ms of CPU on each), so 20,000 took 32–72 s here depending on
 * what else ran: 10,000 keeps the file well under a minute. FAULTS_STALL_MESSAGES=20000 runs the
 * full size; the frozen socket is cut off after the first thousand or so either way.
 */
const MESSAGES = Number(process.env.FAULTS_STALL_MESSAGES ?? 10_000);
const ENV = {
  RATE_LIMITS: 'off',
  REPLAY_LIMIT: '100000',
  // Low bounds, so the frozen socket is cut off early. (graphql-ws awaits each frame's write, so a
  // frozen peer's events wait in the subscriber queue: its bound is the one that trips. At the
  // smallest one config.ts accepts, 10, a healthy subscriber in a busy process trips it too.)
  SUBSCRIBER_QUEUE_LIMIT: '200',
  SOCKET_BUFFER_LIMIT: String(64 * 1024),
};

/**
 * The TCP state of the connection local port → remote port, from the kernel's table (null: gone).
 * A socket the server closed with unsent data towards a frozen peer stays as FIN_WAIT1 for a while.
 */
function tcpState(localPort: number, remotePort: number): string | null {
  const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, remote, state] = line.trim().split(/\s+/);
      if (local?.endsWith(`:${hex(localPort)}`) && remote?.endsWith(`:${hex(remotePort)}`)) return state;
    }
  }
  return null;
}
const ESTABLISHED = '01';

let follower: Follower | undefined;
afterAll(async () => {
  await follower?.dispose();
  await cleanUp();
});

describe('a subscriber frozen with SIGSTOP during a long burst', () => {
  it(`closes its socket, delivers all ${MESSAGES} messages to the others in order, and lets it resume with every seq once`, { timeout: 120_000 }, async () => {
    const server = await startServerProcess(await faultDatabase(), ENV);
    const { token, roomId } = await guestWithRoom(server.url); // seq 1
    const last = MESSAGES + 1;

    const frozen = runScript('server/test/faults/subscriberProcess.ts', { WS_URL: server.wsUrl, ROOM_ID: roomId, TARGET: String(last) });
    const clientPort = Number((await frozen.waitFor(/socket (\d+)/))[1]);
    const opened = performance.now();
    await frozen.waitFor(/^ready$/m);
    follower = followRoom(server.wsUrl, roomId);
    await follower.reached(1);
    expect(tcpState(server.port, clientPort)).toBe(ESTABLISHED);

    frozen.signal('SIGSTOP');
    // The kernel's socket buffers (up to 4 MB on the server's side here) fill before the server's own
    // bounds start to count: the first 1500 bodies are nearly as long as allowed, so that happens within
    // seconds, well before graphql-ws's keep-alive (a ping 12 s after the socket opened, cut off
    // 12 s later) could be what ends the frozen socket. The rest are short, for speed.
    const burst = new Burst({ roomId, token, label: 'stall', bodyLength: (index) => (index < 1500 ? 3900 : 40) });
    let cutOffAfter: number | null = null; // acknowledged sends when the server had dropped the frozen socket
    let cutOffSeconds = 0;
    const started = performance.now();
    await burst.run({
      url: () => server.url,
      indices: Array.from({ length: MESSAGES }, (_, i) => i),
      concurrency: 20,
      retryNetwork: false,
      deadline: Date.now() + 100_000,
      onAck: (acked) => {
        if (cutOffAfter === null && acked % 100 === 0 && tcpState(server.port, clientPort) !== ESTABLISHED) {
          cutOffAfter = acked;
          cutOffSeconds = (performance.now() - opened) / 1000;
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${MESSAGES} sends in ${seconds.toFixed(1)} s (${Math.round(MESSAGES / seconds)}/s); the server closed the frozen socket after ${cutOffAfter} acks, ${cutOffSeconds.toFixed(1)} s after it opened`,
    );
    expect(burst.refusals).toEqual([]);
    expect(burst.networkFailures).toBe(0);
    expect(burst.acks.size).toBe(MESSAGES);
    expect(isAlive(server)).toBe(true);
    expect((await gqlAt(server.url, `query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId })).data.room.lastSeq).toBe(last);

    await follower.reached(last, 60_000);
    expect(follower.log.received).toEqual(expectedSeqs(last));
    expect(follower.log.connects).toBe(1);

    // The server, not the frozen client, ended the connection, long before the burst was over.
    // The slow-consumer bound, not the keep-alive, which would end it 24 s after it opened.
    expect(cutOffAfter).not.toBeNull();
    expect(cutOffSeconds).toBeLessThan(20);

    frozen.signal('SIGCONT');
    const summary = JSON.parse((await frozen.waitFor(/^summary (.*)\n/m, 60_000))[1]) as FollowLog;
    expect((await frozen.exited).code).toBe(0);
    console.log(`after SIGCONT: close codes ${summary.closeCodes.join(', ')}; ${summary.connects} connections`);
    expect(summary.connects).toBeGreaterThanOrEqual(2);
    expect(summary.errors).toEqual([]);
    expect(summary.gaps).toEqual([]);
    expect(summary.duplicates).toBe(0);
    expect(summary.received).toEqual(expectedSeqs(last));
    expect(isAlive(server)).toBe(true);
  });
});
