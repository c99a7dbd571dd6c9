// The composer and sending in a real browser against the real server: the length limit counted as
// the server counts it, refusals a retry cannot fix shown under the composer with the text kept, and
// sends that failed or were rate-limited going again by themselves — exactly once — when they can.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, room, send, startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, launchChromium, openRoomPage } from './testing/browserHarness';

/** Lower than the client's 4000, so a message the composer lets through can still be refused by the server. */
const SERVER_MAX_LENGTH = 300;

let server: TestServer;
let browser: Browser;
let owner: { token: string; id: string };
let page: Page;
let roomId: string;

const composer = (p: Page) => p.getByRole('textbox', { name: 'Message', exact: true });
const sendButton = (p: Page) => p.getByTestId('send-button');
const counter = (p: Page) => p.getByTestId('composer-counter');
const message = (p: Page, text: string) => p.getByTestId('message-list').getByTestId('message').filter({ hasText: text });

/** How many messages of the room, as the server has them, have this body. */
async function storedCount(body: string, inRoom = roomId): Promise<number> {
  const result = await server.gql(`query ($roomId: ID!) { messages(roomId: $roomId, last: 100) { edges { node { body } } } }`, { roomId: inRoom }, owner.token);
  return (result.data.messages.edges as { node: { body: string } }[]).filter((edge) => edge.node.body === body).length;
}

describe('the composer in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    server = await startServer({ serveClient: true, maxMessageLength: SERVER_MAX_LENGTH, rateLimitsEnabled: true, messageRateLimit: { count: 3, windowMs: 4000 } });
    owner = await account(server, 'Olive');
    roomId = await room(server, owner.token, { name: 'Composer' });
    await send(server, owner.token, roomId, 'Welcome');
    browser = await launchChromium();
    page = await openRoomPage(browser, server.url, owner.token, roomId);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('counts characters near the limit as the server does, and disables Send past 4000', async () => {
    await composer(page).fill('a'.repeat(3000));
    expect(await counter(page).count()).toBe(0);
    // 3999 letters and one emoji: 4000 characters, though 4001 UTF-16 units.
    await composer(page).fill(`${'a'.repeat(3999)}😀`);
    expect(await counter(page).textContent()).toBe('4,000 / 4,000');
    expect(await sendButton(page).isDisabled()).toBe(false);

    await composer(page).fill('a'.repeat(4100));
    expect(await counter(page).textContent()).toBe('4,100 / 4,000');
    expect(await counter(page).getAttribute('class')).toContain('composer__counter--over');
    expect(await sendButton(page).isDisabled()).toBe(true);
    await composer(page).press('Enter');
    // Nothing was sent: the text stays to be shortened, and no pending message appeared.
    expect(await composer(page).inputValue()).toHaveLength(4100);
    expect(await page.getByTestId('pending-message').count()).toBe(0);
    await composer(page).fill('');
  });

  it('shows a refusal a retry cannot fix under the composer, with the text kept, not as a failed message', async () => {
    const tooLong = `Too long for this server: ${'x'.repeat(SERVER_MAX_LENGTH)}`;
    await composer(page).fill(tooLong);
    await composer(page).press('Enter');
    await page.getByTestId('composer-notice').getByText(`A message can be at most ${SERVER_MAX_LENGTH} characters long`).waitFor();
    expect(await composer(page).inputValue()).toBe(tooLong);
    expect(await page.getByTestId('pending-message').count()).toBe(0);

    await server.gql(
      `mutation ($roomId: ID!, $settings: RoomSettingsInput!) { updateRoomSettings(roomId: $roomId, settings: $settings) { id } }`,
      { roomId, settings: { blockedTerms: ['offside'] } },
      owner.token,
    );
    await composer(page).fill('That was offside');
    await composer(page).press('Enter');
    await expect.poll(() => page.getByTestId('composer-notice').textContent()).toMatch(/blocked/i);
    expect(await composer(page).inputValue()).toBe('That was offside');
    expect(await page.getByTestId('pending-message').count()).toBe(0);
    expect(await storedCount('That was offside')).toBe(0);
    await composer(page).fill('');
  });

  it('sends a message that failed while offline again by itself when the network returns, exactly once', async () => {
    await page.context().setOffline(true);
    await composer(page).fill('Written on the train');
    await composer(page).press('Enter');
    const pending = page.getByTestId('pending-message');
    await pending.getByText(/failed — /).waitFor();

    await page.context().setOffline(false);
    await message(page, 'Written on the train').waitFor();
    await expect.poll(() => pending.count()).toBe(0);
    await expect.poll(() => message(page, 'Written on the train').count()).toBe(1);
    expect(await storedCount('Written on the train')).toBe(1);
  });

  it('holds a rate-limited message as waiting and sends it by itself after the wait, once', async () => {
    const busy = await room(server, owner.token, { name: 'Busy' });
    for (const body of ['one', 'two', 'three']) await send(server, owner.token, busy, body);
    await page.goto(page.url().replace(/#.*/, `#/rooms/${busy}`));
    await message(page, 'three').waitFor();

    await composer(page).fill('four, too soon');
    await composer(page).press('Enter');
    const pending = page.getByTestId('pending-message');
    await pending.getByTestId('waiting-status').waitFor();
    expect(await storedCount('four, too soon', busy)).toBe(0);

    await message(page, 'four, too soon').waitFor({ timeout: 8000 });
    await expect.poll(() => pending.count()).toBe(0);
    expect(await storedCount('four, too soon', busy)).toBe(1);
  });
});
