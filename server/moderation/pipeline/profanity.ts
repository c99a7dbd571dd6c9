// Rule 2: profanity through obscenity's English dataset, which sees through leetspeak ("sh1t"),
// stand-in symbols ("f*ck"), repeated letters and look-alike characters. Runs once per message (hot path).
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { RuleVerdict } from './decision';
import { maskSpans, type Span } from './masking';

export type ProfanityAction = 'ALLOW' | 'MASK' | 'BLOCK';

export const PROFANITY_BLOCK_REASON = 'This message contains profanity, which this room does not allow.';
export const PROFANITY_MASK_REASON = 'Profanity in this message was replaced with asterisks.';

/** Building the matcher compiles the whole dataset (milliseconds), so build one per pipeline. */
export function createProfanityMatcher(): RegExpMatcher {
  return new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
}

/**
 * Letters spaced out one at a time ("f u c k", "s.h.i.t"). obscenity's recommended set leaves out
 * skipping non-letters (it causes false positives across real words), so only runs of 3+ single
 * letters are joined and checked again.
 */
const SPACED_RUN = /(?<![\p{L}\p{N}@$])[\p{L}\p{N}@$](?:[\s.\-_,·•|/\\*+~]{1,3}[\p{L}\p{N}@$](?![\p{L}\p{N}@$])){2,}/gu;
const RUN_LETTER = /[\p{L}\p{N}@$]/u;

/** Digits, punctuation and spaces only: a number, not a word. */
const NUMBER_ONLY = /^[\p{N}\p{P}\s]*$/u;

/**
 * Where the body has profanity, in UTF-16 offsets (end exclusive), overlapping spans possible. A
 * match of digits (and punctuation) only is left alone: leetspeak reads "455" as a word, and in a
 * chat about a match, numbers are scores, points and minutes.
 */
export function findProfanity(matcher: RegExpMatcher, body: string): Span[] {
  const spans = matcher.getAllMatches(body).map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }));
  for (const run of body.matchAll(SPACED_RUN)) spans.push(...findInSpacedRun(matcher, run[0], run.index));
  return spans.filter((span) => !NUMBER_ONLY.test(body.slice(span.start, span.end)));
}

function findInSpacedRun(matcher: RegExpMatcher, run: string, runStart: number): Span[] {
  let joined = '';
  const origin: number[] = []; // original offset of each UTF-16 unit of `joined`
  let offset = runStart;
  for (const char of run) {
    if (RUN_LETTER.test(char)) {
      joined += char;
      for (let i = 0; i < char.length; i++) origin.push(offset + i);
    }
    offset += char.length;
  }
  return matcher.getAllMatches(joined).map((m) => ({ start: origin[m.startIndex], end: origin[m.endIndex] + 1 }));
}

/** ALLOW skips the check; MASK hides each match with asterisks; BLOCK refuses the message. */
export function checkProfanity(matcher: RegExpMatcher, body: string, action: ProfanityAction): RuleVerdict | null {
  if (action === 'ALLOW') return null;
  const spans = findProfanity(matcher, body);
  if (spans.length === 0) return null;
  if (action === 'BLOCK') return { action: 'BLOCK', rule: 'PROFANITY', reason: PROFANITY_BLOCK_REASON };
  return { action: 'MASK', rule: 'PROFANITY', reason: PROFANITY_MASK_REASON, body: maskSpans(body, spans) };
}
