// Benchmark: how many messages a second Courtside acknowledges when many people send at once, against
// what the same disk does for the same rows with plain better-sqlite3, in one run.
//
//   npx tsx bench/sends.ts [--quick] [--seconds=10] [--senders=50] [--batch=20] [--postgres]
//   npm run bench:sends:postgres
//
// Options also come from BENCH_SECONDS, BENCH_SENDERS, BENCH_BATCH. --quick is 3 s. Courtside runs as
// a child process pinned to CPU 0 with RATE_LIMITS=off and SQLITE_SYNCHRONOUS=FULL, its database in
// a temporary directory; `senders` members each send over HTTP `sendMessage` in a closed loop with
// distinct prose bodies (so repeat detection refuses none), then ask `{ me { id } }` for half as long:
// the floor of HTTP, authentication and GraphQL under any send. Then, in this process (pinned to CPU 1),
// the rows Courtside stored are inserted into fresh files in the same directory: one row per
// transaction, and `batch` rows per transaction. Loopback only; a hard time limit; the temporary
// files are deleted. Exits non-zero when a send failed or the server died. The last line is the
// summary.
//
// --postgres (or BENCH_POSTGRES=1): Courtside runs with DATABASE_URL on a database of the bench's own,
// made on the local PostgreSQL through BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test)
// and dropped at the end; the reference is raw `pg` single-row transactions (BEGIN; INSERT; COMMIT) of
// the rows Courtside stored, from as many workers as senders over a pool as large as the server's (10).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchRun, readFlags } from './benchRun';
import { canPin, COURTSIDE_SERVER, pinSelf, startChildServer } from './childServer';
import { seedCourtside } from './courtsideSeed';
import { createCourtsideTarget } from './courtsideTarget';
import { cpuBetween, createBenchDatabase, DEFAULT_ADMIN_URL } from './benchPostgres';
import { insertRowsPg, readPgMessages } from './rawPgInserts';
import { insertRows, readMessages, type InsertResult } from './rawSqliteInserts';
import { runSenders } from './sendsLoad';
import { summarize } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_CPU = 0;
const GENERATOR_CPU = 1;

interface SendsOptions {
  seconds: number;
  senders: number;
  batch: number;
  postgres: boolean;
}

/** The server's pool size (DATABASE_POOL_SIZE's default), given to the raw pg reference too. */
const PG_POOL = 10;

function readOptions(argv: string[]): SendsOptions {
  const flags = readFlags(argv, ['seconds', 'senders', 'batch'], ['quick', 'postgres']);
  return {
    postgres: flags.has('postgres') || process.env.BENCH_POSTGRES === '1',
    seconds: flags.number('seconds', 'BENCH_SECONDS', flags.has('quick') ? 3 : 10),
    senders: Math.round(flags.number('senders', 'BENCH_SENDERS', 50)),
    batch: Math.round(flags.number('batch', 'BENCH_BATCH', 20)),
  };
}

const bench = createBenchRun('sends');
const { progress } = bench;
const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');

