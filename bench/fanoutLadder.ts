// One server, N subscribers, a ladder of message rates: connect the subscribers (in the generator
// processes), warm up until every one of them receives, then offer each rate open-loop for a few
// seconds and wait until every acknowledged message has reached every subscriber before the next.
// The machine is shared, so each rate also records how much of the two pinned CPUs other work used:
// a rate that fails while other work held a CPU is run again (twice at most), and the ladder goes
// on past it unless the server itself was busy. Above the first rate a server fails undisturbed or
// busy, the ladder stops (the knee is found), and it also stops when its time is up.
import { WARMUP, type OrderCheck } from './deliveries';
import type { GeneratorPool } from './fanoutGenerators';
import type { RoomPublisher } from './liveRoomTarget';
import { offerLoad } from './liveRoomLoad';
import { nowMs } from './openLoop';
import { cpuBusySeconds, cpuSeconds, rssBytes } from './procStats';
import { summarize, type Summary } from './stats';

/** A rate keeps up when every message reaches everyone, in order, with p99 at most this. */
export const KEEP_UP_P99_MS = 250;
/** A rate is disturbed when other work used more than this share of the server's or the generators' CPU. */
const DISTURBED = 0.15;
const MAX_RETRIES = 2;
/** A server that used this share of a core and still fell behind is at its limit, disturbed or not. */
const SERVER_BUSY = 0.6;

export interface LadderOptions {
  subscribers: number;
  /** Messages per second, ascending. */
  rates: number[];
  seconds: number;
  connectBatch: number;
  /** The drain gives up after this long without a delivery (a loss) … */
  stallMs: number;
  /** … or after this long in all (a backlog too long to wait for). */
  drainCapMs: number;
  /** The CPUs the server and the generators (with this process) are pinned to, or null: not pinned. */
  cpus: { server: number; generators: number } | null;
  /** Re-runs of disturbed rates left for the whole benchmark; decremented here. */
  retryBudget: { left: number };
  /** No rate starts, and none is run again, after the ladder has run this long. */
  ladderSeconds: number;
}

export interface RungResult {
  rate: number;
  /** Why this rate was not run ("fell behind at 10/s"), or null. */
  skipped: string | null;
  acked: number;
  failed: number;
  failures: [string, number][];
  /** All deliveries from the first scheduled send until the last arrived, and their rate over that span. */
  delivered: number;
  deliveredPerSecond: number;
  latencyMs: Summary;
  ingestMs: Summary;
  fanoutMs: Summary;
  ackMs: Summary;
  sendLagP99Ms: number;
  drain: string;
  drainSeconds: number;
  order: OrderCheck;
  serverCpuSeconds: number;
  cpuMicrosPerDelivery: number;
  /** Shares of one core over the measured window: the server's, and the generators' together. */
  serverCpuShare: number;
  generatorCpuShare: number;
  /** From the first scheduled send until the last delivery arrived. */
  windowSeconds: number;
  /** Shares of the server's and the generators' CPU that other processes used during the window (NaN: not pinned). */
  otherWork: { server: number; generators: number };
  keptUp: boolean;
  /** Earlier tries of this rate that failed while other work held a CPU (the last try stands). */
  retries: number;
}

export interface FanoutRun {
  name: string;
  subscribers: number;
  generators: number;
  connectSeconds: number;
  rss: { idle: number; connected: number; end: number; perConnection: number };
  rungs: RungResult[];
  /** Problems that are failures of the run: crashes, socket trouble, lost or reordered messages. */
  failures: string[];
  /** Worth knowing but not a failure (what the server printed on stderr, say). */
  notes: string[];
}

/** Untimed load before the ladder. */
const WARM_UP_SECONDS = 2;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const NOT_RUN: Summary = { count: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN };
const noOrder = (): OrderCheck => ({ ok: true, badSubscribers: 0, missing: 0, duplicates: 0, outOfOrder: 0, unexpected: 0, examples: [] });

