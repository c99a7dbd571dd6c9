// What the subscribers received, checked the same way for every target. Hot path: `record` runs once
// per delivered event per subscriber (tens of thousands a second), so it only counts and appends.
import { nowMs } from './openLoop';
import { Samples, summarize, type Summary } from './stats';

/**
 * The fields of a `roomEvents` event the checks read. Both documents select them at these paths (the
 * client's RoomEvents gets `seq` through DurableRoomEvent and `body`, `createdAt` through
 * MessageFields), and so does the raw baseline's frame; the rest of an event is not looked at.
 */
export interface RoomEvent {
  __typename: string;
  seq?: number;
  message?: { id: string; body: string; createdAt: string };
  counts?: { emoji: string; count: number }[];
  viewerCount?: number;
}

/** A message body that carries its index and scheduled send time, so receivers can time it. */
export const messageBody = (index: number, scheduledAt: number): string => `m${index} at ${scheduledAt.toFixed(3)}`;
const BODY = /^m(\d+) at (\d+(?:\.\d+)?)$/;
/** Bodies of the messages that check every subscriber receives before any load ("warmup 3"); not timed. */
export const WARMUP = 'warmup ';

export interface OrderCheck {
  /** Every subscriber got every sent message exactly once, in increasing seq, and nothing else. */
  ok: boolean;
  badSubscribers: number;
  missing: number;
  duplicates: number;
  outOfOrder: number;
  unexpected: number;
  /** The first few problems, one line each. */
  examples: string[];
}

export interface BurstCheck {
  /** Bursts per second per subscriber over the measured window: mean and the highest subscriber. */
  meanPerSecond: number;
  maxPerSecond: number;
  /** Most bursts one subscriber got within any 1,000 ms (should be ≤ 4, maybe 5 with jitter). */
  maxInOneSecond: number;
  /** Smallest gap between two bursts at one subscriber, ms (windows are 250 ms). */
  minGapMs: number;
  /** Subscribers whose bursts add up to every accepted cheer. */
  subscribersWithAllCheers: number;
}

export type DeliveryLog = ReturnType<typeof createDeliveryLog>;

/**
 * `firstGroup`: subscribers 0 … firstGroup-1 also get their own latency summary (on Courtside they
 * are the signed-in ones), so a cost that only some subscribers pay is visible.
 */
