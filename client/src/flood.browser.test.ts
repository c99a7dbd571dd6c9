// A room in a flood, in a real browser against the real server: ten senders post 60 messages a
// second over HTTP for 8 s while the page follows the room, and the page is measured — messages
// mounted and loaded (sampled every 200 ms), how late a setTimeout(0) probe runs (every 100 ms), long
// tasks, long animation frames and slow key presses — while the composer is typed into. Then a reader
// scrolls up during a second flood: their place must not move, the new messages are counted, and
// scrolling up finds every message again. The figures are printed (console.log) so they can be quoted.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, prose, room, send, startServer, type TestServer } from '../../server/test/harness';
import { FOLLOWING_MAX } from './messages/timelineBounds';
import { buildClientIfStale, launchChromium, openRoomPage } from './testing/browserHarness';

const SENDERS = 10;
/** Mounted message elements allowed at any moment (only rows near the view are mounted). */
const MAX_MOUNTED = 400;
/** Loaded while following: the cap, plus what arrives while the cursor for a trim is read. */
const MAX_LOADED = FOLLOWING_MAX + 60;
/**
 * Responsiveness bounds that hold on a loaded 2-core machine (other test runs and benchmarks share
 * it, and the server and its senders run beside the browser): measured well under them, see the log.
 */
const MAX_PROBE_P95_MS = 200;
const MAX_LONG_TASK_MS = 1_000;
const TYPED = 'Still typing through the flood';

let server: TestServer;
let browser: Browser;
let page: Page;
let roomId: string;
let senders: string[];
let kickOff: Sent;
const everySent: Sent[] = [];

interface Sent {
  body: string;
  seq: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const list = () => page.getByTestId('message-list');
const toLatest = () => page.locator('.to-latest');

/** Posts `rate` messages a second for `ms`, each sender taking the next slot when free; in seq order. */
async function flood(rate: number, ms: number, firstSeed: number): Promise<Sent[]> {
  const total = Math.round((rate * ms) / 1000);
  const start = Date.now();
  const sent: Sent[] = [];
  let next = 0;
  async function sender(token: string): Promise<void> {
    for (let index = next++; index < total; index = next++) {
      const wait = start + (index * 1000) / rate - Date.now();
      if (wait > 0) await sleep(wait);
      // Lengths vary so rows wrap to different heights.
      const result = await send(server, token, roomId, prose(30 + ((index * 37) % 190), firstSeed + index));
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      // The body as posted: content rules may mask part of it.
      sent.push({ body: result.data.sendMessage.body, seq: result.data.sendMessage.seq });
    }
  }
  await Promise.all(senders.map(sender));
  everySent.push(...sent);
  return sent.sort((a, b) => a.seq - b.seq);
}

/** What the probes collect in the page, in ms. */
interface Probe {
  delays: number[];
  longTasks: number[];
  longFrames: number[];
  keys: number[];
  stop(): void;
}

/** In the page: long tasks, long animation frames, slow key presses, and the delay of a setTimeout(0) every 100 ms. */
function installProbes(): void {
  const probe: Probe = { delays: [], longTasks: [], longFrames: [], keys: [], stop: () => {} };
  new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => probe.longTasks.push(entry.duration))).observe({ type: 'longtask' });
  new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => probe.longFrames.push(entry.duration))).observe({ type: 'long-animation-frame' });
  // Key presses taking 16 ms or more from the key to the next paint (the least Event Timing reports).
  new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => entry.name.startsWith('key') && probe.keys.push(entry.duration))).observe({
    type: 'event',
    durationThreshold: 16,
  } as PerformanceObserverInit);
  const interval = setInterval(() => {
    const asked = performance.now();
    setTimeout(() => probe.delays.push(performance.now() - asked), 0);
  }, 100);
  probe.stop = () => clearInterval(interval);
  Object.assign(window, { floodProbe: probe });
}

const sample = (view: Locator) =>
  view.evaluate((node) => ({
    mounted: node.querySelectorAll('[data-testid="message"]').length,
    elements: node.getElementsByTagName('*').length,
    loaded: Number(node.getAttribute('data-loaded-count')),
  }));