/** Sends warm-up messages until one reaches every subscriber: every subscription is live. */
async function warmUp(target: RoomPublisher, pool: GeneratorPool, subscribers: number, nextIndex: () => number, progress: (line: string) => void) {
  const deadline = nowMs() + 30_000;
  for (let warmup = 1; nowMs() < deadline; warmup++) {
    await target.sendMessage(nextIndex(), `${WARMUP}${warmup}`);
    const waitUntil = Math.min(deadline, nowMs() + 3000);
    let seen = await pool.warmupSeen(warmup);
    while (seen < subscribers && nowMs() < waitUntil) {
      await sleep(100);
      seen = await pool.warmupSeen(warmup);
    }
    if (seen === subscribers) return;
    progress(`${target.name}: warm-up message ${warmup} reached ${seen}/${subscribers} subscribers; sending another`);
  }
  throw new Error(`${target.name}: no warm-up message reached all ${subscribers} subscribers within 30 s.`);
}

function skippedRung(rate: number, why: string): RungResult {
  return {
    rate,
    skipped: why,
    acked: 0,
    failed: 0,
    failures: [],
    delivered: 0,
    deliveredPerSecond: NaN,
    latencyMs: NOT_RUN,
    ingestMs: NOT_RUN,
    fanoutMs: NOT_RUN,
    ackMs: NOT_RUN,
    sendLagP99Ms: NaN,
    drain: '-',
    drainSeconds: NaN,
    order: noOrder(),
    serverCpuSeconds: NaN,
    cpuMicrosPerDelivery: NaN,
    serverCpuShare: NaN,
    generatorCpuShare: NaN,
    windowSeconds: NaN,
    otherWork: { server: NaN, generators: NaN },
    keptUp: false,
    retries: 0,
  };
}