export function createDeliveryLog(subscribers: number, firstGroup: number) {
  const seqs: number[][] = Array.from({ length: subscribers }, () => []);
  const burstTimes: number[][] = Array.from({ length: subscribers }, () => []);
  const cheersCounted = new Float64Array(subscribers);
  const latency = new Samples();
  const firstGroupLatency = new Samples();
  const restLatency = new Samples();
  /** Latency by the second of the load the message was scheduled in: shows a backlog building. */
  const bySecond: Samples[] = [];
  /**
   * The server stamps createdAt when it handles the send, which splits latency in two: ingest
   * (scheduled → createdAt, per message: HTTP, queueing, the write) and fanout (createdAt → receipt,
   * per delivery). Same machine, same clock; createdAt has millisecond resolution.
   */
  const ingest = new Map<string, number>();
  const fanout = new Samples();
  const typesDuringLoad = new Map<string, number>();
  let deliveredSinceStart = 0;
  /** When the last event arrived (epoch ms): with loadStart, the span the deliveries took. */
  let lastAt = NaN;
  let deliveredTotal = 0;
  let foreignBodies = 0;
  /** Counting starts at the load's first scheduled send; before it (connecting) only the total moves. */
  let loadStart = Infinity;
  let loadEnd = Infinity;

  /** Hot path, for MessageAdded: order, end-to-end latency, and its split at the server's createdAt. */
  function recordMessage(subscriber: number, event: RoomEvent, at: number): void {
    seqs[subscriber].push(event.seq ?? -1);
    const match = BODY.exec(event.message?.body ?? '');
    if (!match) {
      foreignBodies++;
      return;
    }
    const scheduledAt = Number(match[2]);
    const ms = at - scheduledAt;
    latency.push(ms);
    (subscriber < firstGroup ? firstGroupLatency : restLatency).push(ms);
    (bySecond[Math.max(0, Math.floor((scheduledAt - loadStart) / 1000))] ??= new Samples()).push(ms);
    const createdAt = Date.parse(event.message?.createdAt ?? '');
    fanout.push(at - createdAt);
    if (!ingest.has(match[1])) ingest.set(match[1], createdAt - scheduledAt);
  }

  return {
    /** Marks the load window; deliveries from `start` on count toward rates and per-delivery cost. */
    startLoad(start: number, end: number): void {
      loadStart = start;
      loadEnd = end;
    },

    /** Hot path: once per delivered event per subscriber. */
    record(subscriber: number, event: RoomEvent): void {
      const at = nowMs();
      deliveredTotal++;
      if (at < loadStart) return;
      deliveredSinceStart++;
      lastAt = at;
      if (at <= loadEnd) typesDuringLoad.set(event.__typename, (typesDuringLoad.get(event.__typename) ?? 0) + 1);
      if (event.__typename === 'MessageAdded') {
        recordMessage(subscriber, event, at);
      } else if (event.__typename === 'RoomReactionBurst') {
        burstTimes[subscriber].push(at);
        for (const { count } of event.counts ?? []) cheersCounted[subscriber] += count;
      }
    },

    /** Deliveries since the load started, and since the subscribers connected. */
    delivered: () => ({ sinceStart: deliveredSinceStart, total: deliveredTotal }),

    /** When the last event since the load started arrived (epoch ms), NaN before any. */
    lastDeliveryAt: () => lastAt,

    /**
     * The raw samples behind `latency()` (copies), for merging the logs of several load-generator
     * processes: every delivery's latency and fanout part, and each message's ingest part.
     */
    samples: (): { latency: Float64Array; fanout: Float64Array; ingest: Float64Array } => ({
      latency: latency.values().slice(),
      fanout: fanout.values().slice(),
      ingest: Float64Array.from(ingest.values()),
    }),

    /** Per-type deliveries per second during the load window (not the drain after it). */
    ratesDuringLoad(seconds: number): Record<string, number> {
      return Object.fromEntries([...typesDuringLoad].map(([type, count]) => [type, count / seconds]));
    },

    /** Messages that reached every subscriber: how many subscribers have at least `count` of them. */
    subscribersWithAtLeast(count: number): number {
      return seqs.filter((list) => list.length >= count).length;
    },

    /** How many subscribers' bursts add up to at least `cheers` cheers. */
    subscribersWithCheers(cheers: number): number {
      let count = 0;
      for (const counted of cheersCounted) if (counted >= cheers) count++;
      return count;
    },

    /** Scheduled send → receipt, ms: everyone, the first group, the rest, and by second of the load. */
    latency: (): { all: Summary; firstGroup: Summary; rest: Summary; bySecond: Summary[]; ingest: Summary; fanout: Summary } => ({
      ingest: summarize([...ingest.values()]),
      fanout: summarize(fanout.values()),
      all: summarize(latency.values()),
      firstGroup: summarize(firstGroupLatency.values()),
      rest: summarize(restLatency.values()),
      bySecond: Array.from(bySecond, (samples) => summarize(samples?.values() ?? [])),
    }),

    /** Compares each subscriber's message seqs with the seqs the sends were acknowledged with. */
    checkOrder(sentSeqs: number[]): OrderCheck {
      const expected = [...sentSeqs].sort((a, b) => a - b);
      const wanted = new Set(expected);
      const check: OrderCheck = { ok: true, badSubscribers: 0, missing: 0, duplicates: 0, outOfOrder: 0, unexpected: foreignBodies, examples: [] };
      seqs.forEach((got, subscriber) => {
        if (got.length === expected.length && got.every((seq, i) => seq === expected[i])) return;
        check.badSubscribers++;
        const seen = new Set<number>();
        let last = -Infinity;
        for (const seq of got) {
          if (seen.has(seq)) check.duplicates++;
          else if (!wanted.has(seq)) check.unexpected++;
          else if (seq < last) check.outOfOrder++;
          seen.add(seq);
          last = Math.max(last, seq);
        }
        const missed = expected.filter((seq) => !seen.has(seq));
        check.missing += missed.length;
        if (check.examples.length < 5) {
          check.examples.push(`subscriber ${subscriber}: got ${got.length}/${expected.length}, missing [${missed.slice(0, 5).join(',')}${missed.length > 5 ? ',…' : ''}]`);
        }
      });
      check.ok = check.badSubscribers === 0 && check.unexpected === 0;
      return check;
    },

    /** Burst rate and spacing per subscriber over `seconds`, and whether each saw every cheer. */
    checkBursts(seconds: number, cheersAccepted: number): BurstCheck {
      const perSecond = burstTimes.map((times) => times.length / seconds);
      let maxInOneSecond = 0;
      let minGapMs = Infinity;
      for (const times of burstTimes) {
        for (let i = 0, j = 0; i < times.length; i++) {
          while (times[i] - times[j] >= 1000) j++;
          maxInOneSecond = Math.max(maxInOneSecond, i - j + 1);
          if (i > 0) minGapMs = Math.min(minGapMs, times[i] - times[i - 1]);
        }
      }
      return {
        meanPerSecond: perSecond.reduce((a, b) => a + b, 0) / Math.max(1, subscribers),
        maxPerSecond: Math.max(0, ...perSecond),
        maxInOneSecond,
        minGapMs,
        subscribersWithAllCheers: Array.from(cheersCounted).filter((count) => count === cheersAccepted).length,
      };
    },
  };
}
