// Pure rules for room settings changes: only the given fields, each checked.
import type { RoomRow } from '../storage/rows';
import { CourtsideError } from '../errors';

export const MAX_SLOW_MODE_SECONDS = 21_600;
export const MAX_BLOCKED_TERMS = 200;

export interface SettingsInput {
  slowModeSeconds?: number | null;
  blockedTerms?: string[] | null;
  linkPolicy?: RoomRow['linkPolicy'] | null;
  profanity?: RoomRow['profanity'] | null;
}

export type SettingsChange = Partial<Pick<RoomRow, 'slowModeSeconds' | 'blockedTerms' | 'linkPolicy' | 'profanity'>>;

function bad(message: string, field: string): CourtsideError {
  return new CourtsideError('BAD_USER_INPUT', message, { field });
}

/** The fields to change: trimmed, lower-cased, de-duplicated terms; BAD_USER_INPUT for anything out of range. */
export function cleanSettings(input: SettingsInput): SettingsChange {
  const change: SettingsChange = {};
  if (input.slowModeSeconds != null) {
    const seconds = input.slowModeSeconds;
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SLOW_MODE_SECONDS) {
      throw bad(`Slow mode must be from 0 to ${MAX_SLOW_MODE_SECONDS} seconds.`, 'slowModeSeconds');
    }
    change.slowModeSeconds = seconds;
  }
  if (input.blockedTerms != null) {
    const terms = [...new Set(input.blockedTerms.map((term) => term.trim().toLowerCase()).filter((term) => term !== ''))];
    if (terms.length > MAX_BLOCKED_TERMS) throw bad(`A room can block at most ${MAX_BLOCKED_TERMS} terms.`, 'blockedTerms');
    if (terms.some((term) => term.length > 100)) throw bad('A blocked term can be at most 100 characters long.', 'blockedTerms');
    change.blockedTerms = terms;
  }
  if (input.linkPolicy != null) change.linkPolicy = input.linkPolicy;
  if (input.profanity != null) change.profanity = input.profanity;
  return change;
}

/** "slow mode 30 s, link policy HOLD" — what changed, for the moderation log. */
export function describeChange(change: SettingsChange): string {
  const parts: string[] = [];
  if (change.slowModeSeconds !== undefined) parts.push(`slow mode ${change.slowModeSeconds} s`);
  if (change.blockedTerms !== undefined) parts.push(`${change.blockedTerms.length} blocked term${change.blockedTerms.length === 1 ? '' : 's'}`);
  if (change.linkPolicy !== undefined) parts.push(`link policy ${change.linkPolicy}`);
  if (change.profanity !== undefined) parts.push(`profanity ${change.profanity}`);
  return parts.join(', ') || 'nothing';
}
