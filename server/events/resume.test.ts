import { describe, expect, it } from 'vitest';
import { planResume } from './resume';

describe('planResume', () => {
  it('starts live from the latest seq without afterSeq', () => {
    expect(planResume(null, 42, 1000)).toEqual({ resync: false, from: 42, to: 42 });
  });

  it('replays everything after afterSeq up to the latest seq', () => {
    expect(planResume(10, 42, 1000)).toEqual({ resync: false, from: 10, to: 42 });
    expect(planResume(42, 42, 1000)).toEqual({ resync: false, from: 42, to: 42 });
  });

  it('replays exactly REPLAY_LIMIT events, and asks for a resync beyond it', () => {
    expect(planResume(0, 1000, 1000).resync).toBe(false);
    expect(planResume(0, 1001, 1000)).toEqual({ resync: true, from: 1001, to: 1001 });
  });

  it('asks for a resync when the client is ahead of the server', () => {
    expect(planResume(50, 42, 1000)).toEqual({ resync: true, from: 42, to: 42 });
  });
});
