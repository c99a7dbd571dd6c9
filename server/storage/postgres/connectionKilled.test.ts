// Every PostgreSQL connection of the server killed (pg_terminate_backend, as an administrator or a
// failover would), three times in the middle of a burst of sends: the process stays up, a send that
// met a dead connection is refused as retryable (RATE_LIMITED, 503) and nothing else, and after the
// retries every message is stored exactly once, seq 1…N without a gap, and every live subscriber
// got every seq once and in order, on the socket it started with.
// Runs in the `sqlite` project only (it makes its own PostgreSQL database, whatever the run tests).
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Burst, guestWithRoom, storedMessages } from '../../test/faults/burstSender';
import { cleanUp, faultDatabase, isAlive, startServerProcess } from '../../test/faults/childServer';
import { expectedSeqs, followRoom, type Follower } from '../../test/faults/resumingSubscriber';

const TOTAL = 1500;
const CONCURRENCY = 20;
const KILL_AT_ACKS = [250, 700, 1150];
const SUBSCRIBERS = 3;
const DEADLINE_MS = 60_000;
const ENV = { RATE_LIMITS: 'off', REPLAY_LIMIT: '100000' };

/** What the server may print: its start-up lines, and the pool's one line per idle connection killed. */
const EXPECTED_OUTPUT = [/^courtside: ready in \d+ ms$/, /^courtside: chat at /, /^courtside: PostgreSQL \(.*\): idle connection lost: /];

afterAll(cleanUp);

describe('PostgreSQL connections killed during a burst of sends', () => {
  it('refuses only retryably, loses and doubles nothing, and keeps the process and its subscribers up', { timeout: 90_000 }, async () => {
    const started = performance.now();
    const database = await faultDatabase('postgres');
    const server = await startServerProcess(database, ENV);
    const { token, roomId } = await guestWithRoom(server.url); // seq 1 is the room's settings change
    const killer = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await killer.connect();
    const followers: Follower[] = Array.from({ length: SUBSCRIBERS }, () => followRoom(server.wsUrl, roomId, { token }));
    try {
      await Promise.all(followers.map((follower) => follower.reached(1)));

      const burst = new Burst({ roomId, token, label: 'killed' });
      const everyIndex = Array.from({ length: TOTAL }, (_, i) => i);
      const kills: Promise<{ atAcks: number; terminated: number }>[] = [];
      const kill = async (atAcks: number) => {
        const { rows } = await killer.query<{ terminated: boolean }>(
          'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [killer.database],
        );
        return { atAcks, terminated: rows.filter((row) => row.terminated).length };
      };
      await burst.run({
        url: () => server.url,
        indices: everyIndex,
        concurrency: CONCURRENCY,
        retryNetwork: true,
        deadline: Date.now() + DEADLINE_MS,
        onAck: (acked) => {
          if (kills.length < KILL_AT_ACKS.length && acked >= KILL_AT_ACKS[kills.length]) kills.push(kill(acked));
        },
      });
      const killed = await Promise.all(kills);
      const refused = [...burst.retryable.values()].reduce((sum, n) => sum + n, 0);
      console.log(
        `kills ${JSON.stringify(killed)}; retryable refusals by status ${JSON.stringify(Object.fromEntries(burst.retryable))}; ` +
          `network failures ${burst.networkFailures}; burst done after ${Math.round(performance.now() - started)} ms`,
      );

      expect(killed).toHaveLength(KILL_AT_ACKS.length);
      for (const { terminated } of killed) expect(terminated).toBeGreaterThan(0);
      // The kills hit work in flight (else the test proves nothing), and it was refused retryably only.
      expect(refused).toBeGreaterThan(0);
      // 503 with Retry-After, never 401: a client told its token failed would sign out.
      expect.soft([...burst.retryable.keys()], 'HTTP statuses of the retryable refusals').toEqual([503]);
      expect(burst.refusals).toEqual([]);
      expect(burst.networkFailures).toBe(0);
      expect(burst.changed).toEqual([]);
      expect(burst.unacknowledged(everyIndex)).toEqual([]);
      expect(isAlive(server)).toBe(true);

      // Stored exactly once each, under the id and seq acknowledged, seqs 2…N+1 after the settings change.
      const stored = await storedMessages(server.url, roomId, token);
      expect(stored.map((m) => m.seq)).toEqual(expectedSeqs(TOTAL + 1, 1));
      expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(TOTAL);
      const byClientId = new Map(stored.map((m) => [m.clientMessageId, m]));
      for (const index of everyIndex) {
        expect(byClientId.get(burst.clientMessageId(index)), `message ${index}`).toEqual({
          ...burst.acks.get(index),
          body: burst.body(index),
          clientMessageId: burst.clientMessageId(index),
        });
      }

      // Every subscriber got 1…N+1 once, in order, without its socket being closed.
      await Promise.all(followers.map((follower) => follower.reached(TOTAL + 1, 15_000)));
      for (const [i, { log }] of followers.entries()) {
        const { received, ...rest } = log;
        expect(received, `subscriber ${i}: ${JSON.stringify(rest)}`).toEqual(expectedSeqs(TOTAL + 1));
        expect(rest).toMatchObject({ duplicates: 0, gaps: [], resyncs: 0, errors: [], connects: 1, closeCodes: [] });
      }

      const unexpected = server
        .output()
        .split('\n')
        .filter((line) => line.trim() !== '' && !EXPECTED_OUTPUT.some((pattern) => pattern.test(line)));
      expect(unexpected, server.output()).toEqual([]);
      expect(isAlive(server)).toBe(true);
      console.log(`done in ${Math.round(performance.now() - started)} ms`);
    } finally {
      await Promise.all(followers.map((follower) => follower.dispose()));
      await killer.end();
    }
  });
});
