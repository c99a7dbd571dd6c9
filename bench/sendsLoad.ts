// Closed-loop senders: each of `senders` members sends its next message as soon as the previous one
// was acknowledged, for `seconds`. Throughput is what the server acknowledges; with one write
// transaction (and fsync) per message, the senders queue behind each other at the database.
import { countFailure, describe } from './liveRoomLoad';
import type { RoomPublisher } from './liveRoomTarget';
import { nowMs } from './openLoop';
import { cpuSeconds, rssBytes } from './procStats';
import { proseBody } from './proseBodies';
import { Samples } from './stats';

export interface SendsResult {
  acked: number;
  failed: number;
  /** Failed sends by kind, with counts. */
  failures: [string, number][];
  /** Send → acknowledgement, ms, per acknowledged send. */
  acks: Samples;
  seconds: number;
  serverCpuSeconds: number;
  /** CPU this process (the senders) used meanwhile: near one core, the senders are the limit. */
  generatorCpuSeconds: number;
}

function ownCpu(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
}

/** One request of a closed loop, as member `index` modulo the target's members. */
export type Request = (index: number) => Promise<unknown>;

/**
 * Sender `s` always acts as member `s`: request index k × senders + s (the target picks the member
 * by index modulo its members). By default each request sends a message with a distinct prose body.
 */
export async function runSenders(
  target: RoomPublisher,
  senders: number,
  seconds: number,
  progress: (line: string) => void,
  request: Request = (index) => target.sendMessage(index, proseBody(index)),
  what = 'sends',
): Promise<SendsResult> {
  const { pid } = target.server;
  const acks = new Samples();
  const failures = new Map<string, number>();
  let failed = 0;
  const started = nowMs();
  const end = started + seconds * 1000;
  const cpuBefore = cpuSeconds(pid);
  const ownCpuBefore = process.cpuUsage();
  let last = { acked: 0, cpu: cpuBefore, at: started };
  const ticker = setInterval(() => {
    const now = { acked: acks.length, cpu: cpuSeconds(pid), at: nowMs() };
    const elapsed = (now.at - last.at) / 1000;
    progress(
      `${target.name}: ${what} ${Math.round((now.at - started) / 1000)}/${seconds} s: ${now.acked} acked (${Math.round((now.acked - last.acked) / elapsed)}/s), ` +
        `${failed} failed, server CPU ${Math.round((100 * (now.cpu - last.cpu)) / elapsed)}%, RSS ${(rssBytes(pid) / 2 ** 20).toFixed(0)} MB`,
    );
    last = now;
  }, 1000);

  const sender = async (s: number) => {
    for (let k = 0; nowMs() < end; k++) {
      const index = k * senders + s;
      const sentAt = nowMs();
      try {
        await request(index);
        acks.push(nowMs() - sentAt);
      } catch (error) {
        failed++;
        countFailure(failures, describe(error as Error));
        await new Promise((done) => setTimeout(done, 10)); // no hot loop on a server that refuses everything
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: senders }, (_, s) => sender(s)));
  } finally {
    clearInterval(ticker);
  }
  return {
    acked: acks.length,
    failed,
    failures: [...failures],
    acks,
    seconds: (nowMs() - started) / 1000,
    serverCpuSeconds: cpuSeconds(pid) - cpuBefore,
    generatorCpuSeconds: ownCpu(ownCpuBefore),
  };
}
