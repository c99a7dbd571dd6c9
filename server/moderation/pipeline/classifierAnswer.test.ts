import { describe, expect, it } from 'vitest';
import { CLASSIFIER_UNAVAILABLE_REASON, classifierVerdict, parseClassifierAnswer, unavailableVerdict } from './classifierAnswer';

describe('classifier answers', () => {
  it('reads the four actions with an optional reason and MASK body', () => {
    expect(parseClassifierAnswer('{"action":"ALLOW"}')).toEqual({ action: 'ALLOW', reason: null, body: null });
    expect(parseClassifierAnswer('{"action":"BLOCK","reason":" Spam. "}')).toEqual({ action: 'BLOCK', reason: 'Spam.', body: null });
    expect(parseClassifierAnswer('{"action":"MASK","body":"a ***"}')).toEqual({ action: 'MASK', reason: null, body: 'a ***' });
    expect(parseClassifierAnswer('{"action":"HOLD","body":"ignored","extra":1}')).toEqual({ action: 'HOLD', reason: null, body: null });
  });

  it('rejects anything that is not a decision', () => {
    for (const text of [
      '',
      'not json',
      'null',
      '[]',
      '"ALLOW"',
      '{}',
      '{"action":"allow"}',
      '{"action":"DELETE"}',
      '{"action":"BLOCK","reason":42}',
      '{"action":"MASK","body":"  "}',
      '{"action":"MASK","body":7}',
    ]) {
      expect(parseClassifierAnswer(text), text).toBeNull();
    }
  });

  it('cuts a runaway reason', () => {
    expect(parseClassifierAnswer(JSON.stringify({ action: 'BLOCK', reason: 'x'.repeat(5000) }))!.reason).toHaveLength(500);
  });

  it('turns an answer into a verdict about the body it was sent, with a default reason', () => {
    expect(classifierVerdict({ action: 'ALLOW', reason: null, body: null }, 'hi')).toBeNull();
    expect(classifierVerdict({ action: 'BLOCK', reason: 'Spam.', body: null }, 'hi')).toEqual({ action: 'BLOCK', rule: 'CLASSIFIER', reason: 'Spam.' });
    expect(classifierVerdict({ action: 'HOLD', reason: null, body: null }, 'hi')).toMatchObject({ action: 'HOLD', body: 'hi', reason: expect.stringMatching(/\.$/) });
    expect(classifierVerdict({ action: 'MASK', reason: null, body: 'a ***' }, 'a bad')).toMatchObject({ action: 'MASK', body: 'a ***' });
    expect(classifierVerdict({ action: 'MASK', reason: null, body: null }, 'a bad\nday')).toMatchObject({ action: 'MASK', body: '* ***\n***' });
  });

  it('fails open to nothing and closed to a hold', () => {
    expect(unavailableVerdict('open', 'hi')).toBeNull();
    expect(unavailableVerdict('closed', 'hi')).toEqual({ action: 'HOLD', rule: 'CLASSIFIER', reason: CLASSIFIER_UNAVAILABLE_REASON, body: 'hi' });
  });
});