async function main({ seconds, senders, batch, postgres }: SendsOptions): Promise<number> {
  const pinned = pinSelf(GENERATOR_CPU);
  const reference = postgres ? 'raw pg single-row transactions' : `raw better-sqlite3 single-row and ${batch}-row transactions`;
  progress(
    `sends: ${senders} concurrent senders for ${seconds} s on ${postgres ? 'PostgreSQL' : 'SQLite'}, then ${reference}; ` +
      (pinned ? `server on CPU ${SERVER_CPU}, senders and raw inserts on CPU ${GENERATOR_CPU}` : `not pinned (${canPin ? 'taskset failed' : 'no taskset'})`),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'courtside-sends-'));
  bench.onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const databasePath = join(dataDir, 'courtside.db');
  const pgDatabase = postgres ? await createBenchDatabase(process.env.BENCH_PG_ADMIN_URL || DEFAULT_ADMIN_URL, `courtside_bench_${process.pid}`) : null;
  if (pgDatabase) {
    bench.onCleanup(() => pgDatabase.drop());
    progress(`postgres: database ${pgDatabase.name} (${pgDatabase.settings})`);
  }
  const store: Record<string, string> = pgDatabase ? { DATABASE_URL: pgDatabase.url } : { DATABASE_PATH: databasePath, SQLITE_SYNCHRONOUS: 'FULL' };
  const env = { PORT: '0', HOST: '127.0.0.1', SERVE_CLIENT: '0', NODE_ENV: 'production', RATE_LIMITS: 'off', ...store };
  const seed = await seedCourtside({ cwd: ROOT, env, guests: senders, members: senders, progress });
  const server = await startChildServer({ label: 'courtside', script: COURTSIDE_SERVER, cwd: ROOT, env, cpu: SERVER_CPU });
  bench.onCleanup(() => server.stop());
  progress(`courtside: server pid ${server.pid} on port ${server.port}, database in ${dataDir}`);
  const target = await createCourtsideTarget(server, seed, { signedIn: 0, document: 'client', progress });
  // On PostgreSQL part of a send's cost is the database's own processes (in SQLite it is in the server's).
  const backendsBefore = await pgDatabase?.backendCpu();
  const courtside = await runSenders(target, senders, seconds, progress);
  const backendSeconds = pgDatabase && backendsBefore ? cpuBetween(backendsBefore, await pgDatabase.backendCpu()) : null;
  // The floor under any send: the same senders asking the same server for `{ me { id } }`.
  const floorSeconds = Math.max(2, seconds / 2);
  const floor = await runSenders(target, senders, floorSeconds, progress, (index) => target.readMe(index), 'reads of { me { id } }');
  const crashed = server.exited();
  await server.stop();
  progress(`courtside: ${courtside.acked} sends acknowledged, ${courtside.failed} failed; server stopped`);

  let single: InsertResult;
  let batched: InsertResult | null = null;
  if (pgDatabase) {
    const rows = await readPgMessages(pgDatabase.url);
    progress(`raw pg: inserting the ${rows.length} stored rows, 1 per transaction, ${senders} workers over a pool of ${PG_POOL}`);
    single = await insertRowsPg(pgDatabase.url, rows, { concurrency: senders, poolSize: PG_POOL, maxSeconds: seconds, progress });
  } else {
    const { ddl, rows } = readMessages(databasePath);
    const raw = (perTransaction: number): InsertResult => {
      progress(`raw: inserting the ${rows.length} stored rows, ${perTransaction} per transaction`);
      return insertRows(join(dataDir, `raw-${perTransaction}.db`), ddl, rows, perTransaction, seconds, progress);
    };
    single = raw(1);
    batched = raw(batch);
  }

  const acks = summarize(courtside.acks.values());
  const courtsideRate = courtside.acked / courtside.seconds;
  console.log('');
  console.log(`${''.padEnd(40)}${'rows/s'.padStart(10)}${'per row'.padStart(12)}${'rows'.padStart(10)}${'seconds'.padStart(10)}`);
  const row = (label: string, perSecond: number, count: number, secs: number) =>
    console.log(`${label.padEnd(40)}${int(perSecond).padStart(10)}${`${fixed(1e6 / perSecond)} µs`.padStart(12)}${int(count).padStart(10)}${fixed(secs, 1).padStart(10)}`);
  row(`courtside sendMessage, ${senders} senders`, courtsideRate, courtside.acked, courtside.seconds);
  row(`courtside { me { id } }, ${senders} senders`, floor.acked / floor.seconds, floor.acked, floor.seconds);
  row(pgDatabase ? `raw pg, 1 row per txn, pool ${PG_POOL}` : 'raw better-sqlite3, 1 row per txn', single.rowsPerSecond, single.rows, single.seconds);
  if (batched) row(`raw better-sqlite3, ${batch} rows per txn`, batched.rowsPerSecond, batched.rows, batched.seconds);
  console.log(
    `courtside: acknowledged p50/p99/max ${fixed(acks.p50, 1)} / ${fixed(acks.p99, 1)} / ${fixed(acks.max, 1)} ms; server CPU ${fixed((100 * courtside.serverCpuSeconds) / courtside.seconds)}% ` +
      `of a core, ${fixed((courtside.serverCpuSeconds * 1e6) / Math.max(1, courtside.acked))} µs per send; senders' CPU ${fixed((100 * courtside.generatorCpuSeconds) / courtside.seconds)}%`,
  );
  console.log(
    `courtside { me { id } } (HTTP, authentication, GraphQL; no write): server CPU ${fixed((100 * floor.serverCpuSeconds) / floor.seconds)}% of a core, ` +
      `${fixed((floor.serverCpuSeconds * 1e6) / Math.max(1, floor.acked))} µs per request; senders' CPU ${fixed((100 * floor.generatorCpuSeconds) / floor.seconds)}%`,
  );
  if (backendSeconds !== null) {
    console.log(
      `courtside: PostgreSQL backends' CPU ${fixed((100 * backendSeconds) / courtside.seconds)}% of a core, ${fixed((backendSeconds * 1e6) / Math.max(1, courtside.acked))} µs per send (not in the server CPU above)`,
    );
  }
  console.log(
    pgDatabase
      ? `raw rows: Courtside's stored messages rows, into a copy of the messages table with its indexes and search column (no room_events row, no last_seq update); ${pgDatabase.settings}`
      : `raw rows: Courtside's stored messages rows, into the same messages table and indexes (no room_events row, no lastSeq update, no search index); WAL, synchronous=FULL, IMMEDIATE transactions`,
  );
  for (const [kind, count] of courtside.failures) console.log(`FAILED: ${count} sends: ${kind}`);
  for (const [kind, count] of floor.failures) console.log(`FAILED: ${count} reads: ${kind}`);
  for (const line of server.troubleLines.slice(0, 10)) console.log(`note: ${line}`);
  if (crashed) console.log('FAILED: the server exited during the run');
  console.log(
    `sends (${postgres ? 'postgres' : 'sqlite'}): courtside ${fixed(courtsideRate)}/s, raw single-row ${fixed(single.rowsPerSecond)}/s, ratio ${fixed(courtsideRate / single.rowsPerSecond, 2)}` +
      (batched ? `; raw ${batch}-row batches ${fixed(batched.rowsPerSecond)}/s` : ''),
  );
  return courtside.failed > 0 || floor.failed > 0 || crashed || courtside.acked === 0 ? 1 : 0;
}

const options = bench.options(() => readOptions(process.argv.slice(2)));
bench.run(() => main(options), 4 * options.seconds + 90);
