// The fan-out benchmark's subscribers live in several load-generator processes (fanoutGenerator.ts),
// each holding up to SOCKETS_PER_GENERATOR sockets on its own event loop, all pinned to the
// generator CPU. This is the orchestrator's side: start them once, spread N subscribers over as
// many as N needs, and merge what they measured into one answer per rung.
import { startChildServer, type ChildServer } from './childServer';
import type { OrderCheck } from './deliveries';
import type { DeliveryCounter } from './liveRoomLoad';
import { cpuSeconds } from './procStats';
import { summarize, type Summary } from './stats';
import type { SubscribeRequest } from './wsSubscriber';

export const SOCKETS_PER_GENERATOR = 2500;

/** What the orchestrator asks a generator; each answer carries the same `id`. */
export type Command = { id: number } & (
  | { type: 'connect'; url: string; request: SubscribeRequest | null; tokens: string[]; first: number; count: number; batch: number }
  | { type: 'disconnect' }
  | { type: 'warmupSeen'; warmup: number }
  | { type: 'startRung'; startAt: number; endAt: number }
  | { type: 'finishRung'; seqs: number[]; stallMs: number; capMs: number }
);

export type Drain = 'drained' | 'stalled' | 'cap';

/** One generator's view of a finished rung. */
export interface RungReport {
  drain: Drain;
  order: OrderCheck;
  samples: { latency: Float64Array; fanout: Float64Array; ingest: Float64Array };
  delivered: number;
  lastDeliveryAt: number;
}

/** Sent by a generator: answers (with `id`), and unprompted progress and trouble. */
export type Reply =
  | { type: 'answer'; id: number; error?: string; connectSeconds?: number; seen?: number; report?: RungReport }
  | { type: 'progress'; connected: number; delivered: number; troubles: number }
  | { type: 'trouble'; what: string };

/** A finished rung over every generator in use. */
export interface MergedRung {
  drain: Drain;
  order: OrderCheck;
  latencyMs: Summary;
  ingestMs: Summary;
  fanoutMs: Summary;
  delivered: number;
  lastDeliveryAt: number;
}

interface Generator {
  child: ChildServer;
  connected: number;
  delivered: number;
  troubles: number;
  pending: Map<number, { resolve: (answer: Extract<Reply, { type: 'answer' }>) => void; reject: (error: Error) => void }>;
}

export type GeneratorPool = Awaited<ReturnType<typeof startGeneratorPool>>;

export interface PoolOptions {
  processes: number;
  cpu: number | null;
  cwd: string;
  fdLimit: number;
}

