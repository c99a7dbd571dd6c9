// Moderation in a real browser against the real server: the owner and two members in three browser
// contexts — a timeout given from the message menu, slow mode counting down on the composer, a
// held link approved from the owner's queue, and a moderator's menus following the member list.
// Waits on page state only.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, clickMessageAction, launchChromium, openRoomPage } from './testing/browserHarness';

let server: TestServer;
let browser: Browser;
let owner: Page;
let ann: Page;
let ben: Page;
let roomId: string;

async function call<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function signUp(username: string, displayName: string): Promise<string> {
  const input = { username, displayName, password: 'correct horse battery' };
  return (await call(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, { input })).signUp.token;
}

async function signIn(username: string): Promise<string> {
  const signedIn = await call(`mutation ($username: String!) { signIn(username: $username, password: "correct horse battery") { token } }`, { username });
  return signedIn.signIn.token;
}

/** A page of the built client, signed in with `token`, showing the room. */
const openAs = (token: string): Promise<Page> => openRoomPage(browser, server.url, token, roomId);

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const sendButton = (page: Page) => page.getByTestId('send-button');
const message = (page: Page, text: string) => page.getByTestId('message-list').getByTestId('message').filter({ hasText: text });

async function say(page: Page, body: string): Promise<void> {
  await composer(page).fill(body);
  await composer(page).press('Enter');
}

/** Opens the owner's moderation panel on `tab`. */
async function moderationTab(tab: RegExp | string): Promise<Locator> {
  const panel = owner.getByTestId('moderation-panel');
  if (!(await panel.isVisible())) await owner.getByTestId('moderation-button').click();
  await panel.getByRole('tab', { name: tab }).click();
  return panel;
}

async function saveSettings(change: (settings: Locator) => Promise<void>): Promise<void> {
  const panel = await moderationTab('Settings');
  const settings = panel.getByTestId('room-settings');
  await change(settings);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText('Saved.').waitFor();
  await panel.getByRole('button', { name: 'Close moderation' }).click();
}

