// Regression test for a bug the fuzz tests found (fixed in da72772): a body or clientMessageId with
// a lone UTF-16 surrogate (valid JSON: "\ud800") was accepted, and SQLite stored it as the bytes of
// the surrogate (ED A0 80, not UTF-8), which read back as three U+FFFD. So the message was not
// stored "byte-exact", the answer already differed from what was sent, and the length check, made
// on the string before storing, was bypassed: 4,000 lone surrogates came back as up to 12,000
// characters. Such text must be refused as BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guest, room, startServer, type TestServer } from '../harness';

const send = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id body clientMessageId } }`;
const MAX_LENGTH = 4000;

let server: TestServer;
let token: string;
let roomId: string;
beforeAll(async () => {
  server = await startServer();
  token = (await guest(server, 'Ana')).token;
  roomId = await room(server, token, { kind: 'PUBLIC' });
});
afterAll(() => server.stop());

describe('lone surrogates', () => {
  it('a body with a lone surrogate is refused as BAD_USER_INPUT, not stored altered', async () => {
    const result = await server.gql(send, { input: { roomId, body: 'half an emoji: \ud83d' } }, token);
    expect(result.data?.sendMessage ?? null, `stored as ${JSON.stringify(result.data?.sendMessage?.body)}`).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`no body longer than ${MAX_LENGTH} characters is ever stored`, async () => {
    // Words of three different lone surrogates each, so no flood rule sees one word over and over.
    const words = Array.from({ length: MAX_LENGTH / 4 + 1 }, (_, i) => [0, 1, 2].map((k) => String.fromCharCode(0xdc00 + ((i * 3 + k) % 1024))).join(''));
    const body = `${words.join(' ').slice(0, MAX_LENGTH - 1)}x`;
    expect([...body]).toHaveLength(MAX_LENGTH);
    const result = await server.gql(send, { input: { roomId, body } }, token);
    const stored = result.data?.sendMessage?.body as string | undefined;
    if (stored !== undefined) expect([...stored].length).toBeLessThanOrEqual(MAX_LENGTH);
    else expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a clientMessageId with a lone surrogate is refused, or comes back unchanged', async () => {
    const clientMessageId = 'retry-\ud800';
    const result = await server.gql(send, { input: { roomId, body: 'with an odd id', clientMessageId } }, token);
    if (result.data?.sendMessage) expect(result.data.sendMessage.clientMessageId).toBe(clientMessageId);
    else expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
