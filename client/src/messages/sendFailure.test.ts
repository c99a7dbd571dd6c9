import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { sendFailure } from './sendFailure';

const answered = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('sendFailure', () => {
  it('retries a send the server never answered, when the connection returns', () => {
    expect(sendFailure(new TypeError('Failed to fetch'))).toEqual({ kind: 'retry', error: "Can't reach the server." });
    expect(sendFailure(answered('Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'retry', error: 'Unexpected error.' });
  });

  it('waits out a rate limit, then sends the same again', () => {
    expect(sendFailure(answered('Too fast.', { code: 'RATE_LIMITED', retryAfterMs: 2500 }))).toEqual({
      kind: 'wait',
      refusal: { kind: 'rateLimited', message: 'Too fast.', retryAfterMs: 2500 },
    });
  });

  it('never retries what the server refused for good: too long, blocked, not a member', () => {
    expect(sendFailure(answered('A message can be at most 4000 characters long; this one has 4001.', { code: 'BAD_USER_INPUT' })).kind).toBe('refused');
    expect(sendFailure(answered('This message contains a blocked term.', { code: 'MESSAGE_BLOCKED' }))).toEqual({
      kind: 'refused',
      refusal: { kind: 'blocked', reason: 'This message contains a blocked term.' },
    });
    expect(sendFailure(answered("Join room 'Final' before posting in it.", { code: 'FORBIDDEN' })).kind).toBe('refused');
  });
});