describe('moderation in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    server = await startServer({ serveClient: true });
    const [ownerToken, annToken, benToken] = [await signUp('olga_m', 'Olga Owner'), await signUp('ann_m', 'Ann Member'), await signUp('ben_m', 'Ben Member')];
    roomId = (await call(`mutation { createRoom(input: { name: "Derby" }) { id } }`, {}, ownerToken)).createRoom.id;
    for (const token of [annToken, benToken]) await call(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, token);
    await call(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { roomId, body: 'The derby starts soon' } }, ownerToken);
    await call(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { roomId, body: 'Their keeper is hopeless' } }, annToken);

    browser = await launchChromium();
    [owner, ann, ben] = await Promise.all([openAs(ownerToken), openAs(annToken), openAs(benToken)]);
    // Everyone follows the room live once each counts all three as watching.
    for (const page of [owner, ann, ben]) await page.getByTestId('viewer-count').getByText('3', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("times a member out from the message menu; the member's page says until when and why, and cannot post", async () => {
    const target = message(owner, 'Their keeper is hopeless');
    await clickMessageAction(target, { name: 'More actions' });
    const menu = owner.getByTestId('message-menu');
    await menu.getByRole('button', { name: 'Time out Ann Member…' }).click();
    await menu.getByText('10 min', { exact: true }).click();
    await menu.getByLabel('Reason (optional)').fill('spoilers');
    await menu.getByRole('button', { name: 'Time out', exact: true }).click();
    // Confirmed in a toast; the menu closes, leaving no card in the timeline.
    await owner.getByTestId('toast').getByText('Ann Member is timed out for 10 min.').waitFor();
    await menu.waitFor({ state: 'detached' });

    const banner = ann.getByTestId('timeout-banner');
    await banner.getByText(/You are timed out until .+ — spoilers/).waitFor();
    const until = Date.parse((await banner.locator('time').getAttribute('datetime'))!);
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(await composer(ann).isDisabled()).toBe(true);
    expect(await sendButton(ann).isDisabled()).toBe(true);
    // Timed-out members may read but not react either.
    await message(ann, 'The derby starts soon').hover();
    expect(await message(ann, 'The derby starts soon').getByRole('button', { name: 'React', exact: true }).count()).toBe(0);
  });

  it('counts down on the composer in slow mode, and allows no second message before it ends', async () => {
    await saveSettings((settings) =>
      settings
        .getByLabel('Slow mode')
        .selectOption('custom')
        .then(() => settings.getByLabel('Seconds between messages').fill('10')),
    );
    await ben.getByTestId('composer-hint').getByText('Slow mode: 10 s').waitFor();

    await say(ben, 'First half was slow');
    await message(ben, 'First half was slow').waitFor();
    await expect.poll(() => sendButton(ben).textContent()).toMatch(/^Wait (10|9|8) s$/);
    await composer(ben).fill('Second thoughts');
    expect(await sendButton(ben).isDisabled()).toBe(true);
    const before = Number((await sendButton(ben).textContent())!.match(/\d+/)![0]);
    await composer(ben).press('Enter');
    // Enter sent nothing: the text stays, the countdown goes on, the others never see it.
    expect(await composer(ben).inputValue()).toBe('Second thoughts');
    await expect.poll(async () => Number((await sendButton(ben).textContent())!.match(/\d+/)?.[0]), { timeout: 3000 }).toBeLessThan(before);
    await message(owner, 'First half was slow').waitFor();
    expect(await message(owner, 'Second thoughts').count()).toBe(0);
    expect(await ben.getByTestId('pending-message').count()).toBe(0);
  });

  it("holds a member's link for review, shows it as pending to them, and publishes it on approval", async () => {
    await saveSettings(async (settings) => {
      await settings.getByLabel('Slow mode').selectOption('0');
      await settings.getByText('Hold for review').click();
    });
    await ben.getByTestId('composer-hint').waitFor({ state: 'detached' });
    await composer(ben).fill('');

    await say(ben, 'Highlights: https://example.com/derby');
    const pending = ben.getByTestId('pending-message').filter({ hasText: 'Highlights' });
    await pending.getByText('Pending review').waitFor();
    expect(await message(owner, 'Highlights').count()).toBe(0);

    // The queue lists it (it arrived live as MessageHeld), and the badge counts it.
    const held = (await moderationTab(/Held/)).getByTestId('held-message').filter({ hasText: 'https://example.com/derby' });
    await held.waitFor();
    await owner.getByTestId('held-count').getByText('1', { exact: true }).waitFor();
    await held.getByRole('button', { name: 'Approve' }).click();
    await held.waitFor({ state: 'detached' });

    await message(owner, 'Highlights: https://example.com/derby').waitFor();
    await message(ben, 'Highlights: https://example.com/derby').waitFor();
    await pending.waitFor({ state: 'detached' });
    await owner.getByTestId('held-count').waitFor({ state: 'detached' });
  });

  it('offers a moderator actions against members only: the owner and other moderators come from the member list', async () => {
    const [ownerToken, benToken, cyToken] = [await signIn('olga_m'), await signIn('ben_m'), await signUp('cy_m', 'Cy Moderator')];
    await call(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, cyToken);
    const users = (await call(`query ($id: ID!) { room(id: $id) { members(first: 10) { edges { node { user { id displayName } } } } } }`, { id: roomId }, ownerToken)).room.members
      .edges;
    const idOf = (name: string) => users.find((edge: any) => edge.node.user.displayName === name).node.user.id;
    for (const name of ['Ben Member', 'Cy Moderator']) {
      await call(`mutation ($roomId: ID!, $userId: ID!) { setRole(roomId: $roomId, userId: $userId, role: MODERATOR) { role } }`, { roomId, userId: idOf(name) }, ownerToken);
    }
    await call(`mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { roomId, body: 'Cy keeps watch' } }, cyToken);

    const moderator = await openAs(benToken);
    const menuOf = async (text: string) => {
      const target = message(moderator, text);
      await clickMessageAction(target, { name: 'More actions' });
      const menu = moderator.getByTestId('message-menu');
      await menu.waitFor();
      return menu;
    };
    // The owner made the room and never had a role change, so the moderation log does not say so.
    for (const [text, name] of [
      ['The derby starts soon', 'Olga Owner'],
      ['Cy keeps watch', 'Cy Moderator'],
    ]) {
      const menu = await menuOf(text);
      await menu.getByRole('button').first().waitFor();
      expect(await menu.getByRole('button', { name: `Time out ${name}…` }).count()).toBe(0);
      await menu.press('Escape');
      await menu.waitFor({ state: 'hidden' });
    }
    const menu = await menuOf('Their keeper is hopeless');
    await menu.getByRole('button', { name: 'Time out Ann Member…' }).waitFor();
    await moderator.context().close();
  });
});
