import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, guest, ops, room, send, startServer, timeline, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const m = {
  setRole: `mutation ($roomId: ID!, $userId: ID!, $role: RoomRole!) { setRole(roomId: $roomId, userId: $userId, role: $role) { role user { id } } }`,
  timeout: `mutation ($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) { timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) { timedOutUntil timeoutReason } }`,
  ban: `mutation ($roomId: ID!, $userId: ID!, $reason: String) { banUser(roomId: $roomId, userId: $userId, reason: $reason) }`,
  unban: `mutation ($roomId: ID!, $userId: ID!) { unbanUser(roomId: $roomId, userId: $userId) }`,
  pin: `mutation ($id: ID!) { pinMessage(messageId: $id) { id pinnedAt } }`,
  unpin: `mutation ($id: ID!) { unpinMessage(messageId: $id) { id pinnedAt } }`,
  settings: `mutation ($roomId: ID!, $settings: RoomSettingsInput!) { updateRoomSettings(roomId: $roomId, settings: $settings) { settings { slowModeSeconds blockedTerms linkPolicy profanity } } }`,
  log: `query ($roomId: ID!) { moderationLog(roomId: $roomId) { edges { node { action actor { id } targetUser { id } reason } } } }`,
  report: `mutation ($id: ID!, $reason: String!) { reportMessage(messageId: $id, reason: $reason) { id reason resolvedAt } }`,
  reports: `query ($roomId: ID!, $all: Boolean) { reports(roomId: $roomId, includeResolved: $all) { edges { node { id reason message { id } reporter { id } resolution } } } }`,
  resolve: `mutation ($id: ID!, $resolution: ReportResolution!) { resolveReport(id: $id, resolution: $resolution) { resolution resolvedAt resolvedBy { id } } }`,
  room: `query ($id: ID!) { room(id: $id) { settings { slowModeSeconds blockedTerms } pinnedMessages { id } } }`,
};

/** A room with an owner, a moderator, two members, an outsider and an anonymous caller. */
async function cast() {
  const owner = await guest(server, 'Owner');
  const mod = await guest(server, 'Mod');
  const ann = await guest(server, 'Ann');
  const bob = await guest(server, 'Bob');
  const out = await guest(server, 'Out');
  const roomId = await room(server, owner.token);
  for (const user of [mod, ann, bob]) await server.gql(ops.joinRoom, { roomId }, user.token);
  await server.gql(m.setRole, { roomId, userId: mod.id, role: 'MODERATOR' }, owner.token);
  return { owner, mod, ann, bob, out, roomId };
}

