// The pipeline end to end: rule order, how decisions combine, repeat memory on a fake clock, and when
// the classifier is asked (a stub fetch; the real HTTP path is in classifier.test.ts).
import { describe, expect, it } from 'vitest';
import { BLOCKED_TERM_REASON } from './blockedTerms';
import { FLOOD_REASON } from './flood';
import { LINK_BLOCK_REASON, LINK_HOLD_REASON } from './links';
import { createModerationPipeline, type ModerationInput } from './pipeline';
import { PROFANITY_BLOCK_REASON, PROFANITY_MASK_REASON } from './profanity';
import { REPEAT_REASON } from './repeatMemory';

const settings: ModerationInput['settings'] = { blockedTerms: ['spoiler'], linkPolicy: 'ALLOW', profanity: 'MASK' };
const msg = (body: string, more: Partial<ModerationInput> = {}): ModerationInput => ({ roomId: 'r1', authorId: 'ana', body, kind: 'send', settings, ...more });
const withSettings = (body: string, changes: Partial<ModerationInput['settings']>) => msg(body, { settings: { ...settings, ...changes } });

function setup(answer?: (body: { body: string; kind: string }) => unknown) {
  let time = 1_000_000;
  const requests: { body: string; kind: string }[] = [];
  const fetchFn = (async (_url: unknown, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body));
    requests.push(request);
    return new Response(JSON.stringify(answer?.(request) ?? { action: 'ALLOW' }));
  }) as typeof fetch;
  const pipeline = createModerationPipeline({
    webhookUrl: answer ? 'http://classifier.invalid/' : null,
    webhookTimeoutMs: 1_000,
    failMode: 'open',
    now: () => time,
    fetchFn,
  });
  return { pipeline, requests, advance: (ms: number) => (time += ms) };
}

