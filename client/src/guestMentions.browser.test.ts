// Guests can be @mentioned: in a real browser, a guest's handle is offered by the composer's mention
// autocomplete, completes into the message, and reaches the guest as a mention.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, launchChromium, openRoomPage } from './testing/browserHarness';

let server: TestServer;
let browser: Browser;
let zoe: Page;
let roomId: string;
let max: { token: string; id: string; username: string };

async function call<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await server.gql<T>(query, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const joinAsGuest = async (name: string) => (await call(`mutation ($name: String!) { joinAsGuest(displayName: $name) { token user { id username } } }`, { name })).joinAsGuest;

beforeAll(async () => {
  buildClientIfStale();
  server = await startServer({ serveClient: true });
  const zoeGuest = await joinAsGuest('Zoe');
  const maxGuest = await joinAsGuest('Max Power');
  max = { token: maxGuest.token, id: maxGuest.user.id, username: maxGuest.user.username };
  roomId = (await call(`mutation { createRoom(input: { name: "Stand" }) { id } }`, {}, zoeGuest.token)).createRoom.id;
  await call(`mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id } }`, { roomId }, max.token);
  await call(`mutation ($roomId: ID!) { sendMessage(input: { roomId: $roomId, body: "Hello from the stand" }) { id } }`, { roomId }, max.token);
  browser = await launchChromium();
  zoe = await openRoomPage(browser, server.url, zoeGuest.token, roomId);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('mentioning a guest in Chromium', () => {
  it('offers the guest in the autocomplete, completes their handle, and the guest is mentioned', async () => {
    const composer = zoe.getByRole('textbox', { name: 'Message', exact: true });
    await zoe.getByTestId('message').filter({ hasText: 'Hello from the stand' }).waitFor();
    await composer.pressSequentially('Nice one @Max', { delay: 10 });
    const option = zoe
      .getByRole('listbox', { name: 'People to mention' })
      .getByRole('option')
      .filter({ hasText: `@${max.username}` });
    await option.waitFor();
    await composer.press('Tab');
    await expect.poll(() => composer.inputValue()).toContain(`@${max.username}`);
    await composer.press('Enter');
    await expect
      .poll(async () => (await call(`query ($id: ID!) { room(id: $id) { myMembership { mentionCount } } }`, { id: roomId }, max.token)).room.myMembership.mentionCount)
      .toBe(1);
  });
});
