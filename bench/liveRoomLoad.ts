// The load itself: messages and cheers offered open-loop at fixed rates for S seconds, both over the
// target's HTTP API, with one progress line a second. Each message body carries its scheduled time.
import { messageBody } from './deliveries';
import type { RoomPublisher } from './liveRoomTarget';
import { nowMs, runOpenLoop } from './openLoop';
import { cpuSeconds, rssBytes } from './procStats';
import { Samples, summarize } from './stats';

export interface LoadRates {
  seconds: number;
  /** Messages per second, room-wide, rotated over the members. */
  messageRate: number;
  cheerers: number;
  /** Cheers per second per cheering sender. */
  cheerRate: number;
}

export interface Sends {
  /** The seq each acknowledged message got, in acknowledgement order. */
  seqs: number[];
  /** Scheduled send → acknowledgement, ms, per acknowledged message. */
  acks: Samples;
  messagesFailed: number;
  cheersAcked: number;
  cheersFailed: number;
  /** Failed sends by kind ("message: fetch failed (…)"), with counts; at most 10 kinds kept. */
  failures: Map<string, number>;
  /** p99 of how late the generator started a message send after its scheduled time, ms. */
  sendLagP99Ms: number;
}

const EMOJI = ['🔥', '👏', '⚽', '😱'];

/** Whatever counts the deliveries (a DeliveryLog, or the sum over load-generator processes). */
export interface DeliveryCounter {
  delivered(): { sinceStart: number };
}

/** Counts one failed send by kind; at most 10 kinds are kept. */
export function countFailure(failures: Map<string, number>, kind: string): void {
  if (failures.has(kind) || failures.size < 10) failures.set(kind, (failures.get(kind) ?? 0) + 1);
}

/** The error and what caused it: fetch reports every socket failure as just "fetch failed". */
export function describe(error: Error): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause ? `${error.message} (${[cause.code, cause.message].filter(Boolean).join(': ')})` : error.message;
}

/** Offers the load from `startAt`; resolves once every send has been answered (or failed). */
export async function offerLoad(target: RoomPublisher, rates: LoadRates, log: DeliveryCounter, startAt: number, progress: (line: string) => void): Promise<Sends> {
  const sends: Sends = { seqs: [], acks: new Samples(), messagesFailed: 0, cheersAcked: 0, cheersFailed: 0, failures: new Map(), sendLagP99Ms: NaN };
  const { pid } = target.server;
  let last = { cpu: cpuSeconds(pid), at: nowMs() };
  const ticker = setInterval(() => {
    const now = { cpu: cpuSeconds(pid), at: nowMs() };
    const share = (100 * (now.cpu - last.cpu)) / ((now.at - last.at) / 1000);
    progress(
      `${target.name}: load ${Math.max(0, (now.at - startAt) / 1000).toFixed(0)}/${rates.seconds} s: ${sends.seqs.length} messages acked, ` +
        `${rates.cheerers > 0 ? `${sends.cheersAcked} cheers, ` : ''}${log.delivered().sinceStart} deliveries, server CPU ${Math.round(share)}%, RSS ${(rssBytes(pid) / 2 ** 20).toFixed(0)} MB`,
    );
    last = now;
  }, 1000);

  try {
    const [messages] = await Promise.all([
      runOpenLoop({
        rate: rates.messageRate,
        seconds: rates.seconds,
        startAt,
        fire: (i, scheduledAt) =>
          target.sendMessage(i, messageBody(i, scheduledAt)).then(
            (seq) => (sends.seqs.push(seq), sends.acks.push(nowMs() - scheduledAt)),
            (error: Error) => (sends.messagesFailed++, countFailure(sends.failures, `message: ${describe(error)}`)),
          ),
      }),
      runOpenLoop({
        // One schedule for all senders, dealt round-robin: each sender cheers at exactly cheerRate.
        rate: rates.cheerers * rates.cheerRate,
        seconds: rates.seconds,
        startAt,
        fire: (i) =>
          target.sendCheer(i % rates.cheerers, EMOJI[i % EMOJI.length]).then(
            () => sends.cheersAcked++,
            (error: Error) => (sends.cheersFailed++, countFailure(sends.failures, `cheer: ${describe(error)}`)),
          ),
      }),
    ]);
    sends.sendLagP99Ms = summarize(messages.lateness.values()).p99;
    return sends;
  } finally {
    clearInterval(ticker);
  }
}
