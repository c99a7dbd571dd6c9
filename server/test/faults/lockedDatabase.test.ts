// Another process holds the SQLite write lock past the busy timeout: a send is refused as
// retryable (RATE_LIMITED with retryAfterMs) in bounded time, saves nothing, and succeeds when
// retried after the lock is released — also when the holder dies instead of releasing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt, guestWithRoom, sendMutation } from './burstSender';
import { cleanUp, runScript, startServerProcess, faultDatabase, type ServerProcess } from './childServer';

/** A send waits up to SQLITE_LOCK_WAIT_MS (5 s) for the lock; the refusal must come well within this. */
const REFUSED_WITHIN_MS = 15_000;
/** Meanwhile the server answers other requests: the send waits without blocking the event loop. */
const BYSTANDER_WITHIN_MS = 1_000;

let server: ServerProcess;
let token: string;
let roomId: string;
const lastSeq = async () => (await gqlAt(server.url, `query ($id: ID!) { room(id: $id) { lastSeq } }`, { id: roomId }, token)).data.room.lastSeq as number;
const send = (body: string, clientMessageId: string) => gqlAt(server.url, sendMutation, { input: { roomId, body, clientMessageId } }, token, 30_000);

beforeAll(async () => {
  server = await startServerProcess(await faultDatabase(), { RATE_LIMITS: 'off' });
  ({ token, roomId } = await guestWithRoom(server.url)); // seq 1
});
afterAll(cleanUp);

/** Starts a process that holds the write lock, once it has it. */
async function lockHolder() {
  const holder = runScript('server/test/faults/lockHolder.ts', server.database.env);
  await holder.waitFor(/^locked$/m);
  return holder;
}

/** Sends while the lock is held: a retryable refusal in bounded time, and nothing saved. */
async function expectRetryableRefusal(body: string, clientMessageId: string) {
  const started = performance.now();
  const sending = send(body, clientMessageId);
  // The send's wait for the lock must not hold up this unrelated query (better-sqlite3 waits for a
  // lock synchronously; only the connection's short busy timeout may delay it).
  await new Promise((resolve) => setTimeout(resolve, 200));
  const bystander = performance.now();
  await gqlAt(server.url, '{ __typename }');
  const bystanderMs = performance.now() - bystander;
  const refused = await sending;
  const elapsed = performance.now() - started;
  console.log(`refused in ${Math.round(elapsed)} ms with HTTP ${refused.status}: ${JSON.stringify(refused.errors)}; a query sent meanwhile took ${Math.round(bystanderMs)} ms`);
  expect(refused.status).toBeLessThan(500);
  expect(refused.data?.sendMessage ?? null).toBeNull();
  expect(refused.errors).toHaveLength(1);
  expect(refused.errors![0].message).not.toBe('Unexpected error.');
  expect(refused.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
  expect(refused.errors![0].extensions!.retryAfterMs).toBeGreaterThan(0);
  expect(elapsed).toBeLessThan(REFUSED_WITHIN_MS);
  expect(bystanderMs).toBeLessThan(BYSTANDER_WITHIN_MS);
}

describe('the database write lock held by another process', () => {
  it('refuses a send as RATE_LIMITED with retryAfterMs, and the same send succeeds once the lock is released', { timeout: 60_000 }, async () => {
    const holder = await lockHolder();
    await expectRetryableRefusal('while it is locked', 'locked-1');

    holder.child.stdin.write('release\n');
    await holder.waitFor(/^released$/m);
    expect((await holder.exited).code).toBe(0);
    expect(await lastSeq()).toBe(1); // the refused send saved nothing
    const retried = await send('while it is locked', 'locked-1');
    expect(retried.errors).toBeUndefined();
    expect(retried.data.sendMessage).toMatchObject({ seq: 2, body: 'while it is locked', clientMessageId: 'locked-1' });
    expect(await lastSeq()).toBe(2);
  });

  it('recovers when the process holding the lock is killed instead of releasing it', { timeout: 60_000 }, async () => {
    const holder = await lockHolder();
    await expectRetryableRefusal('the holder dies', 'locked-2');
    holder.signal('SIGKILL');
    await holder.exited;
    const retried = await send('the holder dies', 'locked-2');
    expect(retried.errors).toBeUndefined();
    expect(retried.data.sendMessage).toMatchObject({ seq: 3, clientMessageId: 'locked-2' });
    // And the server took no harm: reads and further writes work.
    expect((await send('after the lock', 'locked-3')).data.sendMessage.seq).toBe(4);
    expect(await lastSeq()).toBe(4);
  });

  it('refuses any other write as RATE_LIMITED at once, not as an unexpected error', { timeout: 60_000 }, async () => {
    const holder = await lockHolder();
    const started = performance.now();
    const refused = await gqlAt(server.url, `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { name: 'While locked', kind: 'PUBLIC' } }, token);
    const elapsed = performance.now() - started;
    holder.signal('SIGKILL');
    await holder.exited;
    expect(refused.status).toBe(429);
    expect(refused.errors![0]).toMatchObject({ path: ['createRoom'], extensions: { code: 'RATE_LIMITED', retryAfterMs: 1000 } });
    expect(elapsed).toBeLessThan(BYSTANDER_WITHIN_MS);
    const created = await gqlAt(
      server.url,
      `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
      { input: { name: 'After the lock', kind: 'PUBLIC' } },
      token,
    );
    expect(created.errors).toBeUndefined();
  });
});
