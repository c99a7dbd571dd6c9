// Benchmark: one live room with N viewers while members chat and cheer, Courtside against a minimal
// raw-ws broadcaster on the same machine, same N and same rates, in one run.
//
//   npx tsx bench/liveRoom.ts [--quick] [--viewers=1000] [--seconds=10] [--rate=20]
//                             [--cheerers=50] [--cheer-rate=5] [--signed-in=40]
//
// Options also come from BENCH_VIEWERS, BENCH_SECONDS, BENCH_RATE, BENCH_CHEERERS, BENCH_CHEER_RATE,
// BENCH_SIGNED_IN (argv wins). --quick is 200 viewers for 4 s. Servers run as child processes pinned
// to CPU 0, this load generator to CPU 1 (when taskset exists). Only loopback traffic. The run aborts
// after (seconds + 120) s whatever happens, always kills its children and deletes its database, and
// ends with one summary line (see liveRoomReport.ts). Messages rotate over the members, so with the
// defaults a member spends 54 mutations per 10 s (50 cheers, 4 messages): under the server's default
// MUTATION_RATE_LIMIT of 60/10s. A higher --cheer-rate shows up as RATE_LIMITED failed sends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canPin, pinSelf, startChildServer, type ChildServer } from './childServer';
import { createCourtsideTarget } from './courtsideTarget';
import { runLiveRoom, type LiveRoomOptions, type LiveRoomResult } from './liveRoomDriver';
import type { LiveRoomTarget } from './liveRoomTarget';
import { printTable, summaryLine } from './liveRoomReport';
import { createRawWsTarget } from './rawWsTarget';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CPU = 0;
const GENERATOR_CPU = 1;

const FLAGS = ['viewers', 'seconds', 'rate', 'cheerers', 'cheer-rate', 'signed-in'];

function readOptions(argv: string[]): LiveRoomOptions {
  const unknown = argv.find((a) => a !== '--quick' && !FLAGS.some((name) => a.startsWith(`--${name}=`)));
  if (unknown) throw new Error(`Unknown argument "${unknown}"; use --quick or --${FLAGS.join('=N, --')}=N.`);
  const quick = argv.includes('--quick');
  const flag = (name: string, env: string, fallback: number): number => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    const raw = arg ? arg.slice(name.length + 3) : process.env[env];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} (${env}) must be a positive number, got "${raw}".`);
    return value;
  };
  const viewers = Math.round(flag('viewers', 'BENCH_VIEWERS', quick ? 200 : 1000));
  return {
    viewers,
    seconds: flag('seconds', 'BENCH_SECONDS', quick ? 4 : 10),
    messageRate: flag('rate', 'BENCH_RATE', 20),
    cheerers: Math.round(flag('cheerers', 'BENCH_CHEERERS', 50)),
    cheerRate: flag('cheer-rate', 'BENCH_CHEER_RATE', 5),
    signedIn: Math.min(viewers, Math.round(flag('signed-in', 'BENCH_SIGNED_IN', 40))),
    connectBatch: 100,
    drainTimeoutMs: 10_000,
  };
}

const started = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
/** Run on the way out, newest first; each is idempotent. */
const cleanups: (() => Promise<void> | void)[] = [];

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.reverse().splice(0)) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${error}`);
    }
  }
}

/** Starts one server, runs the room against it, and stops it again. */
async function measure(
  label: string,
  script: string,
  env: Record<string, string>,
  makeTarget: (server: ChildServer) => Promise<LiveRoomTarget>,
  options: LiveRoomOptions,
): Promise<{ result: LiveRoomResult; server: ChildServer }> {
  const server = await startChildServer({ label, script, cwd: ROOT, env: { PORT: '0', HOST: '127.0.0.1', ...env }, cpu: SERVER_CPU });
  cleanups.push(() => server.stop());
  progress(`${label}: server pid ${server.pid} on port ${server.port}`);
  const target = await makeTarget(server);
  cleanups.push(() => target.closeSubscribers());
  const result = await runLiveRoom(target, options, progress);
  await target.closeSubscribers();
  await server.stop();
  if (server.troubleCount > 0) progress(`${label}: server printed ${server.troubleCount} error/warning lines`);
  return { result, server };
}

async function main(options: LiveRoomOptions): Promise<void> {
  const pinned = pinSelf(GENERATOR_CPU);
  progress(
    `live room: ${options.viewers} viewers (${options.signedIn} signed in), ${options.seconds} s, ${options.messageRate} messages/s, ` +
      `${options.cheerers} cheering senders × ${options.cheerRate}/s; ` +
      (pinned ? `servers on CPU ${SERVER_CPU}, load generator on CPU ${GENERATOR_CPU}` : `not pinned (${canPin ? 'taskset failed' : 'no taskset'})`),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'courtside-bench-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const courtside = await measure(
    'courtside',
    'server/main.ts',
    { SERVE_CLIENT: '0', DATABASE_PATH: join(dataDir, 'courtside.db'), NODE_ENV: 'production' },
    (server) => createCourtsideTarget(server, { members: Math.max(options.cheerers, options.signedIn), signedIn: options.signedIn, progress }),
    options,
  );
  const raw = await measure('raw-ws', 'bench/rawWsBaseline.ts', {}, async (server) => createRawWsTarget(server), options);

  printTable([courtside.result, raw.result], options.signedIn);
  for (const line of [...courtside.server.troubleLines, ...raw.server.troubleLines].slice(0, 20)) console.log(line);
  console.log(summaryLine(options.viewers, courtside.result, raw.result));
  for (const { result } of [courtside, raw]) {
    if (result.messagesAcked === 0) throw new Error(`${result.name} acknowledged no message, so the figures above mean nothing.`);
  }
}

async function abort(why: string, code: number): Promise<never> {
  console.error(`live room: ${why}`);
  await cleanUp();
  process.exit(code);
}

let options: LiveRoomOptions;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`live room: ${(error as Error).message}`);
  process.exit(2);
}
// The hard bound: whatever hangs, the run ends (seconds + 120) s after it started.
const limit = options.seconds + 120;
const deadline = setTimeout(() => void abort(`aborted after ${limit} s`, 3), limit * 1000);
process.once('SIGINT', () => void abort('interrupted', 130));
process.once('SIGTERM', () => void abort('terminated', 143));

main(options).then(
  async () => {
    clearTimeout(deadline);
    await cleanUp();
    process.exit(0);
  },
  (error: unknown) => abort(error instanceof Error ? (error.stack ?? error.message) : String(error), 1),
);
