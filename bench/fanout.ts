// Benchmark: fan-out of one room's messages to N graphql-ws subscribers, Courtside against a raw
// `ws` broadcast of one pre-serialized frame (the ceiling) and the documented yoga + graphql-ws
// recipe (the floor, naiveYogaServer.ts), same N and same rates, in one run. The headline Courtside
// row ("courtside") is the product: every subscriber sends the bundled client's own RoomEvents
// document, each signed in as a guest of its own. "courtside-minimal" is a simplified case: the
// bench's minimal document, every subscriber anonymous (--headline-only leaves it out).
//
//   npx tsx bench/fanout.ts [--quick] [--headline-only] [--subscribers=1000,5000,10000] [--seconds=4]
//                           [--ladder=10000,25000,50000,60000,75000,90000,100000,125000,150000] [--summary-n=5000]
//
// Options also come from BENCH_SUBSCRIBERS, BENCH_SECONDS, BENCH_LADDER, BENCH_SUMMARY_N. The ladder
// is in offered deliveries per second, so each N gets messages/s = ladder / N (N=5,000: 2, 5, 10,
// 12, 15, 18, 20, 25, 30 messages/s) and the knee shows at the same cost per delivery whatever N
// is; the rungs are close near the knee so the sustained rate is not rounded down by much. --quick is
// N=1,000, three rates, 3 s each. Each server runs as a child process pinned to CPU 0; the
// subscribers live in load-generator processes (2,500 sockets each) pinned, with this publisher, to
// CPU 1. Loopback only. Every run has a hard time limit, kills its children and deletes its
// databases; it exits non-zero when a message was lost, duplicated or reordered, a send failed, a
// socket closed or a process died. The last lines compare each Courtside row with raw-ws at
// --summary-n, the headline last.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchRun, readFlags } from './benchRun';
import { canPin, COURTSIDE_SERVER, pinSelf, startChildServer, type ChildServer } from './childServer';
import { seedCourtside } from './courtsideSeed';
import { COURTSIDE_NAMES, createCourtsideTarget, type SubscriptionDocument } from './courtsideTarget';
import { SOCKETS_PER_GENERATOR, startGeneratorPool, type GeneratorPool } from './fanoutGenerators';
import { runLadder, type FanoutRun, type LadderOptions } from './fanoutLadder';
import { printNotes, printServers, printTable, summaryLine } from './fanoutReport';
import type { RoomPublisher } from './liveRoomTarget';
import { createNaiveYogaTarget } from './naiveYogaTarget';
import { createRawWsTarget } from './rawWsTarget';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CPU = 0;
const GENERATOR_CPU = 1;
/** Asked for in every child's shell; the hard limit caps it (see the progress line at start). */
const FD_LIMIT = 65_536;

interface FanoutOptions {
  quick: boolean;
  subscribers: number[];
  /** Offered deliveries per second; rates are these over N. */
  ladder: number[];
  seconds: number;
  summaryN: number;
  /** Without the minimal-anonymous Courtside row. */
  headlineOnly: boolean;
}

function readOptions(argv: string[]): FanoutOptions {
  const flags = readFlags(argv, ['subscribers', 'seconds', 'ladder', 'summary-n'], ['quick', 'headline-only']);
  const quick = flags.has('quick');
  const subscribers = flags.list('subscribers', 'BENCH_SUBSCRIBERS', quick ? [1000] : [1000, 5000, 10_000]).map(Math.round);
  return {
    quick,
    subscribers,
    ladder: flags
      .list('ladder', 'BENCH_LADDER', quick ? [10_000, 25_000, 50_000] : [10_000, 25_000, 50_000, 60_000, 75_000, 90_000, 100_000, 125_000, 150_000])
      .sort((a, b) => a - b),
    seconds: flags.number('seconds', 'BENCH_SECONDS', quick ? 3 : 4),
    summaryN: Math.round(flags.number('summary-n', 'BENCH_SUMMARY_N', subscribers.includes(5000) ? 5000 : Math.max(...subscribers))),
    headlineOnly: flags.has('headline-only'),
  };
}

