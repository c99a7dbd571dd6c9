import { describe, expect, it } from 'vitest';
import { checkFlood, FLOOD_REASON, isFlood, longestRepeatedRun } from './flood';

describe('flood in one message', () => {
  it('measures the longest stretch of one repeated unit', () => {
    expect(longestRepeatedRun('a', 5)).toBe(1);
    expect(longestRepeatedRun('xx!!!!!yy', 5)).toBe(5);
    expect(longestRepeatedRun('HaHahahaha', 5)).toBe(10);
    expect(longestRepeatedRun('👍🏽'.repeat(4), 1)).toBe(4);
    expect(longestRepeatedRun('abcxb', 5)).toBe(1); // one coincidence is not a repeat
    expect(longestRepeatedRun('abcabc', 5)).toBe(6);
  });

  it('blocks the same character or emoji 30 times in a row, not 29', () => {
    expect(isFlood('!'.repeat(30))).toBe(true);
    expect(isFlood(`wow ${'!'.repeat(29)}`)).toBe(false);
    expect(isFlood('🔥'.repeat(30))).toBe(true);
    expect(isFlood('👍🏽'.repeat(30))).toBe(true);
    expect(isFlood(`gooo${'o'.repeat(40)}al`)).toBe(true);
    expect(isFlood('👨‍👩‍👧‍👦'.repeat(30))).toBe(true); // 7 code points each
    expect(isFlood(`${'🔥'.repeat(29)} ${'🏀'.repeat(29)}`)).toBe(false);
  });

  it('blocks a short unit repeated back to back', () => {
    expect(isFlood('ha'.repeat(15))).toBe(true);
    expect(isFlood('lol '.repeat(8))).toBe(true);
    expect(isFlood('ha'.repeat(5))).toBe(false);
  });

  it('blocks a body that is mostly one short word', () => {
    expect(isFlood('GOAL goal Goal! goal goal goal goal goal, goal GOAL what a game')).toBe(true);
    expect(isFlood('spam spam spam eggs spam spam spam spam ham spam spam')).toBe(true);
    expect(isFlood('goal goal goal goal goal')).toBe(false);
  });

  it('leaves ordinary messages alone', () => {
    expect(isFlood('What a game! 🔥🔥🔥 That last shot was unbelievable, I cannot wait for the next quarter.')).toBe(false);
    expect(isFlood('the the the cat sat on the mat and the dog barked at the cat')).toBe(false);
  });

  it('blocks with rule FLOOD', () => {
    expect(checkFlood('z'.repeat(50))).toEqual({ action: 'BLOCK', rule: 'FLOOD', reason: FLOOD_REASON });
    expect(checkFlood('fine')).toBeNull();
  });
});
