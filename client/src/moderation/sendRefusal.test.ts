import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isBannedError, sendRefusal } from './sendRefusal';

const refused = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('sendRefusal', () => {
  it('tells blocked, slowed, timed-out and banned sends apart', () => {
    expect(sendRefusal(refused('This message contains a blocked term.', { code: 'MESSAGE_BLOCKED' }))).toEqual({
      kind: 'blocked',
      reason: 'This message contains a blocked term.',
    });
    expect(sendRefusal(refused('Slow mode is on…', { code: 'RATE_LIMITED', retryAfterMs: 9974 }))).toMatchObject({ kind: 'rateLimited', retryAfterMs: 9974 });
    expect(sendRefusal(refused('You are timed out…', { code: 'FORBIDDEN', until: '2026-11-28T05:11:08.137Z', reason: 'spoilers' }))).toMatchObject({
      kind: 'timedOut',
      until: '2026-11-28T05:11:08.137Z',
      reason: 'spoilers',
    });
    expect(sendRefusal(refused("You are banned from room 'Final'.", { code: 'FORBIDDEN' }))).toMatchObject({ kind: 'banned' });
  });

  it('reads a refusal from the body of a non-GraphQL 429 answer too', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'Too fast', extensions: { code: 'RATE_LIMITED', retryAfterMs: 1200 } }] });
    const error = new ServerError('Response not successful', { response: new Response(bodyText, { status: 429 }), bodyText });
    expect(sendRefusal(error)).toMatchObject({ kind: 'rateLimited', retryAfterMs: 1200 });
  });

  it('refuses for good what the same send would fail with again: bad input, not a member', () => {
    const tooLong = 'A message can be at most 4000 characters long; this one has 4012.';
    expect(sendRefusal(refused(tooLong, { code: 'BAD_USER_INPUT', field: 'body' }))).toEqual({ kind: 'invalid', message: tooLong });
    expect(sendRefusal(refused("Join room 'Final' before posting in it.", { code: 'FORBIDDEN' }))).toMatchObject({ kind: 'invalid' });
  });

  it('leaves other failures to the retry path', () => {
    expect(sendRefusal(new TypeError('Failed to fetch'))).toBeNull();
    expect(sendRefusal(refused('Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }))).toBeNull();
    expect(isBannedError(refused("You are banned from room 'Final'.", { code: 'FORBIDDEN' }))).toBe(true);
  });
});
