// kill -9 in the middle of a burst of sends: what was acknowledged survives, retries by
// clientMessageId land exactly once, and the room's seq stays contiguous across the crash.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { timeline } from '../harness';
import { Burst, gqlAt, guestWithRoom, storedMessages, type Ack } from './burstSender';
import { cleanUp, faultDatabase, startServerProcess } from './childServer';

const TOTAL = 2000;
const KILL_AFTER_ACKS = [700, 1400];
/** Sent before the burst by a client that hangs up at once: committed, never acknowledged. */
const ANSWERS_LOST = [0, 1, 2, 3, 4];
const ENV = { RATE_LIMITS: 'off', REPLAY_LIMIT: '100000' };

afterAll(cleanUp);

describe('kill -9 during a burst of sends', () => {
  it('keeps every acknowledged message exactly once, with the same id, and seq 1…N without a gap', { timeout: 90_000 }, async () => {
    const database = await faultDatabase();
    let server = await startServerProcess(database, ENV);
    const { token, roomId } = await guestWithRoom(server.url); // seq 1 is the room's settings change
    const burst = new Burst({ roomId, token, label: 'crash' });
    const everyIndex = Array.from({ length: TOTAL }, (_, i) => i);
    const lastSeq = async () => (await gqlAt(server.url, `query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, token)).data.room.lastSeq as number;

    // Answers lost for certain (not only when the kill happens to fall between a commit and its
    // answer): these are retried only after the first crash, and must come back as the originals.
    for (const index of ANSWERS_LOST) await burst.sendAndHangUp(server.url, index);
    await expect.poll(lastSeq).toBe(1 + ANSWERS_LOST.length);

    // Two crashes, then a clean run. Each run retries everything unacknowledged and re-sends every
    // fifth acknowledged message with the same clientMessageId, which must return the original.
    for (const [round, killAfter] of [...KILL_AFTER_ACKS, null].entries()) {
      const acknowledged = new Map<number, Ack>(burst.acks);
      const unacknowledged = burst.unacknowledged(everyIndex).filter((index) => round > 0 || !ANSWERS_LOST.includes(index));
      let killed = false;
      await burst.run({
        url: () => server.url,
        indices: [...unacknowledged, ...[...acknowledged.keys()].filter((index) => index % 5 === 0)],
        concurrency: 20,
        retryNetwork: killAfter === null,
        deadline: Date.now() + 45_000,
        onAck: (acked) => {
          if (killAfter !== null && acked >= killAfter && !killed) {
            killed = true;
            server.signal('SIGKILL');
          }
        },
      });
      expect(burst.refusals).toEqual([]);
      expect(burst.changed).toEqual([]);
      for (const [index, ack] of acknowledged) expect(burst.acks.get(index), `message ${index}`).toEqual(ack);
      if (killAfter === null) break;

      expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(burst.acks.size).toBeLessThan(TOTAL);
      server = await startServerProcess(database, ENV);
      const committed = (await lastSeq()) - 1;
      // Sends that committed but whose answer the crash swallowed: their retries return the original.
      console.log(`kill -9 after ${killAfter} acks: ${burst.acks.size} acknowledged, ${committed} committed`);
      expect(committed).toBeGreaterThanOrEqual(burst.acks.size);
      expect(committed).toBeGreaterThanOrEqual(Math.max(...[...burst.acks.values()].map((ack) => ack.seq)) - 1);
    }
    expect(burst.unacknowledged(everyIndex)).toEqual([]);
    expect(await lastSeq()).toBe(TOTAL + 1);
    // The lost answers were committed before the burst: retried after a crash, they got their
    // original seqs (2…6), not new ones.
    expect(ANSWERS_LOST.map((index) => burst.acks.get(index)?.seq).sort((a, b) => a! - b!)).toEqual(ANSWERS_LOST.map((_, i) => i + 2));

    // Stored exactly once each, under the id and seq that were acknowledged.
    const stored = await storedMessages(server.url, roomId, token);
    expect(stored).toHaveLength(TOTAL);
    expect(new Set(stored.map((m) => m.id)).size).toBe(TOTAL);
    const byClientId = new Map(stored.map((m) => [m.clientMessageId, m]));
    expect(byClientId.size).toBe(TOTAL);
    for (const index of everyIndex) {
      const message = byClientId.get(burst.clientMessageId(index));
      expect(message, `message ${index}`).toEqual({ ...burst.acks.get(index), body: burst.body(index), clientMessageId: burst.clientMessageId(index) });
    }

    // The event log replays exactly seq 1…N: the settings change, then one MessageAdded per stored message.
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    try {
      const replay = await timeline(client, { roomId, afterSeq: 0 }, (events) => events.length === TOTAL + 1, 30_000).done;
      expect(replay.map((e) => e.roomEvents.seq)).toEqual([1, ...everyIndex.map((i) => i + 2)]);
      expect(replay.map((e) => e.roomEvents.__typename)).toEqual(['RoomUpdated', ...everyIndex.map(() => 'MessageAdded')]);
      expect(new Set(replay.slice(1).map((e) => e.roomEvents.message.id))).toEqual(new Set(stored.map((m) => m.id)));
    } finally {
      await client.dispose();
    }

    server.signal('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