interface ServerUnderTest {
  name: string;
  script: string;
  env: (dataDir: string) => Record<string, string>;
  /**
   * Called before the server starts, with its environment: readies what N subscribers need (seeds
   * Courtside's database) and resolves with how to make the publisher once it runs.
   */
  prepare: (env: Record<string, string>, n: number) => Promise<(server: ChildServer) => Promise<RoomPublisher>>;
}

const bench = createBenchRun('fanout');
const { progress } = bench;

/**
 * Courtside with one subscription document. One sender posts every message and N guests are
 * created from one address, so the per-user and per-address limits are off (RATE_LIMITS=off). One
 * database for every N: each N gets a fresh room, and the guests seeded for a smaller N are reused.
 */
function courtside(document: SubscriptionDocument, signedIn: (n: number) => number): ServerUnderTest {
  let guests: string[] = [];
  return {
    name: COURTSIDE_NAMES[document],
    script: COURTSIDE_SERVER,
    env: (dataDir) => ({
      SERVE_CLIENT: '0',
      NODE_ENV: 'production',
      DATABASE_PATH: join(dataDir, `${COURTSIDE_NAMES[document]}.db`),
      RATE_LIMITS: 'off',
      SQLITE_SYNCHRONOUS: 'FULL',
    }),
    async prepare(env, n) {
      const seed = await seedCourtside({ cwd: ROOT, env, guests: signedIn(n), members: 1, reuse: guests, progress });
      if (seed.tokens.length > guests.length) guests = seed.tokens;
      return (server) => createCourtsideTarget(server, seed, { signedIn: signedIn(n), document, progress });
    },
  };
}

const SERVERS: ServerUnderTest[] = [
  // The headline: the client's own document, every viewer signed in.
  courtside('client', (n) => n),
  // The simplified case: the minimal document, every viewer anonymous.
  courtside('minimal', () => 0),
  { name: 'raw-ws', script: 'bench/rawWsBaseline.ts', env: () => ({}), prepare: async () => async (server) => createRawWsTarget(server) },
  { name: 'naive-yoga', script: 'bench/naiveYogaServer.ts', env: () => ({ NODE_ENV: 'production' }), prepare: async () => async (server) => createNaiveYogaTarget(server) },
];

/** The open-file limit a process got, from /proc. */
function fdLimitOf(pid: number): string {
  return /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1] ?? '?';
}

/**
 * The files a run measures besides server/: the client's live document and the fragments it
 * spreads (a change there changes what every subscriber asks for).
 */
const DOCUMENT_FILES = ['client/src/events/roomEventStream.ts', 'client/src/messages/messageFields.ts', 'client/src/moderation/roomSettingsFields.ts'];

/** Which Courtside is measured: the commit, and whether server/ or the live document has changes not yet committed. */
function courtsideVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // Not trim(): the first line's leading space is part of its status column.
    const dirty = execFileSync('git', ['status', '--porcelain', 'server', ...DOCUMENT_FILES], { cwd: ROOT, encoding: 'utf8' })
      .trimEnd()
      .split('\n')
      .filter(Boolean);
    return dirty.length ? `${head} + uncommitted changes in ${dirty.map((line) => line.slice(3)).join(', ')}` : head;
  } catch {
    return 'unknown (no git)';
  }
}

/** Starts one server, runs the ladder against it at N, stops it. */
async function measure(spec: ServerUnderTest, pool: GeneratorPool, dataDir: string, options: LadderOptions): Promise<FanoutRun> {
  const env = { PORT: '0', HOST: '127.0.0.1', ...spec.env(dataDir) };
  const publisher = await spec.prepare(env, options.subscribers);
  const server = await startChildServer({
    label: spec.name,
    script: spec.script,
    cwd: ROOT,
    env,
    cpu: SERVER_CPU,
    fdLimit: FD_LIMIT,
  });
  bench.onCleanup(() => server.stop());
  progress(`${spec.name}: server pid ${server.pid} on port ${server.port}, open-file limit ${fdLimitOf(server.pid)}`);
  try {
    const run = await runLadder(await publisher(server), pool, options, progress);
    // The server's own words: a finding to show, not a failure (lost messages and crashes are caught above).
    if (server.troubleCount > 0) run.notes.push(`${spec.name} printed ${server.troubleCount} error/warning lines: ${server.troubleLines.slice(0, 3).join(' | ')}`);
    return run;
  } finally {
    await server.stop();
  }
}

