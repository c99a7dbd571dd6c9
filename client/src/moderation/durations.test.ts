import { describe, expect, it } from 'vitest';
import { durationText } from './durations';

describe('durationText', () => {
  it('says durations the way people do', () => {
    expect(durationText(5)).toBe('5 s');
    expect(durationText(60)).toBe('1 min');
    expect(durationText(600)).toBe('10 min');
    expect(durationText(90)).toBe('1 min 30 s');
    expect(durationText(3600)).toBe('1 h');
    expect(durationText(5400)).toBe('1 h 30 min');
    expect(durationText(86_400)).toBe('24 h');
    expect(durationText(3 * 86_400)).toBe('3 days');
  });
});
