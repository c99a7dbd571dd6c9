// For the browser tests: the built client (rebuilt when stale), Debian's Chromium, and a page of the
// client signed in and showing a room. Test files run in parallel, so the build takes a lock: one
// process builds, the others wait and find it fresh.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLIENT = join(ROOT, 'client');
const DIST = join(ROOT, 'dist/client');
const BUILT = join(DIST, 'index.html');
const LOCK = join(ROOT, 'dist/.client-build.lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 120_000;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function isStale(): boolean {
  const newestSource = readdirSync(CLIENT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);
  return !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource;
}

function build(): void {
  const staging = join(ROOT, `dist/client.build-${process.pid}`);
  const previous = join(ROOT, `dist/client.old-${process.pid}`);
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--outDir', staging, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(staging, DIST);
  rmSync(previous, { recursive: true, force: true });
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/client when it is missing or older than the client's sources. The build goes to a
 * staging folder that is swapped in, so a server of another test run never serves a half-built one.
 */
export function buildClientIfStale(): void {
  if (!isStale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else pause(200); // another test file is building
    }
  }
  try {
    if (isStale()) build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page of the built client in its own browser context, signed in with `token` (as the client
 * stores it), showing room `roomId` once its first message is on screen. `apiUrl` is the server's
 * /graphql address; the client is served beside it.
 */
export async function openRoomPage(browser: Browser, apiUrl: string, token: string, roomId: string, timeoutMs = 10_000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem('courtside.token', value), token);
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  await page.goto(`${apiUrl.replace(/\/graphql$/, '')}/#/rooms/${roomId}`);
  await page.getByTestId('message-list').getByTestId('message').first().waitFor();
  return page;
}

/**
 * Hovers a message and clicks one of its actions (shown only while the message is hovered or
 * focused). The row can re-render under the pointer (a pending send becoming the sent message, the
 * windowed list shifting), which hides the actions again, so the pair is retried until it works.
 */
export async function clickMessageAction(message: Locator, action: { name: string; exact?: boolean }): Promise<void> {
  await vi.waitFor(
    async () => {
      await message.hover();
      await message.getByRole('button', action).click({ timeout: 1000 });
    },
    { timeout: 15_000, interval: 50 },
  );
}
