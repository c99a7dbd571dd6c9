// The finishing touches of the bundled client in a real browser against the real server: dark mode
// (the system's, and a remembered toggle), the unread count in the tab title, moderation
// confirmations as a toast, the searchable emoji picker, and the keyboard — Escape to the composer,
// ↑ to edit one's last message, and one tab stop for the timeline with each message's actions
// reachable from it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, room, send, startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, clickMessageAction, launchChromium, openRoomPage } from './testing/browserHarness';

const SCREENSHOTS = fileURLToPath(new URL('../../dist/screenshots', import.meta.url));

let server: TestServer;
let browser: Browser;
let owner: { token: string; id: string };
let member: { token: string; id: string };
let mainRoom: string;
let otherRoom: string;
let page: Page;

const joinRoom = (token: string, roomId: string) => server.gql(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, token);
const composer = (p: Page) => p.getByRole('textbox', { name: 'Message', exact: true });
const message = (p: Page, text: string) => p.getByTestId('message-list').getByTestId('message').filter({ hasText: text });
const focusedMessageId = (p: Page) => p.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-testid="message"]')?.dataset.messageId ?? null);
const focusedTag = (p: Page) => p.evaluate(() => document.activeElement?.tagName ?? null);
const idOf = (row: Locator) => row.getAttribute('data-message-id');

describe('the finished client in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer({ serveClient: true });
    owner = await account(server, 'Olive');
    member = await account(server, 'Max');
    mainRoom = await room(server, owner.token, { name: 'Final' });
    otherRoom = await room(server, owner.token, { name: 'Terrace' });
    for (const roomId of [mainRoom, otherRoom]) await joinRoom(member.token, roomId);
    await send(server, member.token, mainRoom, 'Kick-off in five');
    await send(server, owner.token, mainRoom, 'Teams are out');
    await send(server, member.token, mainRoom, 'What a line-up');
    browser = await launchChromium();
    page = await openRoomPage(browser, server.url, owner.token, mainRoom);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('follows a dark system theme, and remembers a toggle to light over a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await context.addInitScript((value) => localStorage.setItem('courtside.token', value), member.token);
    const dark = await context.newPage();
    await dark.goto(`${server.url.replace(/\/graphql$/, '')}/#/rooms/${mainRoom}`);
    await message(dark, 'What a line-up').waitFor();
    const background = () => dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await dark.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe('rgb(20, 23, 28)');
    await dark.screenshot({ path: join(SCREENSHOTS, 'dark-mode.png') });

    await dark.getByRole('button', { name: 'Dark mode' }).click();
    expect(await dark.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(245, 246, 248)');
    await dark.reload();
    await message(dark, 'What a line-up').waitFor();
    expect(await dark.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await dark.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('shows the unread count of the other rooms in the tab title', async () => {
    await expect.poll(() => page.title()).toBe('Courtside');
    await send(server, member.token, otherRoom, 'Meet at the terrace');
    await send(server, member.token, otherRoom, 'Gate B');
    await expect.poll(() => page.title()).toBe('(2) Courtside');
  });

  it('finds an emoji by name in the picker and reacts with it', async () => {
    const target = message(page, 'What a line-up');
    await clickMessageAction(target, { name: 'React', exact: true });
    const picker = page.getByTestId('reaction-picker');
    expect(await picker.getByRole('button').count()).toBeGreaterThan(300);
    await picker.screenshot({ path: join(SCREENSHOTS, 'emoji-picker-groups.png') });
    await picker.getByRole('searchbox', { name: 'Search emoji' }).fill('soccer');
    await picker.getByRole('button', { name: '⚽ soccer ball' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'emoji-picker.png'), clip: (await target.boundingBox()) ?? undefined });
    await picker.getByRole('searchbox', { name: 'Search emoji' }).fill('tears of j');
    await picker.getByRole('searchbox', { name: 'Search emoji' }).press('Enter');
    await target.locator('[data-testid="reaction-chip"][data-emoji="😂"]').waitFor();
    expect(await picker.count()).toBe(0);
  });

  it('confirms a moderation action in a toast and leaves no card in the timeline', async () => {
    const target = message(page, 'Kick-off in five');
    await clickMessageAction(target, { name: 'More actions' });
    const menu = page.getByTestId('message-menu');
    await menu.getByRole('button', { name: 'Pin to the room' }).click();
    await page.getByTestId('toast').getByText('Pinned to the room.').waitFor();
    expect(await menu.count()).toBe(0);

    await clickMessageAction(target, { name: 'More actions' });
    await menu.getByRole('button', { name: 'Time out Max…' }).click();
    await menu.getByText('10 min', { exact: true }).click();
    await menu.getByRole('button', { name: 'Time out', exact: true }).click();
    await page.getByTestId('toast').getByText('Max is timed out for 10 min.').waitFor();
    expect(await menu.count()).toBe(0);
    expect(await page.getByTestId('message-list').getByRole('status').count()).toBe(0);
    // The toasts go by themselves.
    await expect.poll(() => page.getByTestId('toast').count(), { timeout: 12_000 }).toBe(0);
  });

  it('makes the timeline one tab stop: arrows move between messages, Enter into the actions, Escape back out and to the composer', async () => {
    const rows = page.getByTestId('message-list').getByTestId('message');
    const tabStop = page.locator('[data-testid="message"][tabindex="0"]');
    // One tab stop: the message last visited (its menu was used above), not the newest.
    await expect.poll(() => tabStop.count()).toBe(1);
    const kickOff = await idOf(message(page, 'Kick-off in five'));
    expect(await tabStop.getAttribute('data-message-id')).toBe(kickOff);

    await tabStop.focus();
    await page.keyboard.press('ArrowDown');
    const second = await idOf(message(page, 'Teams are out'));
    expect(await focusedMessageId(page)).toBe(second);
    expect(await focusedTag(page)).toBe('ARTICLE');
    await expect.poll(() => tabStop.getAttribute('data-message-id')).toBe(second);
    await page.keyboard.press('End');
    expect(await focusedMessageId(page)).toBe(await idOf(rows.last()));
    await page.keyboard.press('ArrowUp');
    expect(await focusedMessageId(page)).toBe(second);

    // Into the message's controls, along them, and back out.
    await page.keyboard.press('Enter');
    expect(await focusedTag(page)).toBe('BUTTON');
    const firstControl = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(firstControl);
    await page.keyboard.press('Escape');
    expect(await focusedTag(page)).toBe('ARTICLE');
    expect(await focusedMessageId(page)).toBe(second);

    // Tab leaves the timeline at once: its controls are not tab stops.
    await page.keyboard.press('Tab');
    expect(await focusedMessageId(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedMessageId(page)).toBe(second);

    await page.keyboard.press('Escape');
    await expect.poll(() => composer(page).evaluate((node) => node === document.activeElement)).toBe(true);
  });

  it('edits the last own message with ↑ in the empty composer, then comes back to the composer', async () => {
    await composer(page).focus();
    await page.keyboard.press('ArrowUp');
    const editor = page.getByLabel('Edit message');
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('Teams are out');
    await editor.fill('Teams are out: unchanged side');
    await editor.press('Enter');
    await message(page, 'Teams are out: unchanged side').waitFor();
    await expect.poll(() => composer(page).evaluate((node) => node === document.activeElement)).toBe(true);

    // With text in the field, ↑ is only a caret move.
    await composer(page).fill('draft');
    await page.keyboard.press('ArrowUp');
    expect(await editor.count()).toBe(0);
    await composer(page).fill('');
  });
});
