// GraphQL over HTTP conformance: graphql-http's audits against the real /graphql. Every MUST passes.
// SHOULD/MAY audits that fail are printed and explained here rather than asserted:
// - GET requests are refused without an x-graphql-csrf header (CSRF prevention), so the MAY audits
//   that send a bare GET (5A70 GET queries, D6D5/6A70 variables in GETs) fail; a GET with the header
//   works.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('passes every MUST audit', async () => {
    const results = await Promise.all(serverAudits({ url: server.url, fetchFn: fetch }).map((audit) => audit.fn()));
    const failing = results.filter((result) => result.status !== 'ok');
    for (const result of failing) console.info(`graphql-http audit not passed: ${result.id} ${result.name} (${result.reason})`);
    const failedMusts = failing.filter((result) => result.name.startsWith('MUST'));
    expect(failedMusts.map((result) => `${result.id} ${result.name}: ${result.reason}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
    // Every SHOULD passes too; only the bare-GET MAY audits fail, by design (see above).
    expect(failing.map((result) => result.id).sort()).toEqual(['5A70', '6A70', 'D6D5']);
  });
});
