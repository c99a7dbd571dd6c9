// The fan-out results: one table row per N, rate and server, the memory and the sustained rates per
// server, notes on anything that makes a figure less than it seems, and the closing summary line.
import { KEEP_UP_P99_MS, type FanoutRun, type RungResult } from './fanoutLadder';

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const pct = (share: number) => (Number.isFinite(share) ? `${Math.round(100 * share)}%` : '-');
const rate = (r: number) => String(Number(r.toFixed(2)));
/** Above this share of a core the generators may be what limits a rate, not the server. */
const GENERATOR_BUSY = 0.85;

/** The Courtside rows: the headline and the simplified case. */
const isCourtside = (name: string) => name.startsWith('courtside');

/** What each Courtside row measures, printed under the tables. */
export const COURTSIDE_LEGEND =
  "courtside = the bundled client's own RoomEvents document (client/src/events/roomEventStream.ts), every subscriber signed in as a guest of its own: " +
  "what the product has. courtside-minimal = minimal document, anonymous viewers — a simplified case. raw-ws sends a frame of the client document's shape to both.";

/** The highest rate on the ladder the run kept up with, or 0. */
export const sustained = (run: FanoutRun | undefined): number => Math.max(0, ...(run?.rungs ?? []).filter((r) => r.keptUp).map((r) => r.rate));

