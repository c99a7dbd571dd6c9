import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ops, startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  // Small limits with long windows, so no token comes back during a test however slow the machine.
  server = await startServer({
    rateLimitsEnabled: true,
    accountRateLimit: { count: 3, windowMs: 600_000 },
    signInRateLimit: { count: 50, windowMs: 600_000 },
    signInFailureLimit: { count: 3, windowMs: 600_000 },
  });
});
afterAll(() => server.stop());

const signUp = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const signIn = `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

/** POST /graphql with an X-Forwarded-For header. */
async function fromAddress(on: TestServer, forwardedFor: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(on.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

describe('account creation limit per client address', () => {
  it('refuses joinAsGuest and signUp past the burst with RATE_LIMITED, 429 and retryAfterMs, over HTTP and WebSocket alike', async () => {
    const on = await startServer({ rateLimitsEnabled: true, accountRateLimit: { count: 3, windowMs: 600_000 } });
    expect((await on.gql(ops.guest, { name: 'One' })).data).toBeTruthy();
    expect((await on.gql(signUp, { input: { username: 'two_2', password: 'long enough', displayName: 'Two' } })).data).toBeTruthy();
    await collect(on.wsClient(null), { query: ops.guest, variables: { name: 'Three' } }, () => true).done;
    const refused = await on.gql(ops.guest, { name: 'Four' });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
    expect(refused.errors![0].extensions!.retryAfterMs).toBeGreaterThan(0);
    await expect(collect(on.wsClient(null), { query: ops.guest, variables: { name: 'Five' } }, () => true).done).rejects.toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(code(await on.gql(signUp, { input: { username: 'six_6', password: 'long enough', displayName: 'Six' } }))).toBe('RATE_LIMITED');
    await on.stop();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy is in front', async () => {
    const direct = await startServer({ rateLimitsEnabled: true, accountRateLimit: { count: 1, windowMs: 600_000 } });
    expect((await fromAddress(direct, '198.51.100.1', ops.guest, { name: 'A' })).data).toBeTruthy();
    expect(code(await fromAddress(direct, '198.51.100.2', ops.guest, { name: 'B' }))).toBe('RATE_LIMITED');
    await direct.stop();

    const proxied = await startServer({ rateLimitsEnabled: true, accountRateLimit: { count: 1, windowMs: 600_000 }, trustProxyHops: 1 });
    expect((await fromAddress(proxied, '198.51.100.1', ops.guest, { name: 'A' })).data).toBeTruthy();
    expect((await fromAddress(proxied, '198.51.100.2', ops.guest, { name: 'B' })).data).toBeTruthy();
    // What the client writes before the proxy's own entry changes nothing.
    expect(code(await fromAddress(proxied, 'forged, 198.51.100.1', ops.guest, { name: 'C' }))).toBe('RATE_LIMITED');
    await proxied.stop();
  });

  it('is off with RATE_LIMITS=off', async () => {
    const off = await startServer({ rateLimitsEnabled: false, accountRateLimit: { count: 1, windowMs: 600_000 } });
    for (let i = 0; i < 5; i++) expect((await off.gql(ops.guest, { name: `G${i}` })).data).toBeTruthy();
    await off.stop();
  });
});

describe('sign-in limits', () => {
  it('refuses a username after repeated wrong passwords, even the right one, leaving other usernames alone', async () => {
    await server.gql(signUp, { input: { username: 'target', password: 'the right one', displayName: 'Target' } });
    await server.gql(signUp, { input: { username: 'bystander', password: 'the right one', displayName: 'Bystander' } });
    for (let i = 0; i < 3; i++) expect(code(await server.gql(signIn, { u: 'target', p: `guess ${i}` }))).toBe('UNAUTHENTICATED');
    const refused = await server.gql(signIn, { u: 'TARGET', p: 'the right one' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
    expect((await server.gql(signIn, { u: 'bystander', p: 'the right one' })).data.signIn.token).toMatch(/^cs_/);
  });

  it('limits unknown usernames the same way, so the limit tells nothing about who exists', async () => {
    for (let i = 0; i < 3; i++) expect(code(await server.gql(signIn, { u: 'nobody_at_all', p: `guess ${i}` }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(signIn, { u: 'nobody_at_all', p: 'guess 4' }))).toBe('RATE_LIMITED');
  });

  it('limits sign-in attempts per client address across usernames', async () => {
    const on = await startServer({ rateLimitsEnabled: true, signInRateLimit: { count: 3, windowMs: 600_000 } });
    for (let i = 0; i < 3; i++) expect(code(await on.gql(signIn, { u: `someone_${i}`, p: 'password' }))).toBe('UNAUTHENTICATED');
    expect(code(await on.gql(signIn, { u: 'someone_9', p: 'password' }))).toBe('RATE_LIMITED');
    await on.stop();
  });
});
