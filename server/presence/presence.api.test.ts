// Presence through the real API: graphql-ws clients on a real server with LARGE_ROOM_VIEWERS = 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, startServer, type TestServer } from '../test/harness';

const LARGE = 3;
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ largeRoomViewers: LARGE });
});
afterAll(() => server.stop());

const presenceEvents = `subscription ($roomId: ID!) {
  roomEvents(roomId: $roomId) {
    __typename
    ... on PresenceChanged { viewerCount joined { id } left { id } }
  }
}`;
type Event = { roomEvents: { __typename: string; viewerCount?: number; joined?: { id: string }[]; left?: { id: string }[] } };
const presence = (events: Event[]) => events.map((e) => e.roomEvents).filter((e) => e.__typename === 'PresenceChanged');

const roomState = `query ($roomId: ID!) {
  room(id: $roomId) { viewerCount }
  onlineMembers(roomId: $roomId) { edges { node { id online } } }
}`;
const meOnline = `{ me { id online } }`;

describe('presence over the API', () => {
  it('keeps a user with two tabs present until the last one closes, then they leave and go offline', async () => {
    const ana = await guest(server, 'Ana');
    const bo = await guest(server, 'Bo');
    const roomId = await room(server, ana.token);
    await server.gql(ops.joinRoom, { roomId }, bo.token);
    const leftAna = (events: Event[]) => presence(events).some((e) => e.left?.some((u) => u.id === ana.id));
    const watcher = collect<Event>(server.wsClient(bo.token), { query: presenceEvents, variables: { roomId } }, leftAna);
    await expect.poll(() => server.app.domains.presence.viewerCount(roomId)).toBe(1);

    const tab1 = server.wsClient(ana.token);
    const tab2 = server.wsClient(ana.token);
    collect(tab1, { query: presenceEvents, variables: { roomId } }, () => false);
    collect(tab2, { query: presenceEvents, variables: { roomId } }, () => false);
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(3);
    const both = await server.gql(roomState, { roomId }, bo.token);
    expect(both.data.room.viewerCount).toBe(2);
    expect(both.data.onlineMembers.edges.map((e: any) => e.node)).toEqual([ana.id, bo.id].sort().map((id) => ({ id, online: true })));

    await tab1.dispose();
    await expect.poll(() => server.app.pubsub.subscriberCount('room', roomId)).toBe(2);
    expect((await server.gql(meOnline, {}, ana.token)).data.me.online).toBe(true);
    expect((await server.gql(roomState, { roomId }, bo.token)).data.room.viewerCount).toBe(2);
    await expect
      .poll(() => presence(watcher.events).map((e) => [e.viewerCount, e.joined, e.left]))
      .toEqual([
        [1, [{ id: bo.id }], []],
        [2, [{ id: ana.id }], []],
      ]);

    await tab2.dispose();
    const events = presence(await watcher.done);
    expect(events.at(-1)).toEqual({ __typename: 'PresenceChanged', viewerCount: 1, joined: [], left: [{ id: ana.id }] });
    expect(events).toHaveLength(3); // closing the first tab sent nothing
    expect((await server.gql(meOnline, {}, ana.token)).data.me.online).toBe(false);
    const after = await server.gql(roomState, { roomId }, bo.token);
    expect(after.data.onlineMembers.edges.map((e: any) => e.node.id)).not.toContain(ana.id);
  });

  it('drops a socket that dies without a close, as keep-alive does with a dead peer', async () => {
    const ana = await guest(server, 'Ana');
    const cy = await guest(server, 'Cy');
    const roomId = await room(server, ana.token);
    const leftCy = (events: Event[]) => presence(events).some((e) => e.left?.some((u) => u.id === cy.id));
    const watcher = collect<Event>(server.wsClient(ana.token), { query: presenceEvents, variables: { roomId } }, leftCy);
    await expect.poll(() => server.app.domains.presence.viewerCount(roomId)).toBe(1);
    collect(server.wsClient(cy.token), { query: presenceEvents, variables: { roomId } }, () => false);
    await expect.poll(() => server.app.domains.presence.isOnline(cy.id)).toBe(true);
    const newest = [...server.app.wss.clients].at(-1)!; // Cy's socket: the last one accepted
    newest.terminate();
    expect(presence(await watcher.done).at(-1)).toMatchObject({ viewerCount: 1, left: [{ id: cy.id }] });
    expect(server.app.domains.presence.isOnline(cy.id)).toBe(false);
  });

  it('lists online members only for those who may read the room', async () => {
    const ana = await guest(server, 'Ana');
    const bo = await guest(server, 'Bo');
    const roomId = await room(server, ana.token, { kind: 'PRIVATE' });
    const refused = await server.gql(roomState, { roomId }, bo.token);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await server.gql(roomState, { roomId }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('above LARGE_ROOM_VIEWERS sends counts without users, at most every 5 s; back below, users again at once', async () => {
    const ana = await guest(server, 'Ana');
    const bo = await guest(server, 'Bo');
    const roomId = await room(server, ana.token);
    const receivedAt: number[] = [];
    const stamp = (events: Event[]) => {
      receivedAt[events.length - 1] = Date.now();
      return events.at(-1)?.roomEvents.viewerCount === 1 && events.length > 1;
    };
    const watcher = collect<Event>(server.wsClient(ana.token), { query: presenceEvents, variables: { roomId } }, stamp);
    await expect.poll(() => watcher.events.length).toBe(1);

    // 1 → 6 viewers, with churn, all inside one interval: one count, on the trailing edge.
    const viewers = Array.from({ length: 6 }, (_, i) => server.wsClient(i === 4 ? bo.token : null));
    for (const client of viewers) collect(client, { query: presenceEvents, variables: { roomId } }, () => false);
    await expect.poll(() => server.app.domains.presence.viewerCount(roomId)).toBe(7);
    await viewers[5].dispose();
    await expect.poll(() => server.app.domains.presence.viewerCount(roomId)).toBe(6);
    await expect.poll(() => watcher.events.at(-1)?.roomEvents.viewerCount, { timeout: 8000 }).toBe(6);

    const counts = watcher.events.map((e) => e.roomEvents.viewerCount);
    expect(counts).toEqual([1, 2, 3, 6]);
    const large = watcher.events[3].roomEvents;
    expect(large).toMatchObject({ joined: [], left: [] });
    expect(receivedAt[3] - receivedAt[2]).toBeGreaterThanOrEqual(4900);

    // Back to 1 viewer: 6 → 5 and 5 → 4 wait for the interval and are overtaken; 3, 2 and 1 go out
    // at once, and Bo (the last to go) by name.
    for (const client of viewers.slice(0, 4)) await client.dispose();
    await expect.poll(() => watcher.events.at(-1)?.roomEvents.viewerCount).toBe(2);
    await viewers[4].dispose();
    const events = (await watcher.done).slice(4).map((e) => e.roomEvents);
    expect(events.map((e) => [e.viewerCount, e.joined, e.left])).toEqual([
      [3, [], []],
      [2, [], []],
      [1, [], [{ id: bo.id }]],
    ]);
    expect(server.app.domains.presence.activeTimers()).toBe(0);
  });
});

describe('closing the app', () => {
  it('releases every presence, typing and cheering timer', async () => {
    const own = await startServer({ largeRoomViewers: 1 });
    const ana = await guest(own, 'Ana');
    const roomId = await room(own, ana.token);
    for (let i = 0; i < 3; i++) collect(own.wsClient(null), { query: presenceEvents, variables: { roomId } }, () => false);
    await expect.poll(() => own.app.domains.presence.activeTimers()).toBe(1); // a large room's waiting count
    await own.gql(`mutation ($roomId: ID!) { setTyping(roomId: $roomId, typing: true) }`, { roomId }, ana.token);
    await own.gql(`mutation ($roomId: ID!) { sendRoomReaction(roomId: $roomId, emoji: "🎉") }`, { roomId }, ana.token);
    expect(own.app.domains.typing.activeTimers()).toBeGreaterThan(0);
    expect(own.app.domains.cheering.activeTimers()).toBe(1);
    await own.stop();
    expect(own.app.domains.presence.activeTimers()).toBe(0);
    expect(own.app.domains.typing.activeTimers()).toBe(0);
    expect(own.app.domains.cheering.activeTimers()).toBe(0);
  });
});
