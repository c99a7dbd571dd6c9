// The live-room load, run the same way against any LiveRoomTarget: connect N subscribers in batches,
// offer messages and cheers open-loop for S seconds, wait for the stragglers, then check and measure
// what arrived. Server CPU and RSS come from /proc for the target's child process.
import { createDeliveryLog, type BurstCheck, type DeliveryLog, type OrderCheck } from './deliveries';
import { offerLoad, type LoadRates, type Sends } from './liveRoomLoad';
import type { LiveRoomTarget } from './liveRoomTarget';
import { nowMs } from './openLoop';
import { cpuSeconds, listenOverflows, rssBytes, runQueueWaitSeconds } from './procStats';
import { summarize, type Summary } from './stats';

export interface LiveRoomOptions extends LoadRates {
  viewers: number;
  /** Subscribers opened at once before waiting for them. */
  connectBatch: number;
  /** Subscribers 0 … signedIn-1 connect signed in (Courtside); their latency is also shown apart. */
  signedIn: number;
  /** Longest wait after the load for the last deliveries. */
  drainTimeoutMs: number;
}

export interface LiveRoomResult {
  name: string;
  viewers: number;
  /** Subscribers 0 … signedIn-1 were signed in; `latencyFirstMs` is theirs. */
  signedIn: number;
  /** Seconds the load was offered for (not the drain after it). */
  loadSeconds: number;
  connectSeconds: number;
  messagesAcked: number;
  messagesFailed: number;
  cheersAcked: number;
  cheersFailed: number;
  /** Failed sends by kind, with counts. */
  failures: [string, number][];
  /** Deliveries per second during the load window, all types and by type. */
  deliveredPerSecond: number;
  byTypePerSecond: Record<string, number>;
  /** From the first scheduled send until the drain ended: the window CPU is charged to. */
  measuredSeconds: number;
  deliveredInMeasured: number;
  latencyMs: Summary;
  /** Scheduled send → HTTP acknowledgement of sendMessage, ms. */
  ackMs: Summary;
  /** Latency of subscribers 0 … signedIn-1, and of the others. */
  latencyFirstMs: Summary;
  latencyRestMs: Summary;
  /** Scheduled → server createdAt per message, and createdAt → receipt per delivery. */
  ingestMs: Summary;
  fanoutMs: Summary;
  /** Latency of the messages scheduled in each second of the load. */
  latencyBySecondMs: Summary[];
  sendLagP99Ms: number;
  bursts: BurstCheck;
  order: OrderCheck;
  drainedFully: boolean;
  serverCpuSeconds: number;
  cpuMicrosPerDelivery: number;
  rss: { idle: number; connected: number; end: number; perConnection: number };
  loadGeneratorCpuShare: number;
  /** Seconds the server's and the generator's event loops waited for a CPU held by other work. */
  runQueueWait: { server: number; generator: number };
  /** Connections the kernel dropped for a full accept queue during the window (machine-wide). */
  listenOverflows: number;
  troubles: string[];
  troubleCount: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Opens every subscriber in batches and waits until the server counts all of them; returns seconds taken. */
async function connect(target: LiveRoomTarget, options: LiveRoomOptions, log: DeliveryLog, trouble: (what: string) => void, progress: (line: string) => void) {
  const started = nowMs();
  for (let from = 0; from < options.viewers; from += options.connectBatch) {
    const batch = Array.from({ length: Math.min(options.connectBatch, options.viewers - from) }, (_, i) => from + i);
    await Promise.all(batch.map((i) => target.openSubscriber(i, (event) => log.record(i, event), trouble)));
    progress(`${target.name}: ${from + batch.length}/${options.viewers} subscribers connected (${((nowMs() - started) / 1000).toFixed(1)} s)`);
  }
  const deadline = nowMs() + 30_000;
  let counted = await target.viewerCount();
  while (counted < options.viewers) {
    if (nowMs() > deadline) throw new Error(`${target.name} counts ${counted} of ${options.viewers} viewers after 30 s.`);
    await sleep(100);
    counted = await target.viewerCount();
  }
  progress(`${target.name}: server counts ${counted} viewers`);
  return (nowMs() - started) / 1000;
}

/**
 * Waits until every subscriber has every acknowledged message and the last cheering window (250 ms)
 * has closed and reached everyone, or until the timeout; the checks afterwards say what is missing.
 */
async function drain(log: DeliveryLog, options: LiveRoomOptions, sends: Sends): Promise<boolean> {
  const lastSendAt = nowMs();
  const drained = () =>
    nowMs() > lastSendAt + 300 && log.subscribersWithAtLeast(sends.seqs.length) === options.viewers && log.subscribersWithCheers(sends.cheersAcked) === options.viewers;
  while (!drained() && nowMs() < lastSendAt + options.drainTimeoutMs) await sleep(25);
  return drained();
}

/**
 * Untimed load before the measured window, as the fan-out gives every server: the room is measured
 * warm, not while its code is still being compiled. Its messages use indices of their own (and so
 * clientMessageIds of their own), and its last deliveries and cheering window arrive before the
 * measured window opens, so nothing of it is counted.
 */
const WARMUP_SECONDS = 2;
const WARMUP_INDEX = 1_000_000;

async function warmUp(target: LiveRoomTarget, options: LiveRoomOptions, log: DeliveryLog, progress: (line: string) => void): Promise<void> {
  const warm: LiveRoomTarget = { ...target, sendMessage: (index, body) => target.sendMessage(WARMUP_INDEX + index, body) };
  progress(`${target.name}: ${WARMUP_SECONDS} s of untimed warm-up load`);
  await offerLoad(warm, { ...options, seconds: WARMUP_SECONDS }, log, nowMs() + 50, () => {});
  await sleep(1000);
}

export async function runLiveRoom(target: LiveRoomTarget, options: LiveRoomOptions, progress: (line: string) => void): Promise<LiveRoomResult> {
  const { pid } = target.server;
  const log = createDeliveryLog(options.viewers, options.signedIn);
  const troubles: string[] = [];
  let troubleCount = 0;
  const trouble = (what: string) => {
    troubleCount++;
    if (troubles.length < 20) troubles.push(what);
  };

  const idleRss = rssBytes(pid);
  const connectSeconds = await connect(target, options, log, trouble, progress);
  const connectedRss = rssBytes(pid);
  await warmUp(target, options, log, progress);

  const startAt = nowMs() + 200;
  log.startLoad(startAt, startAt + options.seconds * 1000);
  const cpuBefore = cpuSeconds(pid);
  const generatorBefore = process.cpuUsage();
  const overflowsBefore = listenOverflows();
  const waitBefore = { server: runQueueWaitSeconds(pid), generator: runQueueWaitSeconds(process.pid) };
  const sends = await offerLoad(target, options, log, startAt, progress);
  const sendsDoneAt = nowMs();
  const drainedFully = await drain(log, options, sends);
  const measuredEnd = nowMs();
  const serverCpuSeconds = cpuSeconds(pid) - cpuBefore;
  const generator = process.cpuUsage(generatorBefore);
  const runQueueWait = { server: runQueueWaitSeconds(pid) - waitBefore.server, generator: runQueueWaitSeconds(process.pid) - waitBefore.generator };
  const endRss = rssBytes(pid);
  progress(`${target.name}: load done, ${drainedFully ? 'drained' : 'drain timed out'} ${((measuredEnd - sendsDoneAt) / 1000).toFixed(2)} s after the last send returned`);

  const measuredSeconds = (measuredEnd - startAt) / 1000;
  const deliveredInMeasured = log.delivered().sinceStart;
  const byTypePerSecond = log.ratesDuringLoad(options.seconds);
  const latency = log.latency();
  return {
    name: target.name,
    viewers: options.viewers,
    signedIn: options.signedIn,
    loadSeconds: options.seconds,
    connectSeconds,
    messagesAcked: sends.seqs.length,
    messagesFailed: sends.messagesFailed,
    cheersAcked: sends.cheersAcked,
    cheersFailed: sends.cheersFailed,
    failures: [...sends.failures],
    deliveredPerSecond: Object.values(byTypePerSecond).reduce((a, b) => a + b, 0),
    byTypePerSecond,
    measuredSeconds,
    deliveredInMeasured,
    latencyMs: latency.all,
    ackMs: summarize(sends.acks.values()),
    latencyFirstMs: latency.firstGroup,
    latencyRestMs: latency.rest,
    latencyBySecondMs: latency.bySecond,
    ingestMs: latency.ingest,
    fanoutMs: latency.fanout,
    sendLagP99Ms: sends.sendLagP99Ms,
    bursts: log.checkBursts(measuredSeconds, sends.cheersAcked),
    order: log.checkOrder(sends.seqs),
    drainedFully,
    serverCpuSeconds,
    cpuMicrosPerDelivery: (serverCpuSeconds * 1e6) / Math.max(1, deliveredInMeasured),
    rss: { idle: idleRss, connected: connectedRss, end: endRss, perConnection: (connectedRss - idleRss) / options.viewers },
    loadGeneratorCpuShare: (generator.user + generator.system) / 1e6 / measuredSeconds,
    runQueueWait,
    listenOverflows: listenOverflows() - overflowsBefore,
    troubles,
    troubleCount,
  };
}
