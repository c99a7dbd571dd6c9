// The live room in a real browser against the real server: two signed-up users in two browser
// contexts — a thread, reactions, typing, unread badges kept live by userEvents, and a search that
// jumps to a message far back in history. Waits on page state only.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, clickMessageAction, launchChromium, openRoomPage } from './testing/browserHarness';

let server: TestServer;
let browser: Browser;
let ana: Page;
let ben: Page;
const rooms = { match: '', terrace: '' };

async function call<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function signUp(username: string, displayName: string): Promise<string> {
  const input = { username, displayName, password: 'correct horse battery' };
  const data = await call(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, { input });
  return data.signUp.token;
}

const createRoom = async (token: string, name: string) =>
  (await call(`mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { name } }, token)).createRoom.id as string;
const joinRoom = (token: string, roomId: string) => call(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, token);
const post = (token: string, roomId: string, body: string) =>
  call(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { roomId, body } }, token);

/** A page of the built client, signed in with `token`, showing `roomId`. */
const openAs = (token: string, roomId: string): Promise<Page> => openRoomPage(browser, server.url, token, roomId);

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const mainList = (page: Page) => page.getByTestId('message-list');
const message = (scope: Page | Locator, text: string) => scope.getByTestId('message').filter({ hasText: text });
const roomLink = (page: Page, roomId: string) => page.locator(`[data-testid="room-link"][data-room-id="${roomId}"]`);
const chip = (scope: Locator, emoji: string) => scope.locator(`[data-testid="reaction-chip"][data-emoji="${emoji}"]`);

async function say(page: Page, body: string): Promise<void> {
  await composer(page).fill(body);
  await composer(page).press('Enter');
  await message(mainList(page), body).waitFor();
  await expect.poll(() => page.getByTestId('pending-message').count()).toBe(0);
}

/** Is the element wholly inside the visible part of its scrolling list? */
const inView = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const list = node.closest('[role="log"]')!.getBoundingClientRect();
    return box.top >= list.top && box.bottom <= list.bottom;
  });

describe('the live room in Chromium', () => {
  let anaToken: string;
  let benToken: string;

  beforeAll(async () => {
    buildClientIfStale();
    // The history below is seeded faster than the default 5 messages per 5 s per user allows.
    server = await startServer({ serveClient: true, messageRateLimit: { count: 1000, windowMs: 1000 } });
    [anaToken, benToken] = [await signUp('ana_t', 'Ana Test'), await signUp('ben_t', 'Ben Test')];
    rooms.match = await createRoom(anaToken, 'Match day');
    rooms.terrace = await createRoom(anaToken, 'Terrace');
    for (const roomId of [rooms.match, rooms.terrace]) await joinRoom(benToken, roomId);
    // A message far enough back not to be on the first page, for the search.
    await post(anaToken, rooms.match, 'The ball hit the goalpost and bounced out');
    for (let i = 1; i <= 70; i++) await post(i % 2 ? benToken : anaToken, rooms.match, `Minute ${i}`);

    browser = await launchChromium();
    [ana, ben] = await Promise.all([openAs(anaToken, rooms.match), openAs(benToken, rooms.match)]);
    // Both follow the room live once each counts the other as watching.
    for (const page of [ana, ben]) await page.getByTestId('viewer-count').getByText('2', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a thread reply to the other user live: the count on the root, then the thread itself', async () => {
    await say(ana, 'Who scores next?');
    const root = message(mainList(ana), 'Who scores next?');
    await clickMessageAction(root, { name: 'Reply in thread' });
    const anaThread = ana.getByTestId('thread-panel');
    await anaThread.getByRole('textbox', { name: 'Reply in thread' }).fill('Number nine, surely');
    await anaThread.getByRole('textbox', { name: 'Reply in thread' }).press('Enter');
    await message(anaThread, 'Number nine, surely').waitFor();

    const benRoot = message(mainList(ben), 'Who scores next?');
    await benRoot.getByTestId('thread-summary').getByText('1 reply').waitFor();
    await benRoot.getByTestId('thread-summary').click();
    const benThread = ben.getByTestId('thread-panel');
    await message(benThread, 'Number nine, surely').waitFor();

    await anaThread.getByRole('textbox', { name: 'Reply in thread' }).fill('Or the keeper');
    await anaThread.getByRole('textbox', { name: 'Reply in thread' }).press('Enter');
    await message(benThread, 'Or the keeper').waitFor();
    await benRoot.getByTestId('thread-summary').getByText('2 replies').waitFor();
    // Thread posts stay out of the main timeline.
    expect(await message(mainList(ben), 'Number nine').count()).toBe(0);
    await benThread.getByRole('button', { name: 'Close thread' }).click();
    await ana.getByTestId('thread-panel').getByRole('button', { name: 'Close thread' }).click();
  });

  it('shows a reaction chip and its count changing live, highlighted for whoever reacted', async () => {
    const benRoot = message(mainList(ben), 'Who scores next?');
    await clickMessageAction(benRoot, { name: 'React', exact: true });
    await benRoot.getByRole('button', { name: 'React with 🔥' }).click();

    const anaFire = chip(message(mainList(ana), 'Who scores next?'), '🔥');
    await expect.poll(() => anaFire.getByTestId('reaction-count').textContent()).toBe('1');
    expect(await anaFire.getAttribute('aria-pressed')).toBe('false');
    await anaFire.click();
    const benFire = chip(benRoot, '🔥');
    await expect.poll(() => benFire.getByTestId('reaction-count').textContent()).toBe('2');
    await expect.poll(() => anaFire.getAttribute('aria-pressed')).toBe('true');
    expect(await benFire.getAttribute('aria-pressed')).toBe('true');

    await benFire.click();
    await expect.poll(() => anaFire.getByTestId('reaction-count').textContent()).toBe('1');
    await expect.poll(() => benFire.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows "… is typing…" while the other user types, and clears it when they send', async () => {
    const typing = ben.getByTestId('typing');
    await composer(ana).pressSequentially('Here comes the free kick', { delay: 15 });
    await typing.getByText('Ana Test is typing…').waitFor();
    await composer(ana).press('Enter');
    await message(mainList(ben), 'Here comes the free kick').waitFor();
    await expect.poll(() => typing.textContent()).toBe('');
  });

  it('raises the unread badge of another room live, and clears it once the room is opened', async () => {
    await ana.getByRole('link', { name: /Terrace/ }).click();
    await composer(ana).waitFor();
    await say(ana, 'Coming to the terrace, @ben_t?');

    const terrace = roomLink(ben, rooms.terrace);
    await expect.poll(() => terrace.getByTestId('unread-badge').textContent()).toBe('1');
    await terrace.getByTestId('mention-badge').waitFor();

    await terrace.click();
    await message(mainList(ben), 'Coming to the terrace').waitFor();
    await roomLink(ben, rooms.match).click();
    await message(mainList(ben), 'Here comes the free kick').waitFor();
    // Read on the server, not just hidden while open: the badge stays gone in the list.
    await expect.poll(() => terrace.getByTestId('unread-badge').count()).toBe(0);
    expect(await terrace.getByTestId('mention-badge').count()).toBe(0);
  });

  it('adds a room to the list live when the user is invited to it', async () => {
    const benId = (await call(`{ me { id } }`, {}, benToken)).me.id;
    const secret = await call(`mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { name: 'Back room', kind: 'PRIVATE' } }, anaToken);
    await call(`mutation ($roomId: ID!, $userId: ID!) { inviteToRoom(roomId: $roomId, userId: $userId) { id } }`, { roomId: secret.createRoom.id, userId: benId }, anaToken);
    await ben.getByRole('link', { name: /Back room/ }).waitFor();
  });

  it('finds a message by search and scrolls to it, loading the history around it', async () => {
    await ben.getByRole('searchbox', { name: 'Search this room' }).fill('goalpo');
    const hit = ben.getByTestId('search-hit').filter({ hasText: 'goalpost' });
    expect(await hit.locator('mark').textContent()).toBe('goalpost');
    await hit.click();

    const target = message(mainList(ben), 'The ball hit the goalpost');
    await target.waitFor();
    await expect.poll(() => inView(target)).toBe(true);
    expect(await target.getAttribute('class')).toContain('message--flash');
    expect(await message(mainList(ben), 'Here comes the free kick').count()).toBe(0);

    await ben.getByRole('button', { name: '↓ Latest' }).click();
    await message(mainList(ben), 'Here comes the free kick').waitFor();
    await expect.poll(() => inView(message(mainList(ben), 'Here comes the free kick'))).toBe(true);
  });
});
