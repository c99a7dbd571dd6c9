// SIGTERM in the middle of a burst, with live subscribers: the server closes their sockets with
// 1001, a new process takes over the same database and port, the sender retries what was not
// acknowledged, and every subscriber ends with each seq exactly once, in order.
import { afterAll, describe, expect, it } from 'vitest';
import { Burst, gqlAt, guestWithRoom } from './burstSender';
import { cleanUp, faultDatabase, startServerProcess } from './childServer';
import type { TestDatabase } from '../testDatabase';
import { expectedSeqs, followRoom, type Follower } from './resumingSubscriber';

const TOTAL = 1500;
const TERM_AFTER_ACKS = 500;
const SUBSCRIBERS = 5;
const ENV = { RATE_LIMITS: 'off', REPLAY_LIMIT: '100000' };

/** The room's last seq as the database has it, read while no server runs. */
async function lastSeqStored(database: TestDatabase, roomId: string): Promise<number> {
  const [row] = await database.sql<{ last_seq: number }>('SELECT last_seq FROM rooms WHERE id = $1', [roomId]);
  return row.last_seq;
}

const followers: Follower[] = [];
afterAll(async () => {
  await Promise.all(followers.map((follower) => follower.dispose()));
  await cleanUp();
});

describe('SIGTERM during a burst of sends', () => {
  it('loses and repeats nothing: retried sends land once, resumed subscribers get every seq once, in order', { timeout: 90_000 }, async () => {
    const database = await faultDatabase();
    let server = await startServerProcess(database, ENV);
    const { token, roomId } = await guestWithRoom(server.url); // seq 1
    const { port } = server;
    for (let i = 0; i < SUBSCRIBERS; i++) followers.push(followRoom(server.wsUrl, roomId, { token: i % 2 ? token : null }));
    await Promise.all(followers.map((follower) => follower.reached(1)));

    const burst = new Burst({ roomId, token, label: 'term' });
    const everyIndex = Array.from({ length: TOTAL }, (_, i) => i);
    let restarted: Promise<void> | null = null;
    let exitCode: number | null | undefined;
    let epoch = 0; // 0 while the first process runs, 1 once it has exited
    let committedByFirst = 0;
    // One run across the restart: while the port is closed, sends fail on the network and are retried.
    await burst.run({
      url: () => `http://127.0.0.1:${port}/graphql`,
      indices: everyIndex,
      concurrency: 10,
      retryNetwork: true,
      deadline: Date.now() + 60_000,
      epoch: () => epoch,
      onAck: (acked) => {
        if (acked < TERM_AFTER_ACKS || restarted) return;
        server.signal('SIGTERM');
        const stopping = server;
        restarted = (async () => {
          exitCode = (await stopping.exited).code;
          epoch = 1;
          committedByFirst = await lastSeqStored(database, roomId);
          console.log(`SIGTERM after ${acked} acks; the old process said:\n${stopping.output()}`);
          server = await startServerProcess(database, ENV, port);
        })();
      },
    });
    await restarted;
    expect(exitCode).toBe(0);
    expect(burst.refusals).toEqual([]);
    expect(burst.changed).toEqual([]);
    expect(burst.unacknowledged(everyIndex)).toEqual([]);
    expect(burst.networkFailures).toBeGreaterThan(0); // the restart did fall inside the burst
    console.log(`${burst.networkFailures} sends failed on the network and were retried:`, Object.fromEntries(burst.networkCauses));
    // In-flight requests finish before the process exits: no send the first process committed may
    // have had to be acknowledged by the second (its answer would have been lost).
    const answersLost = [...burst.acks].filter(([index, ack]) => ack.seq <= committedByFirst && burst.answeredIn.get(index) === 1);
    expect(answersLost).toEqual([]);

    const last = TOTAL + 1;
    expect((await gqlAt(server.url, `query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, token)).data.room.lastSeq).toBe(last);
    expect(new Set([...burst.acks.values()].map((ack) => ack.seq))).toEqual(new Set(expectedSeqs(last).slice(1)));
    await Promise.all(followers.map((follower) => follower.reached(last)));
    for (const [i, { log }] of followers.entries()) {
      expect(log.closeCodes, `subscriber ${i}`).toContain(1001);
      expect(log.errors, `subscriber ${i}`).toEqual([]);
      expect(log.received, `subscriber ${i}`).toEqual(expectedSeqs(last));
    }
  });
});