const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The mounted messages, top to bottom. */
const mountedRows = (view: Locator) =>
  view.evaluate((node) =>
    [...node.querySelectorAll('[data-testid="message"]')].map((row) => ({
      seq: Number(row.getAttribute('data-seq')),
      body: row.querySelector('[data-testid="message-body"]')!.textContent!,
    })),
  );

/**
 * Messages read by scrolling up `step` of a view at a time until `done` (only rows near the view are
 * mounted), oldest first; every view's rows must be in seq order.
 */
async function readUpwards(step: number, done: (seen: Map<number, string>) => Promise<boolean>): Promise<Sent[]> {
  const seen = new Map<number, string>();
  for (let i = 0; i < 400 && !(await done(seen)); i++) {
    const rows = await mountedRows(list());
    expect(rows.map((row) => row.seq)).toEqual(rows.map((row) => row.seq).sort((a, b) => a - b));
    for (const row of rows) seen.set(row.seq, row.body);
    await list().evaluate((view, by) => view.scrollBy(0, -view.clientHeight * by), step);
    await frames();
  }
  return [...seen].map(([seq, body]) => ({ seq, body })).sort((a, b) => a.seq - b.seq);
}

/** The newest message is shown at the bottom of the list. */
const newestInView = () =>
  list()
    .getByTestId('message')
    .last()
    .evaluate((node) => {
      const box = node.getBoundingClientRect();
      const view = node.closest('[role="log"]')!.getBoundingClientRect();
      return box.bottom <= view.bottom + 1 && box.bottom > view.top;
    });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number) => Math.round(n * 10) / 10;

