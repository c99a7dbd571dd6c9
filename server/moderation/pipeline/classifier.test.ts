// The external classifier against a real HTTP server on a free local port (real timers, tiny timeouts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askClassifier } from './classifier';
import { CLASSIFIER_UNAVAILABLE_REASON } from './classifierAnswer';
import { createModerationPipeline, type ModerationInput } from './pipeline';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
/** Tiny for the slow-answer case; roomy for the rest, so a busy machine does not turn an answer into a timeout. */
const SHORT_TIMEOUT_MS = 100;
const ROOMY_TIMEOUT_MS = 2_000;

let server: Server;
let url: string;
let handle: Handler;
let received: { method?: string; contentType?: string; json: unknown }[];

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method, contentType: req.headers['content-type'], json: JSON.parse(text) });
      handle(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/classify`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
});

const json =
  (status: number, value: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(typeof value === 'string' ? value : JSON.stringify(value));
  };
const slow: Handler = (_req, res) => {
  const timer = setTimeout(() => json(200, { action: 'ALLOW' })(_req, res), 5_000);
  res.on('close', () => clearTimeout(timer));
};

const input: ModerationInput = {
  roomId: 'r1',
  authorId: 'ana',
  body: 'well shit, what a game',
  kind: 'send',
  settings: { blockedTerms: [], linkPolicy: 'ALLOW', profanity: 'MASK' },
};
const masked = 'well ****, what a game';
/** Fail closed holds the masked body, giving the classifier's reason and then the profanity mask's. */
const unavailable = { action: 'HOLD', rule: 'CLASSIFIER', reason: expect.stringMatching(/^Automated moderation is unavailable; .* Profanity/), body: masked };
const profanityMaskOnly = { action: 'MASK', rule: 'PROFANITY', body: masked };

function moderate(failMode: 'open' | 'closed', failures: string[] = [], target = url, timeoutMs = ROOMY_TIMEOUT_MS) {
  const pipeline = createModerationPipeline({ webhookUrl: target, webhookTimeoutMs: timeoutMs, failMode, onClassifierFailure: (f) => failures.push(f) });
  return pipeline.moderate(input).finally(() => pipeline.dispose());
}

describe('the external classifier over HTTP', () => {
  it('POSTs the possibly masked body as JSON with room, author and kind', async () => {
    handle = json(200, { action: 'ALLOW' });
    await moderate('open');
    expect(received).toEqual([{ method: 'POST', contentType: 'application/json', json: { roomId: 'r1', authorId: 'ana', body: masked, kind: 'send' } }]);
  });

  const answers: { name: string; handler: Handler; expected: unknown }[] = [
    { name: 'ALLOW', handler: json(200, { action: 'ALLOW', reason: 'Fine.' }), expected: profanityMaskOnly },
    {
      name: 'MASK with a body',
      handler: json(200, { action: 'MASK', reason: 'Rude.', body: 'well ****, what a ****' }),
      expected: { action: 'MASK', rule: 'PROFANITY', reason: expect.stringContaining('Rude.'), body: 'well ****, what a ****' },
    },
    {
      name: 'MASK without a body',
      handler: json(200, { action: 'MASK', reason: 'Rude.' }),
      expected: { action: 'MASK', rule: 'PROFANITY', reason: expect.stringContaining('Rude.'), body: '**** ***** **** * ****' },
    },
    {
      name: 'HOLD',
      handler: json(200, { action: 'HOLD', reason: 'Looks like spam.' }),
      expected: { action: 'HOLD', rule: 'CLASSIFIER', reason: expect.stringMatching(/^Looks like spam\. Profanity/), body: masked },
    },
    { name: 'BLOCK', handler: json(200, { action: 'BLOCK', reason: 'Harassment.' }), expected: { action: 'BLOCK', rule: 'CLASSIFIER', reason: 'Harassment.' } },
  ];

  describe.each(['open', 'closed'] as const)('answers it gives (fail %s)', (failMode) => {
    it.each(answers)('follows $name with its reason', async ({ handler, expected }) => {
      handle = handler;
      const failures: string[] = [];
      expect(await moderate(failMode, failures)).toMatchObject(expected as object);
      expect(failures).toEqual([]);
    });
  });

  const failures: { name: string; handler: Handler; failure: RegExp; timeoutMs?: number }[] = [
    { name: 'a slow answer past the timeout', handler: slow, failure: /did not answer within 100 ms/, timeoutMs: SHORT_TIMEOUT_MS },
    { name: 'HTTP 500', handler: json(500, { action: 'ALLOW' }), failure: /HTTP 500/ },
    { name: 'malformed JSON', handler: json(200, '{"action": "ALLOW"'), failure: /not a moderation decision/ },
    { name: 'an unknown action', handler: json(200, { action: 'DELETE', reason: 'Nope.' }), failure: /not a moderation decision/ },
  ];

  describe.each([
    ['open', profanityMaskOnly],
    ['closed', unavailable],
  ] as const)('when it fails (fail %s)', (failMode, expected) => {
    it.each(failures)('treats $name as unavailable', async ({ handler, failure, timeoutMs }) => {
      handle = handler;
      const seen: string[] = [];
      const started = performance.now();
      const decision = await moderate(failMode, seen, url, timeoutMs);
      expect(decision).toMatchObject(expected);
      expect(seen).toEqual([expect.stringMatching(failure)]);
      expect(performance.now() - started).toBeLessThan(2_500); // the slow server would take 5 s
    });

    it('treats a server that cannot be reached as unavailable', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const seen: string[] = [];
      expect(await moderate(failMode, seen, `http://127.0.0.1:${port}/`)).toMatchObject(expected);
      expect(seen).toEqual([expect.stringMatching(/could not be reached/)]);
    });
  });

  it('refuses an oversized answer', async () => {
    handle = json(200, { action: 'ALLOW', reason: 'x'.repeat(100_000) });
    const result = await askClassifier({ url, timeoutMs: ROOMY_TIMEOUT_MS, fetchFn: fetch }, { roomId: 'r', authorId: 'a', body: 'b', kind: 'edit' });
    expect(result).toEqual({ ok: false, failure: expect.stringMatching(/not a moderation decision/) });
  });

  it('ends a call in flight when the pipeline is disposed', async () => {
    handle = slow;
    const pipeline = createModerationPipeline({ webhookUrl: url, webhookTimeoutMs: 10_000, failMode: 'closed' });
    const pending = pipeline.moderate(input);
    await expect.poll(() => received.length).toBe(1);
    pipeline.dispose();
    expect(await pending).toEqual(unavailable);
    expect((await pending) as { reason: string }).toMatchObject({ reason: expect.stringContaining(CLASSIFIER_UNAVAILABLE_REASON) });
  });
});
