// Typing through the real API: graphql-ws clients on a real server with LARGE_ROOM_VIEWERS = 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ largeRoomViewers: 3 });
});
afterAll(() => server.stop());

const events = `subscription ($roomId: ID!) {
  roomEvents(roomId: $roomId) {
    __typename
    ... on TypingChanged { users { id displayName } }
    ... on MessageAdded { seq }
  }
}`;
const setTyping = `mutation ($roomId: ID!, $typing: Boolean!) { setTyping(roomId: $roomId, typing: $typing) }`;
type Event = { roomEvents: { __typename: string; users?: { id: string; displayName: string }[]; seq?: number } };
const typingLists = (list: Event[]) => list.filter((e) => e.roomEvents.__typename === 'TypingChanged').map((e) => e.roomEvents.users!.map((u) => u.displayName));

async function twoMembers() {
  const ana = await guest(server, 'Ana');
  const bo = await guest(server, 'Bo');
  const roomId = await room(server, ana.token);
  await server.gql(ops.joinRoom, { roomId }, bo.token);
  return { ana, bo, roomId };
}

describe('typing over the API', () => {
  it('shows a typing member to others, and `false` clears it', async () => {
    const { ana, bo, roomId } = await twoMembers();
    const watcher = collect<Event>(server.wsClient(bo.token), { query: events, variables: { roomId } }, (e) => typingLists(e).length === 2);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    expect((await server.gql(setTyping, { roomId, typing: true }, ana.token)).data).toEqual({ setTyping: true });
    await expect.poll(() => typingLists(watcher.events)).toEqual([['Ana']]);
    await server.gql(setTyping, { roomId, typing: false }, ana.token);
    expect(typingLists(await watcher.done)).toEqual([['Ana'], []]);
  });

  it('expires a typing member 6 s after their last `true`', async () => {
    const { ana, bo, roomId } = await twoMembers();
    const receivedAt: number[] = []; // when each TypingChanged arrived
    const until = (e: Event[]) => {
      if (e.at(-1)!.roomEvents.__typename === 'TypingChanged') receivedAt.push(Date.now());
      return typingLists(e).length === 2;
    };
    const watcher = collect<Event>(server.wsClient(bo.token), { query: events, variables: { roomId } }, until);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(1);
    await server.gql(setTyping, { roomId, typing: true }, ana.token);
    expect(typingLists(await watcher.done)).toEqual([['Ana'], []]);
    expect(receivedAt[1] - receivedAt[0]).toBeGreaterThanOrEqual(5900);
    expect(server.app.domains.typing.activeTimers()).toBeLessThanOrEqual(1); // the last interval, closing
    await expect.poll(() => server.app.domains.typing.activeTimers()).toBe(0);
  });

  it('sends no TypingChanged while the room has more than LARGE_ROOM_VIEWERS viewers', async () => {
    const { ana, bo, roomId } = await twoMembers();
    const watcher = collect<Event>(server.wsClient(bo.token), { query: events, variables: { roomId } }, (e) => e.some((x) => x.roomEvents.__typename === 'MessageAdded'));
    for (let i = 0; i < 3; i++) collect(server.wsClient(null), { query: events, variables: { roomId } }, () => false);
    await expect.poll(() => server.app.domains.presence.isLarge(roomId)).toBe(true);
    await server.gql(setTyping, { roomId, typing: true }, ana.token);
    await server.gql(setTyping, { roomId, typing: false }, ana.token);
    await server.gql(setTyping, { roomId, typing: true }, ana.token);
    // A message sent afterwards reaches the watcher after anything the typing calls published.
    await send(server, ana.token, roomId, 'marker');
    expect(typingLists(await watcher.done)).toEqual([]);
    expect(server.app.domains.typing.typingUserIds(roomId)).toEqual([ana.id]);
  });

  it('refuses anonymous callers, non-members and rooms the caller cannot see', async () => {
    const { ana, roomId } = await twoMembers();
    const cy = await guest(server, 'Cy');
    const hidden = await room(server, ana.token, { kind: 'PRIVATE' });
    const code = async (token: string | null, id: string) => (await server.gql(setTyping, { roomId: id, typing: true }, token)).errors?.[0].extensions?.code;
    expect(await code(null, roomId)).toBe('UNAUTHENTICATED');
    expect(await code(cy.token, roomId)).toBe('FORBIDDEN');
    expect(await code(cy.token, hidden)).toBe('NOT_FOUND');
    expect(await code(cy.token, 'no-such-room')).toBe('NOT_FOUND');
    expect(server.app.domains.typing.typingUserIds(roomId)).toEqual([]);
  });
});