describe('the moderation pipeline', () => {
  it('allows a clean message byte-exact', async () => {
    const { pipeline } = setup();
    expect(await pipeline.moderate(msg('  What a  game 🏀  '))).toEqual({ action: 'ALLOW', body: '  What a  game 🏀  ' });
  });

  it('runs blocked terms first, then profanity, then links, then flood', async () => {
    const { pipeline } = setup();
    const strict = { profanity: 'BLOCK', linkPolicy: 'BLOCK' } as const;
    expect(await pipeline.moderate(withSettings('spoiler: shit at example.com', strict))).toMatchObject({ rule: 'BLOCKED_TERM', reason: BLOCKED_TERM_REASON });
    expect(await pipeline.moderate(withSettings('shit at example.com', strict))).toMatchObject({ rule: 'PROFANITY', reason: PROFANITY_BLOCK_REASON });
    expect(await pipeline.moderate(withSettings(`example.com ${'!'.repeat(40)}`, strict))).toMatchObject({ rule: 'LINK', reason: LINK_BLOCK_REASON });
    expect(await pipeline.moderate(withSettings('!'.repeat(40), strict))).toEqual({ action: 'BLOCK', rule: 'FLOOD', reason: FLOOD_REASON });
  });

  it('masks profanity and carries on with the masked body', async () => {
    const { pipeline } = setup();
    expect(await pipeline.moderate(msg('well shit'))).toEqual({ action: 'MASK', rule: 'PROFANITY', reason: PROFANITY_MASK_REASON, body: 'well ****' });
  });

  it('holds a masked message with a link, keeping both reasons', async () => {
    const { pipeline } = setup();
    expect(await pipeline.moderate(withSettings('shit, see example.com', { linkPolicy: 'HOLD' }))).toEqual({
      action: 'HOLD',
      rule: 'LINK',
      reason: `${LINK_HOLD_REASON} ${PROFANITY_MASK_REASON}`,
      body: '****, see example.com',
    });
  });

  it('lets a later BLOCK win over an earlier MASK or HOLD', async () => {
    const { pipeline } = setup();
    expect(await pipeline.moderate(withSettings('shit example.com', { linkPolicy: 'BLOCK' }))).toMatchObject({ action: 'BLOCK', rule: 'LINK' });
    expect(await pipeline.moderate(withSettings(`example.com ${'ha'.repeat(20)}`, { linkPolicy: 'HOLD' }))).toMatchObject({ action: 'BLOCK', rule: 'FLOOD' });
  });

  it('refuses the third copy of a send within a minute, per author per room, and forgets after the window', async () => {
    const { pipeline, advance } = setup();
    expect(await pipeline.moderate(msg('GO TEAM'))).toMatchObject({ action: 'ALLOW' });
    advance(20_000);
    expect(await pipeline.moderate(msg('go team!'))).toMatchObject({ action: 'ALLOW' });
    expect(await pipeline.moderate(msg('go team', { roomId: 'r2' }))).toMatchObject({ action: 'ALLOW' });
    expect(await pipeline.moderate(msg('go team', { authorId: 'bo' }))).toMatchObject({ action: 'ALLOW' });
    advance(20_000);
    expect(await pipeline.moderate(msg('Go  team'))).toEqual({ action: 'BLOCK', rule: 'REPEAT', reason: REPEAT_REASON });
    advance(20_001); // the first copy is now older than 60 s
    expect(await pipeline.moderate(msg('go team'))).toMatchObject({ action: 'ALLOW' });
  });

  it('counts neither edits nor refused sends as copies', async () => {
    const { pipeline } = setup();
    for (let i = 0; i < 3; i++) expect(await pipeline.moderate(msg('same', { kind: 'edit' }))).toMatchObject({ action: 'ALLOW' });
    for (let i = 0; i < 3; i++) expect(await pipeline.moderate(withSettings('same', { blockedTerms: ['same'] }))).toMatchObject({ rule: 'BLOCKED_TERM' });
    expect(await pipeline.moderate(msg('same'))).toMatchObject({ action: 'ALLOW' });
    expect(await pipeline.moderate(msg('same'))).toMatchObject({ action: 'ALLOW' });
    expect(await pipeline.moderate(msg('same'))).toMatchObject({ rule: 'REPEAT' });
  });

  it('counts a send once whether or not recordPublished is called, with the sent or the masked body', async () => {
    const { pipeline } = setup();
    const first = await pipeline.moderate(msg('oh shit'));
    pipeline.recordPublished!({ roomId: 'r1', authorId: 'ana', body: (first as { body: string }).body });
    await pipeline.moderate(msg('oh shit'));
    pipeline.recordPublished!({ roomId: 'r1', authorId: 'ana', body: 'oh shit' });
    expect(await pipeline.moderate(msg('oh shit'))).toMatchObject({ rule: 'REPEAT' });
  });

  it('remembers a message published without passing moderate as a send', async () => {
    const { pipeline } = setup();
    pipeline.recordPublished!({ roomId: 'r1', authorId: 'ana', body: 'hello' });
    pipeline.recordPublished!({ roomId: 'r1', authorId: 'ana', body: 'hello' });
    expect(await pipeline.moderate(msg('hello'))).toMatchObject({ rule: 'REPEAT' });
  });

  it('asks the classifier last, with the masked body, and only when nothing held or blocked', async () => {
    const { pipeline, requests } = setup(() => ({ action: 'ALLOW' }));
    await pipeline.moderate(msg('oh shit', { kind: 'edit' }));
    await pipeline.moderate(withSettings('see example.com', { linkPolicy: 'HOLD' }));
    await pipeline.moderate(msg('spoiler'));
    expect(requests).toEqual([{ roomId: 'r1', authorId: 'ana', body: 'oh ****', kind: 'edit' }]);
  });

  it('combines a classifier HOLD with an earlier mask, and forgets a send the classifier blocked', async () => {
    const { pipeline } = setup(({ body }) => (body.includes('scam') ? { action: 'BLOCK', reason: 'Scam.' } : { action: 'HOLD' }));
    expect(await pipeline.moderate(msg('shit'))).toMatchObject({ action: 'HOLD', rule: 'CLASSIFIER', body: '****', reason: expect.stringContaining(PROFANITY_MASK_REASON) });
    for (let i = 0; i < 3; i++) expect(await pipeline.moderate(msg('scam'))).toEqual({ action: 'BLOCK', rule: 'CLASSIFIER', reason: 'Scam.' });
  });

  it('sees concurrent copies while the classifier is being asked', async () => {
    const { pipeline } = setup(() => ({ action: 'ALLOW' }));
    const decisions = await Promise.all([1, 2, 3].map(() => pipeline.moderate(msg('spam'))));
    expect(decisions.map((d) => d.action)).toEqual(['ALLOW', 'ALLOW', 'BLOCK']);
  });

  it('forgets its memory when disposed', async () => {
    const { pipeline } = setup();
    await pipeline.moderate(msg('again'));
    await pipeline.moderate(msg('again'));
    pipeline.dispose();
    expect(await pipeline.moderate(msg('again'))).toMatchObject({ action: 'ALLOW' });
  });
});
