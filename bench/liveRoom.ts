// Benchmark: one live room with N viewers while members chat and cheer, Courtside against a minimal
// raw-ws broadcaster on the same machine, same N and same rates, in one run. The headline Courtside
// column ("courtside") is the product: every viewer sends the bundled client's own RoomEvents
// document, signed in as a guest of its own (the cheering senders are the first 50 of them). The
// second ("courtside-minimal") is a simplified case: the bench's minimal document, anonymous viewers;
// --headline-only leaves it out.
//
//   npx tsx bench/liveRoom.ts [--quick] [--headline-only] [--viewers=1000] [--seconds=10] [--rate=20]
//                             [--cheerers=50] [--cheer-rate=5] [--signed-in=<viewers>]
//
// Options also come from BENCH_VIEWERS, BENCH_SECONDS, BENCH_RATE, BENCH_CHEERERS, BENCH_CHEER_RATE,
// BENCH_SIGNED_IN (argv wins). --signed-in is how many of the headline's viewers sign in (all by
// default). --quick is 200 viewers for 4 s. Servers run as child processes pinned to CPU 0, this
// load generator to CPU 1 (when taskset exists). Only loopback traffic. The run aborts after
// (3 × seconds + 180) s whatever happens, always kills its children and deletes its databases, and
// ends with one summary line per Courtside column, the headline last (see liveRoomReport.ts).
// Courtside runs with RATE_LIMITS=off: a thousand guests are created from one address, which the
// per-address limits on joinAsGuest would refuse.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchRun, readFlags } from './benchRun';
import { canPin, COURTSIDE_SERVER, pinSelf, startChildServer, type ChildServer } from './childServer';
import { seedCourtside } from './courtsideSeed';
import { COURTSIDE_NAMES, createCourtsideTarget, type SubscriptionDocument } from './courtsideTarget';
import { runLiveRoom, type LiveRoomOptions, type LiveRoomResult } from './liveRoomDriver';
import type { LiveRoomTarget } from './liveRoomTarget';
import { printTable, summaryLine } from './liveRoomReport';
import { createRawWsTarget } from './rawWsTarget';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CPU = 0;
const GENERATOR_CPU = 1;

interface LiveRoomRun extends LiveRoomOptions {
  /** Without the minimal-anonymous Courtside column. */
  headlineOnly: boolean;
}

function readOptions(argv: string[]): LiveRoomRun {
  const flags = readFlags(argv, ['viewers', 'seconds', 'rate', 'cheerers', 'cheer-rate', 'signed-in'], ['quick', 'headline-only']);
  const quick = flags.has('quick');
  const viewers = Math.round(flags.number('viewers', 'BENCH_VIEWERS', quick ? 200 : 1000));
  return {
    viewers,
    seconds: flags.number('seconds', 'BENCH_SECONDS', quick ? 4 : 10),
    messageRate: flags.number('rate', 'BENCH_RATE', 20),
    cheerers: Math.round(flags.number('cheerers', 'BENCH_CHEERERS', 50)),
    cheerRate: flags.number('cheer-rate', 'BENCH_CHEER_RATE', 5),
    signedIn: Math.min(viewers, Math.round(flags.number('signed-in', 'BENCH_SIGNED_IN', viewers))),
    connectBatch: 100,
    drainTimeoutMs: 10_000,
    headlineOnly: flags.has('headline-only'),
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

/** Courtside with RATE_LIMITS=off (see the top), its database in `dataDir`. */
const courtsideEnv = (dataDir: string, name: string) => ({ SERVE_CLIENT: '0', DATABASE_PATH: join(dataDir, `${name}.db`), NODE_ENV: 'production', RATE_LIMITS: 'off' });

async function main({ headlineOnly, ...options }: LiveRoomRun): Promise<void> {
  const pinned = pinSelf(GENERATOR_CPU);
  progress(
    `live room: ${options.viewers} viewers (courtside: client document, ${options.signedIn} signed in` +
      `${headlineOnly ? '' : '; courtside-minimal: minimal document, all anonymous'}), ${options.seconds} s, ${options.messageRate} messages/s, ` +
      `${options.cheerers} cheering senders × ${options.cheerRate}/s; ` +
      (pinned ? `servers on CPU ${SERVER_CPU}, load generator on CPU ${GENERATOR_CPU}` : `not pinned (${canPin ? 'taskset failed' : 'no taskset'})`),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'courtside-bench-'));
  bench.onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));

  // The cheering senders are the first members; every message rotates over them too.
  const members = Math.max(1, options.cheerers);
  /** Seeds Courtside's database for `signedIn` viewers, then measures it with `document`. */
  const courtside = async (document: SubscriptionDocument, signedIn: number) => {
    const env = courtsideEnv(dataDir, COURTSIDE_NAMES[document]);
    const seed = await seedCourtside({ cwd: ROOT, env, guests: signedIn, members, progress });
    return measure(COURTSIDE_NAMES[document], COURTSIDE_SERVER, env, (server) => createCourtsideTarget(server, seed, { signedIn, document, progress }), { ...options, signedIn });
  };
  const headline = await courtside('client', options.signedIn);
  const minimal = headlineOnly ? null : await courtside('minimal', 0);
  const raw = await measure('raw-ws', 'bench/rawWsBaseline.ts', {}, async (server) => createRawWsTarget(server), { ...options, signedIn: 0 });

  const runs = minimal ? [headline, minimal, raw] : [headline, raw];
  printTable(runs.map((run) => run.result));
  for (const line of runs.flatMap((run) => run.server.troubleLines).slice(0, 20)) console.log(line);
  if (minimal) console.log(summaryLine(options.viewers, minimal.result, raw.result));
  console.log(summaryLine(options.viewers, headline.result, raw.result));
  for (const { result } of runs) {
    if (result.messagesAcked === 0) throw new Error(`${result.name} acknowledged no message, so the figures above mean nothing.`);
  }
}

const options = bench.options(() => readOptions(process.argv.slice(2)));
// The hard bound: whatever hangs, the run ends (3 × seconds + 180) s after it started.
bench.run(() => main(options), 3 * options.seconds + 180);
