// The bundled client in a real browser against the real server: two guests chatting live, a page
// that loses its socket and catches up exactly once, and a failed send sent again by itself once the
// server comes back. No mocks: Chromium, the built client, the app on a loopback port, a SQLite file.
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/test/harness';
import { createTestDb, type TestDatabase } from '../../server/test/testDatabase';
import { buildClientIfStale, clickMessageAction, launchChromium } from './testing/browserHarness';

let app: App | null;
let port: number;
let database: TestDatabase;
let browser: Browser;
let ada: Page;
let grace: Page;

/** Stops the server; its sockets close with 1001 and the pages start reconnecting. */
async function stopServer(): Promise<void> {
  await app?.close();
  app = null;
}

/** Starts the server again on the same port and database. */
async function restartServer(): Promise<void> {
  app = await createApp({ ...loadConfig({}), port, ...database.config, serveClient: true }, { logging: 'error' });
  await app.listen(port, '127.0.0.1');
}

/**
 * Ada's WebSocket goes through this switch, so the test can cut her socket for real (the page sees
 * it close and the server sees it go) while Grace and the server carry on.
 */
const adaSocket = {
  online: true,
  routes: new Set<WebSocketRoute>(),
  async cut(): Promise<void> {
    this.online = false;
    await Promise.all([...this.routes].map((route) => route.close({ code: 1012, reason: 'Network lost' }).catch(() => {})));
    this.routes.clear();
  },
};

async function routeAdaSocket(context: BrowserContext): Promise<void> {
  await context.routeWebSocket(/\/graphql$/, (route) => {
    if (!adaSocket.online) {
      void route.close({ code: 1012, reason: 'Network lost' }).catch(() => {});
      return;
    }
    route.connectToServer();
    adaSocket.routes.add(route);
  });
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`http://127.0.0.1:${port}/`);
  return page;
}

const connection = (page: Page) => page.getByTestId('connection');
const bodies = (page: Page) => page.getByTestId('message-list').getByTestId('message').getByTestId('message-body').allTextContents();
const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });

async function joinAsGuest(page: Page, name: string): Promise<void> {
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Join as guest' }).click();
  await page.getByTestId('me').getByText(name, { exact: true }).waitFor();
}

/** Sends from the composer and waits until the server confirmed it (no pending message left). */
async function say(page: Page, body: string): Promise<void> {
  await composer(page).fill(body);
  await composer(page).press('Enter');
  await page.getByTestId('message').filter({ hasText: body }).waitFor();
  await expect.poll(() => page.getByTestId('pending-message').count()).toBe(0);
}

describe('the bundled client in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    database = await createTestDb();
    const server = await startServer({ serveClient: true, database });
    app = server.app;
    port = Number(new URL(server.url).port);
    browser = await launchChromium();
    const adaContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await routeAdaSocket(adaContext);
    ada = await newPage(adaContext);
    grace = await newPage(await browser.newContext({ viewport: { width: 1280, height: 800 } }));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer();
    await database?.drop();
  });

  it('lets two guests in separate browsers join a room and see each other live', async () => {
    await joinAsGuest(ada, 'Ada');
    await ada.getByRole('button', { name: '+ New room' }).click();
    await ada.getByLabel('Room name').fill('Match day');
    await ada.getByRole('button', { name: 'Create room' }).click();
    await composer(ada).waitFor();

    await joinAsGuest(grace, 'Grace');
    await grace.getByRole('link', { name: /Match day/ }).click();
    await grace.getByRole('button', { name: 'Join', exact: true }).click();
    await composer(grace).waitFor();

    await say(grace, 'Hi Ada');
    await ada.getByTestId('message').filter({ hasText: 'Hi Ada' }).waitFor();
    await say(ada, 'Hi Grace');
    await grace.getByTestId('message').filter({ hasText: 'Hi Grace' }).waitFor();
    await expect.poll(() => bodies(ada)).toEqual(['Hi Ada', 'Hi Grace']);
    await expect.poll(() => bodies(grace)).toEqual(['Hi Ada', 'Hi Grace']);
  });

  it('shows every message missed while the socket was down exactly once, in order, after reconnecting', async () => {
    await expect.poll(() => connection(ada).getAttribute('data-state')).toBe('connected');
    await ada.context().setOffline(true);
    await adaSocket.cut();
    await expect.poll(() => connection(ada).getAttribute('data-state')).not.toBe('connected');

    const missed = ['missed 1', 'missed 2', 'missed 3', 'missed 4', 'missed 5'];
    for (const body of missed) await say(grace, body);
    // An edit and a deletion while Ada is away reach her as replayed events too.
    const second = grace.getByTestId('message').filter({ hasText: 'missed 2' });
    await clickMessageAction(second, { name: 'Edit' });
    await grace.getByLabel('Edit message').fill('missed 2, edited');
    await grace.getByLabel('Edit message').press('Enter');
    await grace.getByText('missed 2, edited').waitFor();
    const first = grace.getByTestId('message').filter({ hasText: 'Hi Ada' });
    await clickMessageAction(first, { name: 'Delete' });
    await grace.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
    await grace.getByText('message deleted').waitFor();
    expect(await bodies(ada)).toEqual(['Hi Ada', 'Hi Grace']);

    adaSocket.online = true;
    await ada.context().setOffline(false);
    await expect.poll(() => connection(ada).getAttribute('data-state')).toBe('connected');
    const expected = ['message deleted', 'Hi Grace', 'missed 1', 'missed 2, edited (edited)', 'missed 3', 'missed 4', 'missed 5'];
    await expect.poll(() => bodies(ada)).toEqual(expected);
    const seqs = await ada.getByTestId('message').evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('shows "failed — retry" for a send the server never got, and sends it by itself, once, when the server is back', async () => {
    await stopServer();
    await expect.poll(() => connection(ada).getAttribute('data-state')).not.toBe('connected');

    await composer(ada).fill('sent while the server was down');
    await composer(ada).press('Enter');
    const pending = ada.getByTestId('pending-message');
    await pending.getByText(/failed — /).waitFor();

    await restartServer();
    await expect.poll(() => connection(ada).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    // No click: the reconnect sends it again with the same clientMessageId.
    await ada.getByTestId('message').filter({ hasText: 'sent while the server was down' }).waitFor();
    await expect.poll(() => pending.count()).toBe(0);

    await expect.poll(() => connection(grace).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    await grace.getByTestId('message').filter({ hasText: 'sent while the server was down' }).waitFor();
    const expected = ['message deleted', 'Hi Grace', 'missed 1', 'missed 2, edited (edited)', 'missed 3', 'missed 4', 'missed 5', 'sent while the server was down'];
    await expect.poll(() => bodies(grace)).toEqual(expected);
    await expect.poll(() => bodies(ada)).toEqual(expected);
  });
});
