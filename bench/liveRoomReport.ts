// The live-room results side by side, and the one summary line that closes the output.
import { COURTSIDE_LEGEND } from './fanoutReport';
import type { LiveRoomResult } from './liveRoomDriver';

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The rows for one target; `types` is every event type any target received, so rows line up. */
function rows(r: LiveRoomResult, types: string[]): [string, string][] {
  const p50p99 = (l: LiveRoomResult['latencyMs']) => `${fixed(l.p50)} / ${fixed(l.p99)} ms`;
  return [
    ['subscribers connected in', `${fixed(r.connectSeconds)} s`],
    ['messages acked / failed', `${r.messagesAcked} / ${r.messagesFailed}`],
    ['cheers acked / failed', `${r.cheersAcked} / ${r.cheersFailed}`],
    ['deliveries during load', `${int(r.deliveredPerSecond)}/s`],
    ...types.map((type): [string, string] => [`  ${type}`, `${int(r.byTypePerSecond[type] ?? 0)}/s`]),
    ['message latency p50/p95/p99', `${fixed(r.latencyMs.p50)} / ${fixed(r.latencyMs.p95)} / ${fixed(r.latencyMs.p99)} ms`],
    ['message latency max (samples)', `${fixed(r.latencyMs.max)} ms (${int(r.latencyMs.count)})`],
    ['  ingest: sent → createdAt p50/p99', p50p99(r.ingestMs)],
    ['  fanout: createdAt → got p50/p99', p50p99(r.fanoutMs)],
    ['send acked p50/p99/max', `${fixed(r.ackMs.p50)} / ${fixed(r.ackMs.p99)} / ${fixed(r.ackMs.max)} ms`],
    ['  p50/p99 signed-in subscribers', `${p50p99(r.latencyFirstMs)} (${int(r.signedIn)})`],
    ['  p50/p99 anonymous subscribers', `${p50p99(r.latencyRestMs)} (${int(r.viewers - r.signedIn)})`],
    ['send start lag p99 (generator)', `${fixed(r.sendLagP99Ms)} ms`],
    ['bursts/s per subscriber mean/max', `${fixed(r.bursts.meanPerSecond, 2)} / ${fixed(r.bursts.maxPerSecond, 2)}`],
    ['most bursts in 1 s, min gap', `${r.bursts.maxInOneSecond}, ${fixed(r.bursts.minGapMs)} ms`],
    ['subscribers that saw all cheers', `${r.bursts.subscribersWithAllCheers}`],
    ['every acked message once, in order', r.order.ok ? 'yes' : `NO (${r.order.badSubscribers} subscribers)`],
    ['  missing/dup/reordered/unexpected', `${r.order.missing}/${r.order.duplicates}/${r.order.outOfOrder}/${r.order.unexpected}`],
    ['drained within timeout', r.drainedFully ? 'yes' : 'NO'],
    ['measured window', `${fixed(r.measuredSeconds, 2)} s, ${int(r.deliveredInMeasured)} deliveries`],
    ['server CPU in window', `${fixed(r.serverCpuSeconds, 2)} s (${int((100 * r.serverCpuSeconds) / r.measuredSeconds)}% of a core)`],
    ['server CPU per delivery', `${fixed(r.cpuMicrosPerDelivery, 2)} µs`],
    ['server RSS idle/connected/end', `${mb(r.rss.idle)} / ${mb(r.rss.connected)} / ${mb(r.rss.end)}`],
    ['server RSS per connection', `${fixed(r.rss.perConnection / 1024)} KB`],
    ['load generator CPU', `${int(100 * r.loadGeneratorCpuShare)}% of a core`],
    ['waited for a busy CPU server/gen', `${fixed(r.runQueueWait.server, 2)} / ${fixed(r.runQueueWait.generator, 2)} s`],
    ['socket closes/errors', `${r.troubleCount}`],
    ['accept queue overflows (machine)', `${int(r.listenOverflows)}`],
  ];
}

