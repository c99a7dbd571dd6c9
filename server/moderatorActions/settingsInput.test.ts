import { describe, expect, it } from 'vitest';
import { cleanSettings, describeChange } from './settingsInput';

describe('room settings input', () => {
  it('keeps only the given fields', () => {
    expect(cleanSettings({ slowModeSeconds: 30 })).toEqual({ slowModeSeconds: 30 });
    expect(cleanSettings({})).toEqual({});
  });

  it('trims, lower-cases and de-duplicates blocked terms, dropping empty ones', () => {
    expect(cleanSettings({ blockedTerms: [' Spoiler ', 'spoiler', '', 'Final Score'] }).blockedTerms).toEqual(['spoiler', 'final score']);
  });

  it.each([
    [{ slowModeSeconds: -1 }],
    [{ slowModeSeconds: 21_601 }],
    [{ slowModeSeconds: 1.5 }],
    [{ blockedTerms: Array.from({ length: 201 }, (_, i) => `t${i}`) }],
    [{ blockedTerms: ['x'.repeat(101)] }],
  ])('refuses %o', (input) => {
    expect(() => cleanSettings(input)).toThrow();
  });

  it('describes a change for the log', () => {
    expect(describeChange({ slowModeSeconds: 30, linkPolicy: 'HOLD' })).toBe('slow mode 30 s, link policy HOLD');
  });
});
