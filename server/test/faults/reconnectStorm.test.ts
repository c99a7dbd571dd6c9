// A thousand subscribers and a restart: SIGTERM closes every socket with 1001, a new process takes
// the same file and port, all of them reconnect at once and resume from their last seq, while
// messages keep coming; each ends with every seq exactly once, in order.
import { afterAll, describe, expect, it } from 'vitest';
import { Burst, guestWithRoom } from './burstSender';
import { cleanUp, startServerProcess, faultDatabase } from './childServer';
import { expectedSeqs, followRoom, type Follower } from './resumingSubscriber';

const CLIENTS = 1000;
const BEFORE = 50;
const DURING = 100;
const ENV = { RATE_LIMITS: 'off', REPLAY_LIMIT: '100000' };

const followers: Follower[] = [];
afterAll(async () => {
  await Promise.all(followers.map((follower) => follower.dispose()));
  await cleanUp();
});

describe(`${CLIENTS} subscribers across a restart`, () => {
  it('all reconnect, resume and end with every seq exactly once, in order', { timeout: 120_000 }, async () => {
    const database = await faultDatabase();
    let server = await startServerProcess(database, ENV);
    const { port } = server;
    const url = `http://127.0.0.1:${port}/graphql`;
    const { token, roomId } = await guestWithRoom(url); // seq 1
    // Anonymous viewers of a PUBLIC room: no per-user socket cap applies.
    for (let i = 0; i < CLIENTS; i += 100) {
      const batch = Array.from({ length: 100 }, () => followRoom(server.wsUrl, roomId));
      followers.push(...batch);
      await Promise.all(batch.map((follower) => follower.reached(1)));
    }

    const burst = new Burst({ roomId, token, label: 'storm' });
    const options = { url: () => url, concurrency: 10, retryNetwork: true, deadline: Date.now() + 90_000 };
    await burst.run({ ...options, indices: Array.from({ length: BEFORE }, (_, i) => i) });
    await Promise.all(followers.map((follower) => follower.reached(BEFORE + 1)));

    // Stop and restart while sending: sends fail on the network until the new process listens.
    const started = performance.now();
    server.signal('SIGTERM');
    const sending = burst.run({ ...options, indices: Array.from({ length: DURING }, (_, i) => BEFORE + i) });
    expect((await server.exited).code).toBe(0);
    const exited = performance.now();
    server = await startServerProcess(database, ENV, port);
    const listening = performance.now();
    await sending;
    expect(burst.refusals).toEqual([]);
    expect(burst.changed).toEqual([]);
    expect(burst.acks.size).toBe(BEFORE + DURING);

    const last = BEFORE + DURING + 1;
    await Promise.all(followers.map((follower) => follower.reached(last, 60_000)));
    const seconds = (since: number) => ((since - started) / 1000).toFixed(1);
    console.log(
      `after SIGTERM: exited at ${seconds(exited)} s, the new process listened at ${seconds(listening)} s, ${CLIENTS} subscribers had seq ${last} at ${seconds(performance.now())} s`,
    );
    for (const [i, { log }] of followers.entries()) {
      expect(log.closeCodes, `subscriber ${i}`).toContain(1001);
      expect(log.connects, `subscriber ${i}`).toBeGreaterThanOrEqual(2);
      expect(log.errors, `subscriber ${i}`).toEqual([]);
      expect(log.received, `subscriber ${i}`).toEqual(expectedSeqs(last));
    }
  });
});