export async function startGeneratorPool({ processes, cpu, cwd, fdLimit }: PoolOptions) {
  let nextId = 0;
  let inUse: Generator[] = [];
  const troubleLines: string[] = [];
  let crash: string | null = null;
  let stopping = false;

  const generators = await Promise.all(
    Array.from({ length: processes }, async (_, k): Promise<Generator> => {
      const child = await startChildServer({
        label: `generator ${k}`,
        script: 'bench/fanoutGenerator.ts',
        cwd,
        env: {},
        cpu,
        ready: /^fanout generator: ready$/,
        ipc: true,
        fdLimit,
        profile: false,
      });
      const generator: Generator = { child, connected: 0, delivered: 0, troubles: 0, pending: new Map() };
      child.onMessage((message) => {
        const reply = message as Reply;
        if (reply.type === 'progress') Object.assign(generator, { connected: reply.connected, delivered: reply.delivered, troubles: reply.troubles });
        else if (reply.type === 'trouble') troubleLines.push(`generator ${k}: ${reply.what}`);
        else generator.pending.get(reply.id)?.resolve(reply);
      });
      child.onExit((code) => {
        if (stopping) return;
        crash ??= `generator ${k} exited with ${code}`;
        for (const { reject } of generator.pending.values()) reject(new Error(crash));
      });
      return generator;
    }),
  );

  /** Sends one command and waits for its answer; an answer with `error` rejects. */
  function ask(generator: Generator, command: Record<string, unknown> & { type: Command['type'] }): Promise<Extract<Reply, { type: 'answer' }>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      generator.pending.set(id, {
        resolve: (answer) => (generator.pending.delete(id), answer.error ? reject(new Error(answer.error)) : resolve(answer)),
        reject,
      });
      generator.child.send({ ...command, id });
    });
  }
  const askAll = (command: Record<string, unknown> & { type: Command['type'] }) => Promise.all(inUse.map((g) => ask(g, command)));

  return {
    pids: generators.map((g) => g.child.pid),
    /** The first generator that exited, if one did (they only exit when closed). */
    crashed: () => crash,
    /** Subscriber closes and errors nobody asked for, over the pool's life (the first 20 lines per connect per generator). */
    troubleLines,
    troubleCount: () => generators.reduce((sum, g) => sum + g.troubles, 0),
    /** How many generators `subscribers` needs. */
    processesFor: (subscribers: number) => Math.min(generators.length, Math.ceil(subscribers / SOCKETS_PER_GENERATOR)),

    /**
     * Connects `subscribers` sockets spread evenly over the generators they need; subscriber i signs
     * in with `tokens[i]` when there is one (each generator is sent only its share). Resolves with
     * the seconds taken.
     */
    async connect(url: string, request: SubscribeRequest | null, tokens: readonly string[], subscribers: number, batch: number): Promise<number> {
      inUse = generators.slice(0, this.processesFor(subscribers));
      const share = Math.ceil(subscribers / inUse.length);
      const answers = await Promise.all(
        inUse.map((g, k) => {
          const first = k * share;
          const count = Math.min(share, subscribers - first);
          return ask(g, { type: 'connect', url, request, tokens: tokens.slice(first, first + count), first, count, batch });
        }),
      );
      return Math.max(...answers.map((a) => a.connectSeconds ?? 0));
    },
    connected: () => inUse.reduce((sum, g) => sum + g.connected, 0),
    async disconnect(): Promise<void> {
      await askAll({ type: 'disconnect' });
      inUse = [];
    },
    /** Subscribers that have received warm-up message `warmup` (or a later one). */
    async warmupSeen(warmup: number): Promise<number> {
      return (await askAll({ type: 'warmupSeen', warmup })).reduce((sum, a) => sum + (a.seen ?? 0), 0);
    },
    /** Starts a fresh delivery log in every generator; counting starts at `startAt`. */
    async startRung(startAt: number, endAt: number): Promise<void> {
      await askAll({ type: 'startRung', startAt, endAt });
    },
    /** Sum of the latest progress reports (at most 250 ms old): a DeliveryCounter for offerLoad. */
    counter: { delivered: () => ({ sinceStart: inUse.reduce((sum, g) => sum + g.delivered, 0) }) } satisfies DeliveryCounter,

    /** Waits until every subscriber has every acknowledged message (or the drain stalls or hits the cap), then merges. */
    async finishRung(seqs: number[], stallMs: number, capMs: number): Promise<MergedRung> {
      const reports = (await askAll({ type: 'finishRung', seqs, stallMs, capMs })).map((a) => a.report!);
      const worst: Drain = reports.some((r) => r.drain === 'stalled') ? 'stalled' : reports.some((r) => r.drain === 'cap') ? 'cap' : 'drained';
      const order: OrderCheck = { ok: true, badSubscribers: 0, missing: 0, duplicates: 0, outOfOrder: 0, unexpected: 0, examples: [] };
      reports.forEach(({ order: o }, k) => {
        order.ok &&= o.ok;
        for (const key of ['badSubscribers', 'missing', 'duplicates', 'outOfOrder', 'unexpected'] as const) order[key] += o[key];
        order.examples.push(...o.examples.map((line) => `generator ${k}: ${line}`));
      });
      order.examples.splice(5);
      const concat = (pick: (r: RungReport) => Float64Array) => {
        const all = new Float64Array(reports.reduce((n, r) => n + pick(r).length, 0));
        reports.reduce((at, r) => (all.set(pick(r), at), at + pick(r).length), 0);
        return all;
      };
      return {
        drain: worst,
        order,
        latencyMs: summarize(concat((r) => r.samples.latency)),
        fanoutMs: summarize(concat((r) => r.samples.fanout)),
        // Every generator sees every message: one generator's ingest times are all of them.
        ingestMs: summarize(reports[0].samples.ingest),
        delivered: reports.reduce((n, r) => n + r.delivered, 0),
        lastDeliveryAt: reports.reduce((last, r) => (Number.isFinite(r.lastDeliveryAt) && !(r.lastDeliveryAt <= last) ? r.lastDeliveryAt : last), NaN),
      };
    },

    /** CPU seconds of the generators in use, summed. */
    cpuSeconds: () => inUse.reduce((sum, g) => sum + cpuSeconds(g.child.pid), 0),

    async stop(): Promise<void> {
      stopping = true;
      await Promise.all(generators.map((g) => g.child.stop(2000)));
    },
  };
}
