import { describe, expect, it } from 'vitest';
import { combineVerdicts, type RuleVerdict } from './decision';

const mask: RuleVerdict = { action: 'MASK', rule: 'PROFANITY', reason: 'Masked.', body: '**** x' };
const hold: RuleVerdict = { action: 'HOLD', rule: 'LINK', reason: 'Held.', body: 'shit x' };
const block: RuleVerdict = { action: 'BLOCK', rule: 'FLOOD', reason: 'Blocked.' };

describe('combining rule verdicts', () => {
  it('allows the body when no rule objected', () => {
    expect(combineVerdicts('hi', [])).toEqual({ action: 'ALLOW', body: 'hi' });
  });

  it('lets a BLOCK win over everything, with its own reason only', () => {
    expect(combineVerdicts('**** x', [mask, hold, block])).toEqual(block);
  });

  it('holds the masked body and keeps the reasons of the hold and the mask', () => {
    expect(combineVerdicts('**** x', [mask, hold])).toEqual({ action: 'HOLD', rule: 'LINK', reason: 'Held. Masked.', body: '**** x' });
  });

  it('masks with the first masking rule and every distinct mask reason', () => {
    const classifierMask: RuleVerdict = { action: 'MASK', rule: 'CLASSIFIER', reason: 'Rude.', body: '**** *' };
    expect(combineVerdicts('**** *', [mask, classifierMask, mask])).toEqual({
      action: 'MASK',
      rule: 'PROFANITY',
      reason: 'Masked. Rude.',
      body: '**** *',
    });
  });
});