/** Offers one rate for `seconds`, waits for the stragglers, and measures. */
async function runRung(
  target: RoomPublisher,
  pool: GeneratorPool,
  rate: number,
  options: LadderOptions,
  firstIndex: number,
  progress: (line: string) => void,
): Promise<RungResult> {
  const { pid } = target.server;
  const label = `${target.name} N=${options.subscribers} ${rate}/s`;
  const startAt = nowMs() + 300;
  await pool.startRung(startAt, startAt + options.seconds * 1000);
  const busy = () => (options.cpus ? { server: cpuBusySeconds(options.cpus.server), generators: cpuBusySeconds(options.cpus.generators) } : { server: NaN, generators: NaN });
  const self = () => (({ user, system }) => (user + system) / 1e6)(process.cpuUsage());
  const before = { cpu: cpuSeconds(pid), generators: pool.cpuSeconds(), self: self(), busy: busy() };
  const publisher: RoomPublisher = { ...target, sendMessage: (i, body) => target.sendMessage(firstIndex + i, body) };
  const sends = await offerLoad(publisher, { seconds: options.seconds, messageRate: rate, cheerers: 0, cheerRate: 0 }, pool.counter, startAt, (line) =>
    progress(line.replace(target.name, label)),
  );
  const sendsDone = nowMs();
  const expected = sends.seqs.length * options.subscribers;
  const ticker = setInterval(
    () => progress(`${label}: draining, ${pool.counter.delivered().sinceStart.toLocaleString('en-US')}/${expected.toLocaleString('en-US')} deliveries`),
    1000,
  );
  const rung = await pool.finishRung(sends.seqs, options.stallMs, options.drainCapMs).finally(() => clearInterval(ticker));
  const end = nowMs();
  const serverCpuSeconds = cpuSeconds(pid) - before.cpu;
  const generatorCpuSeconds = pool.cpuSeconds() - before.generators;
  const windowSeconds = (end - startAt) / 1000;
  const after = busy();
  const otherWork = {
    server: Math.max(0, after.server - before.busy.server - serverCpuSeconds) / windowSeconds,
    generators: Math.max(0, after.generators - before.busy.generators - generatorCpuSeconds - (self() - before.self)) / windowSeconds,
  };
  const keptUp = sends.messagesFailed === 0 && sends.seqs.length > 0 && rung.order.ok && rung.drain === 'drained' && rung.latencyMs.p99 <= KEEP_UP_P99_MS;
  return {
    rate,
    skipped: null,
    acked: sends.seqs.length,
    failed: sends.messagesFailed,
    failures: [...sends.failures],
    delivered: rung.delivered,
    deliveredPerSecond: rung.delivered / ((rung.lastDeliveryAt - startAt) / 1000),
    latencyMs: rung.latencyMs,
    ingestMs: rung.ingestMs,
    fanoutMs: rung.fanoutMs,
    ackMs: summarize(sends.acks.values()),
    sendLagP99Ms: sends.sendLagP99Ms,
    drain: rung.drain,
    drainSeconds: (end - sendsDone) / 1000,
    order: rung.order,
    serverCpuSeconds,
    cpuMicrosPerDelivery: (serverCpuSeconds * 1e6) / Math.max(1, rung.delivered),
    serverCpuShare: serverCpuSeconds / windowSeconds,
    generatorCpuShare: generatorCpuSeconds / windowSeconds,
    windowSeconds,
    otherWork,
    keptUp,
    retries: 0,
  };
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** Other work used enough of a pinned CPU during the rate that its failure may be theirs. */
export const disturbed = (r: RungResult): boolean => r.otherWork.server > DISTURBED || r.otherWork.generators > DISTURBED;

/**
 * Runs a rate, and again (at most MAX_RETRIES times, within the benchmark's retry budget, until
 * `retryUntil`) while it fails with other work on a pinned CPU; the last try stands. `nextIndexes`
 * hands out each try's first message index.
 */
async function runRungUntilUndisturbed(
  target: RoomPublisher,
  pool: GeneratorPool,
  rate: number,
  options: LadderOptions,
  nextIndexes: () => number,
  retryUntil: number,
  progress: (line: string) => void,
): Promise<RungResult> {
  const label = `${target.name} N=${options.subscribers} ${rate}/s`;
  for (let retries = 0; ; retries++) {
    const rung = { ...(await runRung(target, pool, rate, options, nextIndexes(), progress)), retries };
    const other = `other work used ${fixed(100 * rung.otherWork.server)}% of the server's CPU and ${fixed(100 * rung.otherWork.generators)}% of the generators'`;
    progress(
      `${label}: ${rung.keptUp ? 'kept up' : 'DID NOT keep up'}; latency p50/p99/max ${fixed(rung.latencyMs.p50)}/${fixed(rung.latencyMs.p99)}/${fixed(rung.latencyMs.max)} ms, ` +
        `${fixed(rung.deliveredPerSecond)} deliveries/s, ${fixed(rung.cpuMicrosPerDelivery, 2)} µs/delivery, server CPU ${fixed(100 * rung.serverCpuShare)}%, ` +
        `generators ${fixed(100 * rung.generatorCpuShare)}%, ${rung.drain}; ${other}`,
    );
    // Only a rate that merely fell behind is run again: a loss or a failed send stands as it is.
    const onlySlow = !rung.keptUp && rung.drain === 'drained' && rung.order.ok && rung.failed === 0;
    if (!onlySlow || !disturbed(rung) || retries >= MAX_RETRIES || options.retryBudget.left <= 0 || nowMs() > retryUntil) return rung;
    options.retryBudget.left--;
    progress(`${label}: disturbed by other work; once more`);
  }
}

/** Connects, warms up, runs the ladder; disconnects the subscribers again before it returns. */
export async function runLadder(target: RoomPublisher, pool: GeneratorPool, options: LadderOptions, progress: (line: string) => void): Promise<FanoutRun> {
  const { pid } = target.server;
  const { subscribers } = options;
  const run: FanoutRun = {
    name: target.name,
    subscribers,
    generators: pool.processesFor(subscribers),
    connectSeconds: NaN,
    rss: { idle: rssBytes(pid), connected: NaN, end: NaN, perConnection: NaN },
    rungs: [],
    failures: [],
    notes: [],
  };
  let index = 0;
  const troubles = { count: pool.troubleCount(), lines: pool.troubleLines.length };
  const ticker = setInterval(() => progress(`${target.name}: ${pool.connected()}/${subscribers} subscribers connected`), 1000);
  try {
    run.connectSeconds = await pool
      .connect(target.subscriberUrl, target.subscribeRequest, target.subscriberTokens ?? [], subscribers, options.connectBatch)
      .finally(() => clearInterval(ticker));
    progress(`${target.name}: ${subscribers} subscribers connected in ${fixed(run.connectSeconds, 1)} s over ${run.generators} generator processes`);
    await warmUp(target, pool, subscribers, () => 1_000_000 + index++, progress);
    run.rss.connected = rssBytes(pid);
    run.rss.perConnection = (run.rss.connected - run.rss.idle) / subscribers;
    progress(`${target.name}: every subscriber receives; server RSS ${(run.rss.connected / 2 ** 20).toFixed(0)} MB (${fixed(run.rss.perConnection / 1024, 1)} KB per connection)`);
    // Untimed load at the first rate: the code under test is compiled and the heap that connecting
    // grew has been collected once before anything is measured, for every server alike.
    const warmRate = options.rates[0];
    progress(`${target.name}: warm-up load at ${warmRate}/s for ${WARM_UP_SECONDS} s, not measured`);
    await runRung(target, pool, warmRate, { ...options, seconds: WARM_UP_SECONDS }, index, () => {});
    index += Math.ceil(warmRate * WARM_UP_SECONDS);
    let skip: string | null = null;
    const ladderEnds = nowMs() + options.ladderSeconds * 1000;
    for (const rate of options.rates) {
      if (!skip && nowMs() > ladderEnds) skip = 'out of time';
      if (skip) {
        run.rungs.push(skippedRung(rate, skip));
        continue;
      }
      // Message indexes go on across rates and tries: Courtside keys idempotent sends by them.
      const nextIndexes = () => {
        const first = index;
        index += Math.floor(rate * options.seconds);
        return first;
      };
      const rung = await runRungUntilUndisturbed(target, pool, rate, options, nextIndexes, ladderEnds, progress);
      run.rungs.push(rung);
      if (!rung.order.ok) run.failures.push(`${target.name} N=${subscribers} ${rate}/s: messages lost, duplicated or reordered: ${rung.order.examples.join('; ')}`);
      if (rung.failed > 0)
        run.failures.push(`${target.name} N=${subscribers} ${rate}/s: ${rung.failed} failed sends: ${rung.failures.map(([kind, n]) => `${n}× ${kind}`).join('; ')}`);
      if (rung.drain === 'stalled') run.failures.push(`${target.name} N=${subscribers} ${rate}/s: deliveries stopped before every subscriber had every message`);
      if (target.server.exited()) skip = 'server exited';
      else if (pool.crashed()) skip = pool.crashed();
      else if (rung.drain !== 'drained') skip = `backlog at ${rate}/s`;
      else if (!rung.keptUp && (!disturbed(rung) || rung.serverCpuShare >= SERVER_BUSY)) skip = `fell behind at ${rate}/s`;
    }
  } finally {
    if (!target.server.exited()) run.rss.end = rssBytes(pid);
    await pool.disconnect().catch((error: Error) => run.failures.push(`${target.name}: disconnecting failed: ${error.message}`));
  }
  if (target.server.exited()) run.failures.push(`${target.name} exited during the run`);
  await sleep(300); // the generators report their counts every 250 ms
  const troubleCount = pool.troubleCount() - troubles.count;
  if (troubleCount > 0) run.failures.push(`${target.name}: ${troubleCount} subscriber closes or errors: ${pool.troubleLines.slice(troubles.lines, troubles.lines + 5).join('; ')}`);
  return run;
}
