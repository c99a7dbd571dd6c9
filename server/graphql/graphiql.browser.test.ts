// GraphiQL in headless Chromium with every request off this machine refused, as on a machine
// without internet: the page renders from this server alone, runs a query over HTTP and a
// subscription over graphql-ws, through the same CSRF and Origin checks as every browser.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../client/src/testing/browserHarness';
import { guest, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
let browser: Browser;
/** Every request the page tried to send off the loopback interface. */
const refused: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** GraphiQL with `query` in its editor (GraphiQL reads it from the address), network off the machine blocked. */
async function openGraphiQL(query: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || isLoopback(url)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}?query=${encodeURIComponent(query)}`);
  return page;
}

/** The response pane's text; the editor shows spaces as no-break spaces, read here as plain ones. */
async function responseText(page: Page): Promise<string> {
  return ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
}

const execute = (page: Page) => page.getByRole('button', { name: /Execute query/ }).click();

describe('GraphiQL without internet', () => {
  it('renders from the installed package and runs a query', async () => {
    const page = await openGraphiQL('{ rooms(first: 5) { edges { node { name } } } }');
    await room(server, (await guest(server, 'Owner')).token, { name: 'Offline lobby', kind: 'PUBLIC' });
    await execute(page);
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"rooms": { "edges": [ { "node": { "name": "Offline lobby" } } ] }');
    expect(refused).toEqual([]);
    await page.context().close();
  });

  it('runs a subscription over graphql-ws and shows events as they come', async () => {
    const owner = await guest(server, 'Host');
    const roomId = await room(server, owner.token, { name: 'Live', kind: 'PUBLIC' });
    const page = await openGraphiQL(`subscription { roomEvents(roomId: "${roomId}") { __typename ... on MessageAdded { message { body } } } }`);
    await Promise.all([page.waitForEvent('websocket', (socket) => socket.url().endsWith('/graphql')), execute(page)]);
    // The subscription is live once the server counts this viewer in the room.
    await expect.poll(async () => (await server.gql(`{ room(id: "${roomId}") { viewerCount } }`)).data?.room.viewerCount, { timeout: 15_000 }).toBe(1);
    await send(server, owner.token, roomId, 'hello from the stadium');
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"message": { "body": "hello from the stadium" }');
    expect(refused).toEqual([]);
    await page.context().close();
  });
});
