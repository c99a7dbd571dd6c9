import { describe, expect, it } from 'vitest';
import { checkProfanity, createProfanityMatcher, findProfanity, PROFANITY_BLOCK_REASON, PROFANITY_MASK_REASON } from './profanity';

const matcher = createProfanityMatcher();
const masked = (body: string) => {
  const verdict = checkProfanity(matcher, body, 'MASK');
  return verdict && verdict.action === 'MASK' ? verdict.body : body;
};

describe('profanity', () => {
  it('catches plain, leetspeak, stand-in symbols, stretched letters and look-alikes', () => {
    for (const body of ['shit', 'sh1t', 'sh!t', 'f*ck', 'fvck', 'fuuuuck', 'FUCK', 'ⓕⓤⓒⓚ', 'a$$', 'you bitch']) {
      expect(findProfanity(matcher, body), body).not.toEqual([]);
    }
  });

  it('catches letters spaced out one at a time', () => {
    expect(masked('f u c k this')).toBe('* * * * this');
    expect(masked('s.h.i.t happens')).toBe('******* happens');
  });

  it('leaves clean sentences alone, including words that contain a bad one', () => {
    const clean = 'Scunthorpe hosts a classic assessment; the bass player passed, cocktails at Essex. I am a b c.';
    expect(findProfanity(matcher, clean)).toEqual([]);
    expect(checkProfanity(matcher, clean, 'BLOCK')).toBeNull();
  });

  it('leaves numbers alone, though leetspeak would read some as words', () => {
    for (const body of ['we need 455 points', 'final score 5-455', '455', 'room 4 5 5']) expect(findProfanity(matcher, body), body).toEqual([]);
    expect(masked('a55 and 455')).toBe('*** and 455');
  });

  it('masks only the matched words and keeps everything else byte-exact', () => {
    expect(masked('What the sh1t, héllo 🙂\nfuck!')).toBe('What the ****, héllo 🙂\n****!');
    expect(masked('💩 shit 💩')).toBe('💩 **** 💩');
  });

  it('follows the room: MASK masks, BLOCK refuses, ALLOW does not look', () => {
    expect(checkProfanity(matcher, 'oh shit', 'MASK')).toEqual({ action: 'MASK', rule: 'PROFANITY', reason: PROFANITY_MASK_REASON, body: 'oh ****' });
    expect(checkProfanity(matcher, 'oh shit', 'BLOCK')).toEqual({ action: 'BLOCK', rule: 'PROFANITY', reason: PROFANITY_BLOCK_REASON });
    expect(checkProfanity(matcher, 'oh shit', 'ALLOW')).toBeNull();
    expect(checkProfanity(matcher, 'oh well', 'MASK')).toBeNull();
  });
});