describe('roles', () => {
  it('lets the owner make a moderator, and nobody grant above their own role', async () => {
    const { owner, mod, ann, bob, out, roomId } = await cast();
    expect((await server.gql(m.setRole, { roomId, userId: ann.id, role: 'MODERATOR' }, mod.token)).data.setRole.role).toBe('MODERATOR');
    expect(code(await server.gql(m.setRole, { roomId, userId: bob.id, role: 'OWNER' }, mod.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.setRole, { roomId, userId: ann.id, role: 'MEMBER' }, mod.token))).toBe('FORBIDDEN'); // equal rank
    expect(code(await server.gql(m.setRole, { roomId, userId: bob.id, role: 'MODERATOR' }, bob.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.setRole, { roomId, userId: bob.id, role: 'MODERATOR' }, out.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.setRole, { roomId, userId: bob.id, role: 'MODERATOR' }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(m.setRole, { roomId, userId: out.id, role: 'MEMBER' }, owner.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.setRole, { roomId, userId: owner.id, role: 'MEMBER' }, owner.token))).toBe('FORBIDDEN');
  });
});

describe('members', () => {
  it('lists members with their roles, owners and moderators first, to members only', async () => {
    const { owner, mod, ann, bob, out, roomId } = await cast();
    const members = `query ($id: ID!) { room(id: $id) { members(first: 10) { edges { node { role user { id } } } } } }`;
    const listed = (await server.gql(members, { id: roomId }, ann.token)).data.room.members.edges.map((e: any) => [e.node.role, e.node.user.id]);
    expect(listed).toEqual([
      ['OWNER', owner.id],
      ['MODERATOR', mod.id],
      ['MEMBER', ann.id],
      ['MEMBER', bob.id],
    ]);
    expect((await server.gql(members, { id: roomId }, out.token)).data.room.members.edges).toEqual([]);
  });

  it('tells a member live when their role changes', async () => {
    const { owner, ann, roomId } = await cast();
    const notices = collect(server.wsClient(ann.token), { query: `subscription { userEvents { ... on ModerationNotice { action reason } } }` }, (e) => e.length === 1);
    await expect.poll(() => server.app.pubsub.subscriberCount('user', ann.id)).toBe(1);
    await server.gql(m.setRole, { roomId, userId: ann.id, role: 'MODERATOR' }, owner.token);
    expect((await notices.done)[0].userEvents).toEqual({ action: 'ROLE_CHANGED', reason: 'MODERATOR' });
  });
});

describe('timeouts', () => {
  it('stops a member posting and reacting until the timeout ends, telling them why and until when', async () => {
    const { mod, ann, roomId } = await cast();
    const target = (await send(server, mod.token, roomId, 'react to me')).data.sendMessage.id;
    const notices = collect(
      server.wsClient(ann.token),
      { query: `subscription { userEvents { ... on ModerationNotice { action until reason room { id } } } }` },
      (e) => e.length === 1,
    );
    await expect.poll(() => server.app.pubsub.subscriberCount('user', ann.id)).toBe(1);
    const result = await server.gql(m.timeout, { roomId, userId: ann.id, seconds: 600, reason: 'spoilers' }, mod.token);
    expect(result.data.timeoutUser).toMatchObject({ timeoutReason: 'spoilers', timedOutUntil: expect.any(String) });
    const refused = await send(server, ann.token, roomId, 'let me talk');
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/timed out .* until .*spoilers/);
    expect(refused.errors?.[0].extensions?.until).toBe(result.data.timeoutUser.timedOutUntil);
    const react = `mutation ($id: ID!) { addReaction(messageId: $id, emoji: "🔥") { id } }`;
    expect(code(await server.gql(react, { id: target }, ann.token))).toBe('FORBIDDEN');
    expect((await notices.done)[0].userEvents).toMatchObject({ action: 'USER_TIMED_OUT', reason: 'spoilers', room: { id: roomId } });
    await server.gql(m.timeout, { roomId, userId: ann.id, seconds: 0 }, mod.token);
    expect((await send(server, ann.token, roomId, 'back')).errors).toBeUndefined();
  });

  it('outlasts leaving and rejoining the room, as does slow mode', async () => {
    const { owner, mod, ann, bob, roomId } = await cast();
    const leave = `mutation ($roomId: ID!) { leaveRoom(roomId: $roomId) }`;
    const mine = `query ($id: ID!) { room(id: $id) { myMembership { timedOutUntil timeoutReason } } }`;
    const result = await server.gql(m.timeout, { roomId, userId: ann.id, seconds: 3600, reason: 'spam' }, mod.token);
    expect((await server.gql(leave, { roomId }, ann.token)).data.leaveRoom).toBe(true);
    expect((await server.gql(ops.joinRoom, { roomId }, ann.token)).errors).toBeUndefined();
    const refused = await send(server, ann.token, roomId, 'fresh start?');
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.until).toBe(result.data.timeoutUser.timedOutUntil);
    expect((await server.gql(mine, { id: roomId }, ann.token)).data.room.myMembership).toEqual(result.data.timeoutUser);

    await server.gql(m.settings, { roomId, settings: { slowModeSeconds: 600 } }, owner.token);
    expect((await send(server, bob.token, roomId, 'one')).errors).toBeUndefined();
    await server.gql(leave, { roomId }, bob.token);
    await server.gql(ops.joinRoom, { roomId }, bob.token);
    expect(code(await send(server, bob.token, roomId, 'two'))).toBe('RATE_LIMITED');
  });

  it('refuses a reason with control characters or a lone surrogate', async () => {
    const { mod, ann, roomId } = await cast();
    for (const reason of ['bell\u0007', 'half \ud83d']) {
      expect(code(await server.gql(m.timeout, { roomId, userId: ann.id, seconds: 60, reason }, mod.token)), JSON.stringify(reason)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a timeout from a member, of an equal, of a non-member, and out of range', async () => {
    const { owner, mod, ann, bob, out, roomId } = await cast();
    expect(code(await server.gql(m.timeout, { roomId, userId: bob.id, seconds: 60 }, ann.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.timeout, { roomId, userId: owner.id, seconds: 60 }, mod.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.timeout, { roomId, userId: out.id, seconds: 60 }, mod.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.timeout, { roomId, userId: bob.id, seconds: 15 * 86_400 }, mod.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.timeout, { roomId: 'nope', userId: bob.id, seconds: 60 }, mod.token))).toBe('NOT_FOUND');
  });
});

describe('bans', () => {
  it('removes the user, stops their open subscription at once, and keeps them out until unbanned', async () => {
    const { mod, ann, roomId } = await cast();
    const live = timeline(server.wsClient(ann.token), { roomId, afterSeq: 0 }, () => false);
    await send(server, mod.token, roomId, 'before the ban');
    await expect.poll(() => live.events.length).toBe(1);
    expect((await server.gql(m.ban, { roomId, userId: ann.id, reason: 'abuse' }, mod.token)).data.banUser).toBe(true);
    await expect(live.done).rejects.toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    await send(server, mod.token, roomId, 'after the ban');
    expect(live.events).toHaveLength(1);
    expect(code(await server.gql(`query ($roomId: ID!) { messages(roomId: $roomId) { edges { cursor } } }`, { roomId }, ann.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(ops.joinRoom, { roomId }, ann.token))).toBe('FORBIDDEN');
    expect(code(await send(server, ann.token, roomId, 'sneaky'))).toBe('FORBIDDEN');
    expect((await server.gql(m.unban, { roomId, userId: ann.id }, mod.token)).data.unbanUser).toBe(true);
    expect((await server.gql(ops.joinRoom, { roomId }, ann.token)).errors).toBeUndefined();
  });

  it('tells a banned user why when they come back', async () => {
    const { mod, ann, roomId } = await cast();
    await server.gql(m.ban, { roomId, userId: ann.id, reason: 'spam links' }, mod.token);
    const refused = await server.gql(`query ($id: ID!) { room(id: $id) { id } }`, { id: roomId }, ann.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', banned: true, reason: 'spam links' });
    expect(refused.errors?.[0].message).toMatch(/banned.*spam links/);
  });

  it('refuses a ban from a member, of a moderator by a moderator, and of oneself', async () => {
    const { owner, mod, ann, bob, roomId } = await cast();
    const otherMod = await guest(server, 'Other mod');
    await server.gql(ops.joinRoom, { roomId }, otherMod.token);
    await server.gql(m.setRole, { roomId, userId: otherMod.id, role: 'MODERATOR' }, owner.token);
    expect(code(await server.gql(m.ban, { roomId, userId: bob.id }, ann.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.ban, { roomId, userId: otherMod.id }, mod.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.ban, { roomId, userId: mod.id }, mod.token))).toBe('FORBIDDEN');
    expect(code(await server.gql(m.ban, { roomId, userId: bob.id }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(m.unban, { roomId, userId: bob.id }, mod.token)).data.unbanUser).toBe(false);
  });
});

describe('pins and settings', () => {
  it('pins and unpins with durable events, for moderators only', async () => {
    const { mod, ann, roomId } = await cast();
    const id = (await send(server, ann.token, roomId, 'pin me')).data.sendMessage.id;
    expect(code(await server.gql(m.pin, { id }, ann.token))).toBe('FORBIDDEN');
    expect((await server.gql(m.pin, { id }, mod.token)).data.pinMessage.pinnedAt).toEqual(expect.any(String));
    expect((await server.gql(m.room, { id: roomId }, ann.token)).data.room.pinnedMessages).toEqual([{ id }]);
    await server.gql(m.unpin, { id }, mod.token);
    const events = await collect(
      server.wsClient(null),
      { query: `subscription ($roomId: ID!) { roomEvents(roomId: $roomId, afterSeq: 1) { __typename ... on DurableRoomEvent { seq } } }`, variables: { roomId } },
      (e) => e.length === 2,
      15_000,
      (e: any) => e.roomEvents.seq !== undefined,
    ).done;
    expect(events.map((e: any) => e.roomEvents)).toEqual([
      { __typename: 'MessagePinned', seq: 2 },
      { __typename: 'MessageUnpinned', seq: 3 },
    ]);
  });

  it('changes only the given settings, hides blocked terms from members, and refuses bad values', async () => {
    const { mod, ann, roomId } = await cast();
    const changed = await server.gql(m.settings, { roomId, settings: { slowModeSeconds: 30, blockedTerms: ['Spoiler'] } }, mod.token);
    expect(changed.data.updateRoomSettings.settings).toEqual({ slowModeSeconds: 30, blockedTerms: ['spoiler'], linkPolicy: 'ALLOW', profanity: 'MASK' });
    const again = await server.gql(m.settings, { roomId, settings: { linkPolicy: 'HOLD' } }, mod.token);
    expect(again.data.updateRoomSettings.settings).toMatchObject({ slowModeSeconds: 30, linkPolicy: 'HOLD' });
    expect((await server.gql(m.room, { id: roomId }, ann.token)).data.room.settings).toEqual({ slowModeSeconds: 30, blockedTerms: [] });
    expect(code(await server.gql(m.settings, { roomId, settings: { slowModeSeconds: 21_601 } }, mod.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.settings, { roomId, settings: { slowModeSeconds: 5 } }, ann.token))).toBe('FORBIDDEN');
    const updated = await collect(
      server.wsClient(null),
      {
        query: `subscription ($roomId: ID!) { roomEvents(roomId: $roomId, afterSeq: 0) { ... on RoomUpdated { seq room { settings { slowModeSeconds } } } } }`,
        variables: { roomId },
      },
      (e) => e.length === 2,
      15_000,
      (e: any) => e.roomEvents.seq !== undefined,
    ).done;
    expect(updated.map((e: any) => e.roomEvents.seq)).toEqual([1, 2]);
  });
});

describe('reports and the moderation log', () => {
  it('lets members report, moderators list and resolve, and logs every action', async () => {
    const { mod, ann, bob, roomId } = await cast();
    const id = (await send(server, bob.token, roomId, 'rude thing')).data.sendMessage.id;
    const report = (await server.gql(m.report, { id, reason: 'rude' }, ann.token)).data.reportMessage;
    expect(code(await server.gql(m.report, { id, reason: 'mine' }, bob.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.report, { id, reason: '' }, ann.token))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(m.reports, { roomId }, ann.token))).toBe('FORBIDDEN');
    const listed = await server.gql(m.reports, { roomId }, mod.token);
    expect(listed.data.reports.edges.map((e: any) => e.node)).toEqual([{ id: report.id, reason: 'rude', message: { id }, reporter: { id: ann.id }, resolution: null }]);
    const resolved = await server.gql(m.resolve, { id: report.id, resolution: 'MESSAGE_DELETED' }, mod.token);
    expect(resolved.data.resolveReport).toMatchObject({ resolution: 'MESSAGE_DELETED', resolvedBy: { id: mod.id } });
    expect((await server.gql(m.reports, { roomId }, mod.token)).data.reports.edges).toEqual([]);
    expect((await server.gql(m.reports, { roomId, all: true }, mod.token)).data.reports.edges).toHaveLength(1);
    await server.gql(m.timeout, { roomId, userId: bob.id, seconds: 60, reason: 'rude' }, mod.token);
    const log = (await server.gql(m.log, { roomId }, mod.token)).data.moderationLog.edges.map((e: any) => e.node);
    expect(log.map((entry: any) => entry.action)).toEqual(['USER_TIMED_OUT', 'REPORT_RESOLVED', 'MESSAGE_DELETED', 'ROLE_CHANGED']);
    expect(log[0]).toMatchObject({ actor: { id: mod.id }, targetUser: { id: bob.id }, reason: '60 s: rude' });
    expect(code(await server.gql(m.log, { roomId }, ann.token))).toBe('FORBIDDEN');
  });
});