describe('a room in a flood, in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    server = await startServer({ serveClient: true, rateLimitsEnabled: false });
    const viewer = await guest(server, 'Viewer');
    const owner = await guest(server, 'Owner');
    roomId = await room(server, owner.token, { name: 'Final' });
    senders = [];
    for (let i = 0; i < SENDERS; i++) senders.push((await guest(server, `Fan ${i + 1}`)).token);
    for (const token of [viewer.token, ...senders]) await server.gql(ops.joinRoom, { roomId }, token);
    const first = (await send(server, owner.token, roomId, 'Kick-off in five minutes')).data.sendMessage;
    kickOff = { body: first.body, seq: first.seq };

    browser = await launchChromium();
    page = await openRoomPage(browser, server.url, viewer.token, roomId, 15_000);
    // Following the room live once the server counts this page as watching.
    await page.getByTestId('viewer-count').getByText('1', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps few messages mounted and loaded, stays responsive, keeps typed text, and ends on the newest messages in order', async () => {
    await page.evaluate(installProbes);
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    const samples: Awaited<ReturnType<typeof sample>>[] = [];
    let flooding = true;
    const sampling = (async () => {
      for (; flooding; await sleep(200)) samples.push(await sample(list()));
    })();

    const started = Date.now();
    const sending = flood(60, 8_000, 1);
    await sleep(2_000);
    await composer.click();
    await composer.pressSequentially(TYPED, { delay: 40 });
    const sent = await sending;
    const floodMs = Date.now() - started;

    const newest = sent[sent.length - 1];
    await list().getByTestId('message').filter({ hasText: newest.body }).waitFor();
    await expect.poll(newestInView).toBe(true);
    flooding = false;
    await sampling;
    const typed = await composer.inputValue();
    const probe = await page.evaluate(() => {
      const { stop, ...collected } = (window as unknown as { floodProbe: Probe }).floodProbe;
      stop();
      return collected;
    });
    const figures = {
      sent: sent.length,
      ratePerS: round(sent.length / (floodMs / 1000)),
      samples: samples.length,
      mountedMessagesMax: Math.max(...samples.map((s) => s.mounted)),
      listElementsMax: Math.max(...samples.map((s) => s.elements)),
      loadedMessagesMax: Math.max(...samples.map((s) => s.loaded)),
      probes: probe.delays.length,
      probeP50Ms: round(percentile(probe.delays, 50)),
      probeP95Ms: round(percentile(probe.delays, 95)),
      probeMaxMs: round(Math.max(...probe.delays)),
      longTasks: probe.longTasks.length,
      longTaskMaxMs: round(Math.max(0, ...probe.longTasks)),
      longAnimationFrames: probe.longFrames.length,
      longAnimationFrameMaxMs: round(Math.max(0, ...probe.longFrames)),
      keysTyped: TYPED.length,
      slowKeys: probe.keys.length,
      slowKeyMaxMs: round(Math.max(0, ...probe.keys)),
    };
    console.log('flood figures (following)', JSON.stringify(figures));

    expect(typed).toBe(TYPED);
    const last50 = (await readUpwards(0.5, async (seen) => seen.size >= 50)).slice(-50);
    expect(last50).toEqual(sent.slice(-50));
    // A precondition, not a speed claim: it was a flood, far faster than anyone reads. The rate is what the
    // shared machine allows (60/s offered; 37/s once while the PostgreSQL project ran beside it).
    expect(figures.ratePerS).toBeGreaterThanOrEqual(25);
    expect(figures.mountedMessagesMax).toBeLessThanOrEqual(MAX_MOUNTED);
    expect(figures.loadedMessagesMax).toBeLessThanOrEqual(MAX_LOADED);
    expect(figures.probeP95Ms).toBeLessThan(MAX_PROBE_P95_MS);
    expect(figures.longTaskMaxMs).toBeLessThan(MAX_LONG_TASK_MS);
  }, 40_000);

  it("keeps a reader's place while the flood goes on below, counts the new messages, and finds every message again scrolling up", async () => {
    await toLatest().click();
    await expect.poll(() => toLatest().count()).toBe(0);
    const sending = flood(50, 4_000, 10_000);
    await sleep(1_000);
    const box = (await list().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -1_200);
    await toLatest().waitFor();
    await sleep(300);

    // The message at the top of the view, and how far it moves while messages keep arriving below.
    const anchor = await list().evaluate((view) => {
      const top = view.getBoundingClientRect().top;
      const row = [...view.querySelectorAll('[data-testid="message"]')].find((node) => node.getBoundingClientRect().top >= top)!;
      return { id: row.getAttribute('data-message-id')!, top: row.getBoundingClientRect().top - top };
    });
    const moves: number[] = [];
    let done = false;
    const stop = () => (done = true);
    sending.then(stop, stop);
    while (!done) {
      const at = await list().evaluate((view, id) => {
        const row = view.querySelector(`[data-message-id="${id}"]`);
        return row ? row.getBoundingClientRect().top - view.getBoundingClientRect().top : null;
      }, anchor.id);
      moves.push(at === null ? Infinity : Math.abs(at - anchor.top));
      await sleep(200);
    }
    const sent = await sending;
    await expect.poll(() => toLatest().textContent()).toMatch(/^↓ \d+ new messages?$/);
    const counted = Number((await toLatest().textContent())!.match(/\d+/)![0]);

    // Back to the newest, then up to the beginning of the room: the messages dropped while
    // following are loaded again, none missing, none twice.
    await toLatest().click();
    await list()
      .getByTestId('message')
      .filter({ hasText: sent[sent.length - 1].body })
      .waitFor();
    await expect.poll(newestInView).toBe(true);
    expect(await toLatest().count()).toBe(0);
    const beginning = list().getByText('This is the beginning of the room.');
    const all = await readUpwards(1, async (seen) => seen.has(kickOff.seq) && (await beginning.count()) > 0);
    const expected = [kickOff, ...everySent].sort((a, b) => a.seq - b.seq);
    console.log(
      'flood figures (reading)',
      JSON.stringify({ sent: sent.length, samples: moves.length, anchorMovedMaxPx: Math.max(...moves), newCounted: counted, readBack: all.length }),
    );
    expect(Math.max(...moves)).toBeLessThanOrEqual(1);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(sent.length);
    expect(all.map((m) => m.seq)).toEqual(expected.map((m) => m.seq));
    expect(all).toEqual(expected);
  }, 40_000);
});