function printRows(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function rungCells(r: RungResult): string[] {
  if (r.skipped)
    return ['-', '-', '-', '-', '-', '-', '-', '-', '-', '-', r.skipped === 'server exited' ? 'not run (exited)' : r.skipped === 'out of time' ? 'not run (time)' : 'skipped'];
  const kept = r.keptUp ? 'yes' : r.drain !== 'drained' ? `NO (${r.drain})` : !r.order.ok ? 'NO (order)' : r.failed > 0 ? 'NO (sends)' : 'NO (p99)';
  return [
    int(r.deliveredPerSecond),
    fixed(r.latencyMs.p50),
    fixed(r.latencyMs.p99),
    fixed(r.latencyMs.max),
    fixed(r.ingestMs.p99),
    fixed(r.cpuMicrosPerDelivery, 2),
    pct(r.serverCpuShare),
    pct(r.generatorCpuShare),
    `${pct(r.otherWork.server)}/${pct(r.otherWork.generators)}`,
    `${fixed(r.drainSeconds)} s`,
    r.retries > 0 ? `${kept} (try ${r.retries + 1})` : kept,
  ];
}

/** The big table: every N, every rate, every server, with Courtside's cost relative to the other two. */
export function printTable(runs: FanoutRun[]): void {
  const header = [
    'N',
    'rate',
    'offered/s',
    'server',
    'delivered/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'ingest p99',
    'µs/deliv',
    'srv CPU',
    'gen CPU',
    'other',
    'drain',
    'kept up',
    'cs/raw',
    'cs/naive',
  ];
  const rows: string[][] = [];
  for (const n of [...new Set(runs.map((r) => r.subscribers))]) {
    const atN = runs.filter((r) => r.subscribers === n);
    const rates = [...new Set(atN.flatMap((r) => r.rungs.map((g) => g.rate)))];
    for (const messages of rates) {
      const cost = (name: string) => atN.find((r) => r.name === name)?.rungs.find((g) => g.rate === messages)?.cpuMicrosPerDelivery ?? NaN;
      for (const run of atN) {
        const rung = run.rungs.find((g) => g.rate === messages);
        const first = run === atN[0];
        const ratios = isCourtside(run.name) ? [fixed(cost(run.name) / cost('raw-ws'), 2), fixed(cost(run.name) / cost('naive-yoga'), 2)] : ['', ''];
        rows.push([
          first ? int(n) : '',
          first ? `${rate(messages)}/s` : '',
          first ? int(messages * n) : '',
          run.name,
          ...(rung ? rungCells(rung) : ['-', '-', '-', '-', '-', '-', '-', '-', '-', '-', 'not run']),
          ...ratios,
        ]);
      }
    }
  }
  console.log('');
  printRows(header, rows);
  console.log(
    `rate = messages/s offered open-loop, each to every subscriber; latency = scheduled send → receipt at the subscriber; ingest p99 = scheduled send → ` +
      `the server's createdAt; µs/deliv = server CPU (user+sys, /proc) from the first send until the last delivery, per delivery; srv/gen CPU = share of ` +
      `one core; other = share of the server's / the generators' CPU that other processes used (the machine is shared; a rate that failed with more than 15% is run again, "try 2", and the ladder goes on past it); cs/raw, cs/naive = that Courtside row's µs per delivery over the other's at the same N and rate. Kept up = every message reached every ` +
      `subscriber once, in order, with p99 ≤ ${KEEP_UP_P99_MS} ms; above the first rate a server did not keep up with undisturbed or while busy (≥ 60% of a core), its ladder stops (skipped).`,
  );
  console.log(COURTSIDE_LEGEND);
}

/** Per server and N: connecting, memory, and the highest rate kept up with. */
export function printServers(runs: FanoutRun[]): void {
  const rows = runs.map((r) => [
    int(r.subscribers),
    r.name,
    String(r.generators),
    `${fixed(r.connectSeconds)} s`,
    `${fixed(r.rss.idle / 2 ** 20, 0)} MB`,
    `${fixed(r.rss.connected / 2 ** 20, 0)} MB`,
    `${fixed(r.rss.end / 2 ** 20, 0)} MB`,
    `${fixed(r.rss.perConnection / 1024)} KB`,
    `${rate(sustained(r))}/s`,
    `${int(sustained(r) * r.subscribers)}/s`,
  ]);
  console.log('');
  printRows(['N', 'server', 'gens', 'connect', 'RSS idle', 'connected', 'end', 'RSS/conn', 'sustained', 'deliveries/s'], rows);
  const at10k = runs.filter((r) => r.subscribers === 10_000);
  if (at10k.length > 0) console.log(`RSS per connection at N=10000: ${at10k.map((r) => `${r.name} ${fixed(r.rss.perConnection / 1024)} KB`).join(', ')}`);
}

/** What makes a figure less than it seems, and every failure. */
export function printNotes(runs: FanoutRun[]): void {
  for (const run of runs) {
    for (const r of run.rungs.filter((g) => !g.skipped)) {
      const at = `${run.name} N=${run.subscribers} ${rate(r.rate)}/s`;
      if (r.generatorCpuShare > GENERATOR_BUSY)
        console.log(`note: ${at}: the load generators used ${pct(r.generatorCpuShare)} of their core; latency there may be theirs as much as the server's`);
      if (r.sendLagP99Ms > 50) console.log(`note: ${at}: sends started up to ${fixed(r.sendLagP99Ms)} ms late (p99); latency includes that`);
    }
    for (const note of run.notes) console.log(`note: N=${run.subscribers}: ${note}`);
    for (const failure of run.failures) console.log(`FAILED: ${failure}`);
  }
}

/**
 * A closing line: one Courtside row (`name`) against the raw ceiling at N (5,000 in a full run),
 * both measured at one rate: the highest both kept up with, else the lowest run.
 */
export function summaryLine(runs: FanoutRun[], n: number, name = 'courtside'): string {
  const courtside = runs.find((r) => r.name === name && r.subscribers === n);
  const raw = runs.find((r) => r.name === 'raw-ws' && r.subscribers === n);
  if (!courtside || !raw) return `fanout N=${n}: ${name} or raw-ws was not run`;
  const [a, b] = [sustained(courtside), sustained(raw)];
  const at = Math.min(a, b) || Math.min(...courtside.rungs.map((r) => r.rate));
  const rung = (run: FanoutRun) => run.rungs.find((r) => r.rate === at && !r.skipped);
  const [x, y] = [rung(courtside), rung(raw)];
  const cost = (r: RungResult | undefined) => r?.cpuMicrosPerDelivery ?? NaN;
  const kb = (run: FanoutRun) => fixed(run.rss.perConnection / 1024);
  return (
    `fanout N=${n} ${name}: ${fixed(cost(x), 2)} us/delivery, raw-ws ${fixed(cost(y), 2)} us/delivery, ratio ${fixed(cost(x) / cost(y), 2)} at ${rate(at)}/s; ` +
    `delivered ${int(x?.deliveredPerSecond ?? NaN).replaceAll(',', '')}/s of ${int(at * n).replaceAll(',', '')}/s (raw-ws ${int(y?.deliveredPerSecond ?? NaN).replaceAll(',', '')}/s), ` +
    `p99 ${fixed(x?.latencyMs.p99 ?? NaN)} ms (raw-ws ${fixed(y?.latencyMs.p99 ?? NaN)} ms); RSS/conn ${kb(courtside)} KB (raw-ws ${kb(raw)} KB); ` +
    `sustained ${rate(a)}/s vs ${rate(b)}/s`
  );
}
