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
import { createBenchRun, readFlags } from './benchRun';
import { canPin, pinSelf, startChildServer, type ChildServer } from './childServer';
import { createCourtsideTarget } from './courtsideTarget';
import { runLiveRoom, type LiveRoomOptions, type LiveRoomResult } from './liveRoomDriver';
import type { LiveRoomTarget } from './liveRoomTarget';
import { printTable, summaryLine } from './liveRoomReport';
import { createRawWsTarget } from './rawWsTarget';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CPU = 0;
const GENERATOR_CPU = 1;

function readOptions(argv: string[]): LiveRoomOptions {
  const flags = readFlags(argv, ['viewers', 'seconds', 'rate', 'cheerers', 'cheer-rate', 'signed-in'], ['quick']);
  const quick = flags.has('quick');
  const viewers = Math.round(flags.number('viewers', 'BENCH_VIEWERS', quick ? 200 : 1000));
  return {
    viewers,
    seconds: flags.number('seconds', 'BENCH_SECONDS', quick ? 4 : 10),
    messageRate: flags.number('rate', 'BENCH_RATE', 20),
    cheerers: Math.round(flags.number('cheerers', 'BENCH_CHEERERS', 50)),
    cheerRate: flags.number('cheer-rate', 'BENCH_CHEER_RATE', 5),
    signedIn: Math.min(viewers, Math.round(flags.number('signed-in', 'BENCH_SIGNED_IN', 40))),
    connectBatch: 100,
    drainTimeoutMs: 10_000,
  };
}

const bench = createBenchRun('live room');
const { progress } = bench;

/** Starts one server, runs the room against it, and stops it again. */
async function measure(
  label: string,
  script: string,
  env: Record<string, string>,
  makeTarget: (server: ChildServer) => Promise<LiveRoomTarget>,
  options: LiveRoomOptions,
): Promise<{ result: LiveRoomResult; server: ChildServer }> {
  const server = await startChildServer({ label, script, cwd: ROOT, env: { PORT: '0', HOST: '127.0.0.1', ...env }, cpu: SERVER_CPU });
  bench.onCleanup(() => server.stop());
  progress(`${label}: server pid ${server.pid} on port ${server.port}`);
  const target = await makeTarget(server);
  bench.onCleanup(() => target.closeSubscribers());
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
  bench.onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));

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

const options = bench.options(() => readOptions(process.argv.slice(2)));
// The hard bound: whatever hangs, the run ends (seconds + 120) s after it started.
bench.run(() => main(options), options.seconds + 120);