async function main(options: FanoutOptions): Promise<number> {
  const pinned = pinSelf(GENERATOR_CPU);
  const processes = Math.ceil(Math.max(...options.subscribers) / SOCKETS_PER_GENERATOR);
  progress(
    `fanout: N = ${options.subscribers.join(', ')}; offered ${options.ladder.map((d) => d.toLocaleString('en-US')).join(', ')} deliveries/s for ${options.seconds} s each; ` +
      (pinned ? `servers on CPU ${SERVER_CPU}, load generators and publisher on CPU ${GENERATOR_CPU}` : `not pinned (${canPin ? 'taskset failed' : 'no taskset'})`),
  );
  progress(`fanout: courtside at ${courtsideVersion()}; this process's open-file limit ${fdLimitOf(process.pid)}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'courtside-fanout-'));
  bench.onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const pool = await startGeneratorPool({ processes, cpu: GENERATOR_CPU, cwd: ROOT, fdLimit: FD_LIMIT });
  bench.onCleanup(() => pool.stop());
  progress(`fanout: ${processes} load-generator processes (pids ${pool.pids.join(', ')}), open-file limit ${fdLimitOf(pool.pids[0])} each`);

  const servers = options.headlineOnly ? SERVERS.filter((spec) => spec.name !== COURTSIDE_NAMES.minimal) : SERVERS;
  const runs: FanoutRun[] = [];
  const retryBudget = { left: options.quick ? 1 : 20 };
  // The full run keeps to its plan on a busy machine: each server's ladder gets an equal share of
  // the time left (less ~10 s to start it and connect), from 8 to 50 s. A quick ladder gets 12 s.
  const planEnds = performance.now() + 480_000;
  const ladderSeconds = (runsLeft: number) => (options.quick ? 12 : Math.min(50, Math.max(8, (planEnds - performance.now()) / 1000 / runsLeft - 10)));
  for (const subscribers of options.subscribers) {
    const ladder: Omit<LadderOptions, 'ladderSeconds'> = {
      subscribers,
      rates: options.ladder.map((deliveries) => Number((deliveries / subscribers).toPrecision(3))),
      seconds: options.seconds,
      connectBatch: 250,
      stallMs: 5000,
      drainCapMs: options.quick ? 8_000 : 15_000,
      cpus: pinned ? { server: SERVER_CPU, generators: GENERATOR_CPU } : null,
      retryBudget,
    };
    for (const spec of servers) {
      const seconds = ladderSeconds(options.subscribers.length * servers.length - runs.length);
      progress(`— ${spec.name}, N=${subscribers}, ${ladder.rates.join(', ')} messages/s (at most ${Math.round(seconds)} s of ladder) —`);
      runs.push(await measure(spec, pool, dataDir, { ...ladder, ladderSeconds: seconds }));
      if (pool.crashed()) throw new Error(pool.crashed()!);
    }
  }

  printTable(runs);
  printServers(runs);
  printNotes(runs);
  const failed = runs.some((r) => r.failures.length > 0);
  console.log(failed ? 'fanout: FAILED (see the lines above)' : 'fanout: every acknowledged message reached every subscriber once, in order');
  // The headline last, so it is the last line.
  if (!options.headlineOnly) console.log(summaryLine(runs, options.summaryN, COURTSIDE_NAMES.minimal));
  console.log(summaryLine(runs, options.summaryN, COURTSIDE_NAMES.client));
  return failed ? 1 : 0;
}

const options = bench.options(() => readOptions(process.argv.slice(2)));
// The hard bound: the full run is planned for about 8 minutes, the quick one (four servers, each
// started, and Courtside's seeded, on a shared machine) for about two.
bench.run(() => main(options), options.quick ? 240 : 900);
