// Read state in a real browser against the real server: a reader who joins a public room in place
// has read what was on screen — the marker moves, the unread count is 0, and no "New messages"
// divider sits above messages already read after a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, room, send, startServer, type TestServer } from '../../server/test/harness';
import { buildClientIfStale, launchChromium, openRoomPage } from './testing/browserHarness';

let server: TestServer;
let browser: Browser;

const message = (page: Page, text: string) => page.getByTestId('message-list').getByTestId('message').filter({ hasText: text });

describe('read state in Chromium', () => {
  beforeAll(async () => {
    buildClientIfStale();
    server = await startServer({ serveClient: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('moves the read marker of a reader who joins in place to the newest message, and keeps it moving', async () => {
    const owner = await account(server, 'Olive');
    const reader = await account(server, 'Rafa');
    const roomId = await room(server, owner.token, { name: 'Kick-off' });
    for (const body of ['Teams are out', 'Kick-off at eight', 'Rain expected']) await send(server, owner.token, roomId, body);
    const markerOf = async (userId: string) => {
      const result = await server.gql(`query ($roomId: ID!) { readMarkers(roomId: $roomId) { user { id } seq } }`, { roomId }, owner.token);
      return (result.data.readMarkers as { user: { id: string }; seq: number }[]).find((m) => m.user.id === userId)?.seq ?? null;
    };
    const membership = async () =>
      (await server.gql(`query ($id: ID!) { room(id: $id) { lastSeq myMembership { lastReadSeq unreadCount } } }`, { id: roomId }, reader.token)).data.room;

    const page = await openRoomPage(browser, server.url, reader.token, roomId);
    await message(page, 'Rain expected').waitFor();
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();

    await expect.poll(() => markerOf(reader.id)).toBe(3);
    expect((await membership()).myMembership).toEqual({ lastReadSeq: 3, unreadCount: 0 });

    // Read while watching: the next message moves it on.
    await send(server, owner.token, roomId, 'Here we go');
    await message(page, 'Here we go').waitFor();
    await expect.poll(() => markerOf(reader.id)).toBe(4);

    await page.reload();
    await message(page, 'Here we go').waitFor();
    expect(await page.getByTestId('unread-divider').count()).toBe(0);
  });
});
