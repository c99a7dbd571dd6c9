// Every moderator action by an owner, a moderator, a member, a non-member and an anonymous caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, ops, room, send, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

type Caller = 'owner' | 'moderator' | 'member' | 'outsider' | 'anonymous';
const CALLERS: Caller[] = ['owner', 'moderator', 'member', 'outsider', 'anonymous'];

/** What each caller gets: 'ok', or the error code. */
type Expected = Record<Caller, string>;
const MODERATORS_ONLY: Expected = { owner: 'ok', moderator: 'ok', member: 'FORBIDDEN', outsider: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' };

/** A fresh room per action, so one action's effect (a ban, a pin) does not change the next one's. */
async function scene() {
  const [owner, moderator, member, outsider, target] = await Promise.all(['Owner', 'Mod', 'Member', 'Outsider', 'Target'].map((name) => guest(server, name)));
  const roomId = await room(server, owner.token);
  for (const user of [moderator, member, target]) await server.gql(ops.joinRoom, { roomId }, user.token);
  await server.gql(`mutation ($r: ID!, $u: ID!) { setRole(roomId: $r, userId: $u, role: MODERATOR) { role } }`, { r: roomId, u: moderator.id }, owner.token);
  const messageId = (await send(server, target.token, roomId, 'a message to act on')).data.sendMessage.id;
  await server.gql(`mutation ($r: ID!) { updateRoomSettings(roomId: $r, settings: { linkPolicy: HOLD }) { id } }`, { r: roomId }, owner.token);
  const heldId = (await send(server, target.token, roomId, 'see https://example.com')).data.sendMessage.id;
  const reportId = (await server.gql(`mutation ($m: ID!) { reportMessage(messageId: $m, reason: "rude") { id } }`, { m: messageId }, member.token)).data.reportMessage.id;
  const tokens: Record<Caller, string | null> = { owner: owner.token, moderator: moderator.token, member: member.token, outsider: outsider.token, anonymous: null };
  return { roomId, messageId, heldId, reportId, target, tokens };
}

type Scene = Awaited<ReturnType<typeof scene>>;

const ACTIONS: { name: string; query: string; variables: (s: Scene) => Record<string, unknown>; expected: Expected }[] = [
  {
    name: 'timeoutUser',
    query: `mutation ($r: ID!, $u: ID!) { timeoutUser(roomId: $r, userId: $u, seconds: 60) { timedOutUntil } }`,
    variables: (s) => ({ r: s.roomId, u: s.target.id }),
    expected: MODERATORS_ONLY,
  },
  { name: 'banUser', query: `mutation ($r: ID!, $u: ID!) { banUser(roomId: $r, userId: $u) }`, variables: (s) => ({ r: s.roomId, u: s.target.id }), expected: MODERATORS_ONLY },
  { name: 'unbanUser', query: `mutation ($r: ID!, $u: ID!) { unbanUser(roomId: $r, userId: $u) }`, variables: (s) => ({ r: s.roomId, u: s.target.id }), expected: MODERATORS_ONLY },
  {
    name: 'setRole',
    query: `mutation ($r: ID!, $u: ID!) { setRole(roomId: $r, userId: $u, role: MEMBER) { role } }`,
    variables: (s) => ({ r: s.roomId, u: s.target.id }),
    expected: MODERATORS_ONLY,
  },
  { name: 'pinMessage', query: `mutation ($m: ID!) { pinMessage(messageId: $m) { pinnedAt } }`, variables: (s) => ({ m: s.messageId }), expected: MODERATORS_ONLY },
  { name: 'unpinMessage', query: `mutation ($m: ID!) { unpinMessage(messageId: $m) { id } }`, variables: (s) => ({ m: s.messageId }), expected: MODERATORS_ONLY },
  { name: 'deleteMessage', query: `mutation ($m: ID!) { deleteMessage(id: $m) { deletedAt } }`, variables: (s) => ({ m: s.messageId }), expected: MODERATORS_ONLY },
  {
    name: 'updateRoomSettings',
    query: `mutation ($r: ID!) { updateRoomSettings(roomId: $r, settings: { slowModeSeconds: 5 }) { id } }`,
    variables: (s) => ({ r: s.roomId }),
    expected: MODERATORS_ONLY,
  },
  { name: 'approveMessage', query: `mutation ($m: ID!) { approveMessage(id: $m) { seq } }`, variables: (s) => ({ m: s.heldId }), expected: MODERATORS_ONLY },
  { name: 'rejectMessage', query: `mutation ($m: ID!) { rejectMessage(id: $m) { status } }`, variables: (s) => ({ m: s.heldId }), expected: MODERATORS_ONLY },
  {
    name: 'resolveReport',
    query: `mutation ($id: ID!) { resolveReport(id: $id, resolution: DISMISSED) { resolvedAt } }`,
    variables: (s) => ({ id: s.reportId }),
    expected: MODERATORS_ONLY,
  },
  {
    name: 'heldMessages',
    query: `query ($r: ID!) { heldMessages(roomId: $r) { edges { cursor } } }`,
    variables: (s) => ({ r: s.roomId }),
    expected: { ...MODERATORS_ONLY, anonymous: 'FORBIDDEN' },
  },
  { name: 'reports', query: `query ($r: ID!) { reports(roomId: $r) { edges { cursor } } }`, variables: (s) => ({ r: s.roomId }), expected: MODERATORS_ONLY },
  { name: 'moderationLog', query: `query ($r: ID!) { moderationLog(roomId: $r) { edges { cursor } } }`, variables: (s) => ({ r: s.roomId }), expected: MODERATORS_ONLY },
];

describe('moderator actions by every kind of caller', () => {
  for (const action of ACTIONS) {
    it(`${action.name}: owner and moderator may; member, outsider and anonymous may not`, async () => {
      const outcomes: Partial<Expected> = {};
      for (const caller of [...CALLERS].reverse()) {
        // Each caller acts in a fresh scene; the refused ones first would not change anything anyway.
        const s = await scene();
        const result = await server.gql(action.query, action.variables(s), s.tokens[caller]);
        outcomes[caller] = result.errors ? String(result.errors[0].extensions?.code) : 'ok';
      }
      expect(outcomes).toEqual(action.expected);
    });
  }
});
