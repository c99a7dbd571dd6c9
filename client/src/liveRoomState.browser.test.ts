// The room's member count and held messages, live and after a reload, in real Chromium against the
// real server: the owner sees others join and leave in the header, gets a moderation badge the
// moment a message is held, and the author still sees their held message after a reload, decided
// on live. Waits on page state only.
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, launchChromium, openRoomPage } from './testing/browserHarness';

let server: TestServer;
let browser: Browser;

async function call<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function signUp(username: string, displayName: string): Promise<{ token: string; id: string }> {
  const input = { username, displayName, password: 'correct horse battery' };
  const { signUp: auth } = await call(`mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, { input });
  return { token: auth.token, id: auth.user.id };
}

const join = (roomId: string, token: string) => call(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, token);
const post = (roomId: string, token: string, body: string) =>
  call(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { roomId, body } }, token);

/** A public room by `owner` with a first message, so its page has something to show. */
async function newRoom(owner: string, name: string): Promise<string> {
  const roomId = (await call(`mutation ($name: String!) { createRoom(input: { name: $name }) { id } }`, { name }, owner)).createRoom.id;
  await post(roomId, owner, 'Kick-off soon');
  return roomId;
}

/**
 * A room page whose WebSocket goes through a switch, so the test can cut it for real (the page sees
 * it close, the server sees it go) and let it reconnect.
 */
async function openCuttableRoomPage(token: string, roomId: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem('courtside.token', value), token);
  const socket = { online: true, routes: new Set<WebSocketRoute>() };
  await context.routeWebSocket(/\/graphql$/, (route) => {
    if (!socket.online) return void route.close({ code: 1012, reason: 'Network lost' }).catch(() => {});
    route.connectToServer();
    socket.routes.add(route);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url.replace(/\/graphql$/, '')}/#/rooms/${roomId}`);
  await page.getByTestId('message-list').getByTestId('message').first().waitFor();
  const connected = () => page.getByTestId('connection').getAttribute('data-state');
  return {
    page,
    async cut() {
      socket.online = false;
      await context.setOffline(true);
      await Promise.all([...socket.routes].map((route) => route.close({ code: 1012, reason: 'Network lost' }).catch(() => {})));
      socket.routes.clear();
      await expect.poll(connected).not.toBe('connected');
    },
    async restore() {
      socket.online = true;
      await context.setOffline(false);
      await expect.poll(connected, { timeout: 15_000 }).toBe('connected');
    },
  };
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const members = (page: Page, text: string) => page.locator('.room__members').getByText(text, { exact: true });
const message = (page: Page, text: string) => page.getByTestId('message-list').getByTestId('message').filter({ hasText: text });
const pendingItem = (page: Page, text: string) => page.getByTestId('pending-message').filter({ hasText: text });

describe('live room state in Chromium', () => {
  let olga: { token: string; id: string };
  let ann: { token: string; id: string };
  let ben: { token: string; id: string };

  beforeAll(async () => {
    buildClientIfStale();
    server = await startServer({ serveClient: true });
    [olga, ann, ben] = [await signUp('olga_l', 'Olga Owner'), await signUp('ann_l', 'Ann Member'), await signUp('ben_l', 'Ben Member')];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the owner others joining and leaving in the header's member count, without a reload", async () => {
    const roomId = await newRoom(olga.token, 'Final');
    const page = await openRoomPage(browser, server.url, olga.token, roomId);
    await members(page, '1 member').waitFor();
    await join(roomId, ann.token);
    await members(page, '2 members').waitFor();
    // Changes within a second of the last event come together, a second after it.
    await join(roomId, ben.token);
    await members(page, '3 members').waitFor();
    await call(`mutation ($roomId: ID!) { leaveRoom(roomId: $roomId) }`, { roomId }, ann.token);
    await members(page, '2 members').waitFor();
    await call(`mutation ($roomId: ID!, $userId: ID!) { banUser(roomId: $roomId, userId: $userId) }`, { roomId, userId: ben.id }, olga.token);
    await members(page, '1 member').waitFor();
    await page.context().close();
  });

  it('badges the moderator the moment a message is held, and keeps it pending for its author after a reload', async () => {
    const roomId = await newRoom(olga.token, 'Derby');
    await join(roomId, ann.token);
    await call(`mutation ($roomId: ID!) { updateRoomSettings(roomId: $roomId, settings: { linkPolicy: HOLD }) { id } }`, { roomId }, olga.token);
    const [owner, author] = await Promise.all([openRoomPage(browser, server.url, olga.token, roomId), openRoomPage(browser, server.url, ann.token, roomId)]);

    await composer(author).fill('Highlights: https://example.com/goal');
    await composer(author).press('Enter');
    await pendingItem(author, 'Highlights').getByText('Pending review').waitFor();
    // The owner's queue badge counts it at once; nobody opened the queue.
    await owner.getByTestId('held-count').getByText('1', { exact: true }).waitFor();

    await author.reload();
    await message(author, 'Kick-off soon').waitFor();
    await pendingItem(author, 'https://example.com/goal').getByText('Pending review').waitFor();

    await owner.getByTestId('moderation-button').click();
    await owner.getByTestId('moderation-panel').getByRole('tab', { name: /Held/ }).click();
    const held = owner.getByTestId('moderation-panel').getByTestId('held-message').filter({ hasText: 'https://example.com/goal' });
    await held.getByRole('button', { name: 'Approve' }).click();
    // The author's restored item becomes the published message, live.
    await message(author, 'Highlights: https://example.com/goal').waitFor();
    await pendingItem(author, 'Highlights').waitFor({ state: 'detached' });
    await owner.getByTestId('held-count').waitFor({ state: 'detached' });

    await composer(author).fill('Replay: https://example.com/replay');
    await composer(author).press('Enter');
    await owner.getByTestId('held-count').getByText('1', { exact: true }).waitFor();
    await author.reload();
    await pendingItem(author, 'https://example.com/replay').getByText('Pending review').waitFor();
    await owner.getByTestId('moderation-panel').getByTestId('held-message').filter({ hasText: 'replay' }).getByRole('button', { name: 'Reject' }).click();
    await pendingItem(author, 'https://example.com/replay').getByText('Not approved by a moderator').waitFor();
    await Promise.all([owner.context().close(), author.context().close()]);
  });

  it("drops a held message from every moderator's queue when one of them decides", async () => {
    const roomId = await newRoom(olga.token, 'Semi');
    await join(roomId, ann.token);
    await join(roomId, ben.token);
    await call(`mutation ($roomId: ID!, $userId: ID!) { setRole(roomId: $roomId, userId: $userId, role: MODERATOR) { role } }`, { roomId, userId: ben.id }, olga.token);
    await call(`mutation ($roomId: ID!) { updateRoomSettings(roomId: $roomId, settings: { linkPolicy: HOLD }) { id } }`, { roomId }, olga.token);
    const [owner, moderator] = await Promise.all([openRoomPage(browser, server.url, olga.token, roomId), openRoomPage(browser, server.url, ben.token, roomId)]);
    await moderator.getByTestId('moderation-button').waitFor();
    await post(roomId, ann.token, 'Tickets: https://example.com/tickets');
    for (const page of [owner, moderator]) await page.getByTestId('held-count').getByText('1', { exact: true }).waitFor();

    await owner.getByTestId('moderation-button').click();
    await owner.getByTestId('moderation-panel').getByRole('tab', { name: /Held/ }).click();
    await owner.getByTestId('held-message').filter({ hasText: 'tickets' }).getByRole('button', { name: 'Reject' }).click();
    // The other moderator's badge goes too, without opening the queue.
    await moderator.getByTestId('held-count').waitFor({ state: 'detached' });
    await Promise.all([owner.context().close(), moderator.context().close()]);
  });

  it('settles held messages decided while the author was offline, once the socket is back', async () => {
    const roomId = await newRoom(olga.token, 'Cup');
    await join(roomId, ann.token);
    await call(`mutation ($roomId: ID!) { updateRoomSettings(roomId: $roomId, settings: { linkPolicy: HOLD }) { id } }`, { roomId }, olga.token);
    const author = await openCuttableRoomPage(ann.token, roomId);
    for (const body of ['Goal: https://example.com/goal', 'Miss: https://example.com/miss']) {
      await composer(author.page).fill(body);
      await composer(author.page).press('Enter');
      await pendingItem(author.page, body).getByText('Pending review').waitFor();
    }
    const waiting = (await call(`query ($roomId: ID!) { heldMessages(roomId: $roomId) { edges { node { id body } } } }`, { roomId }, olga.token)).heldMessages.edges;
    const idOf = (text: string) => waiting.find((edge: any) => edge.node.body.includes(text)).node.id;

    await author.cut();
    await call(`mutation ($id: ID!) { approveMessage(id: $id) { id } }`, { id: idOf('goal') }, olga.token);
    await call(`mutation ($id: ID!) { rejectMessage(id: $id) { id } }`, { id: idOf('miss') }, olga.token);
    expect(await pendingItem(author.page, 'Miss').getByText('Pending review').count()).toBe(1);
    await author.restore();

    await message(author.page, 'Goal: https://example.com/goal').waitFor();
    await pendingItem(author.page, 'Goal').waitFor({ state: 'detached' });
    await pendingItem(author.page, 'Miss').getByText('Not approved by a moderator').waitFor();
    await author.page.context().close();
  });
});