/** The table: one column per target, rows in the order of `rows`. */
export function printTable(results: LiveRoomResult[]): void {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.byTypePerSecond)))].sort();
  const columns = results.map((r) => rows(r, types));
  const labels = columns[0].map(([label]) => label);
  const labelWidth = Math.max(...labels.map((l) => l.length)) + 2;
  const widths = columns.map((column, i) => Math.max(results[i].name.length, ...column.map(([, v]) => v.length)) + 3);
  console.log(`\n${''.padEnd(labelWidth)}${results.map((r, i) => r.name.padStart(widths[i])).join('')}`);
  labels.forEach((label, row) => console.log(`${label.padEnd(labelWidth)}${columns.map((c, i) => c[row][1].padStart(widths[i])).join('')}`));
  console.log(COURTSIDE_LEGEND);
  for (const r of results) {
    if (r.runQueueWait.server > 0.1 * r.measuredSeconds) {
      console.log(
        `${r.name}: the server waited ${fixed(r.runQueueWait.server, 2)} s for a CPU that other work held; its latencies are inflated by that, its CPU per delivery barely`,
      );
    }
    if (r.sendLagP99Ms > 50) console.log(`${r.name}: the load generator started sends up to ${fixed(r.sendLagP99Ms)} ms late (p99); latencies include that lag`);
    const bySecond = r.latencyBySecondMs.map((l, second) => `${second}s ${fixed(l.p50, 0)}/${fixed(l.p99, 0)}`);
    console.log(`${r.name}: message latency p50/p99 ms by second sent: ${bySecond.join(', ')}`);
    for (const [kind, count] of r.failures) console.log(`${r.name}: ${count} failed sends: ${kind}`);
    for (const line of r.order.examples) console.log(`${r.name}: ${line}`);
    for (const line of r.troubles) console.log(`${r.name}: ${line}`);
  }
}

/** Every send was acknowledged, and every subscriber got each acknowledged message once, in order. */
export const allDelivered = (r: LiveRoomResult): boolean => r.order.ok && r.messagesFailed === 0 && r.messagesAcked > 0;

/** Cheers are summed per 250 ms window, so a room that cheers all along gets this many bursts a second. */
const BURSTS_PER_SECOND = 4;

/**
 * Deliveries a second the load asks for: every acknowledged message and one burst per cheering
 * window, to every viewer (the window count is the steady rate; the first and last may differ).
 */
const expectedPerSecond = (r: LiveRoomResult): number => r.viewers * (r.messagesAcked / r.loadSeconds + (r.cheersAcked > 0 ? BURSTS_PER_SECOND : 0));

/** A closing line for one Courtside column; "delivered once in order" is its verdict (the baseline's is in the table). */
export function summaryLine(viewers: number, courtside: LiveRoomResult, raw: LiveRoomResult): string {
  const n = (x: number) => int(x).replaceAll(',', '');
  return (
    `live room N=${viewers} ${courtside.name} (${int(courtside.signedIn)} signed in): ${fixed(courtside.cpuMicrosPerDelivery, 2)} us/delivery, raw-ws ${fixed(raw.cpuMicrosPerDelivery, 2)} us/delivery, ` +
    `ratio ${fixed(courtside.cpuMicrosPerDelivery / raw.cpuMicrosPerDelivery, 2)}; ` +
    `delivered ${n(courtside.deliveredPerSecond)}/s of ${n(expectedPerSecond(courtside))}/s (p99 ${fixed(courtside.latencyMs.p99)} ms) vs ` +
    `raw-ws ${n(raw.deliveredPerSecond)}/s of ${n(expectedPerSecond(raw))}/s (p99 ${fixed(raw.latencyMs.p99)} ms); ` +
    `RSS/conn ${fixed(courtside.rss.perConnection / 1024)} KB vs ${fixed(raw.rss.perConnection / 1024)} KB; ` +
    `every message delivered once in order: ${allDelivered(courtside) ? 'yes' : 'no'}`
  );
}
