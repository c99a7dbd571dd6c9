// Rule 4a: a flood inside one message: a character (or emoji) over and over, a short unit repeated
// back to back ("hahahaha…", "lol lol lol …"), or a body that is mostly one repeated word.
// Runs once per message (hot path): linear in the body length.
import type { RuleVerdict } from './decision';
import { eachGrapheme, foldText } from './textFold';

export const FLOOD_REASON = 'This message repeats the same character or word over and over.';

export interface FloodLimits {
  /** A unit of up to `maxUnit` characters repeated back to back over this many characters is a flood. */
  runLength: number;
  maxUnit: number;
  /** At least this many words, of which `wordShare` are the same short word (at most `maxWordLength`, roughly). */
  minWords: number;
  wordShare: number;
  maxWordLength: number;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimits = { runLength: 30, maxUnit: 5, minWords: 10, wordShare: 0.75, maxWordLength: 12 };

/**
 * The longest stretch, in characters, made of one unit of 1..maxUnit characters repeated back to
 * back (case-insensitive): 30 for "!" × 30, 32 for "ha" × 16. Emoji with skin tones count as one.
 */
export function longestRepeatedRun(body: string, maxUnit: number, stopAt = Infinity): number {
  return longestPeriodicRun(eachGrapheme(body.toLowerCase()), maxUnit, stopAt);
}

/** One pass, remembering the last `maxUnit` items; stops as soon as a run reaches `stopAt`. */
function longestPeriodicRun(items: Iterable<string>, maxUnit: number, stopAt: number): number {
  const recent: string[] = new Array(maxUnit);
  const runs = new Array<number>(maxUnit + 1).fill(0);
  let longest = 0;
  let i = 0;
  for (const item of items) {
    for (let unit = 1; unit <= Math.min(maxUnit, i); unit++) {
      runs[unit] = recent[(i - unit) % maxUnit] === item ? runs[unit] + 1 : 0;
      if (runs[unit] >= unit) longest = Math.max(longest, runs[unit] + unit); // at least two whole copies
    }
    recent[i++ % maxUnit] = item;
    if (longest >= stopAt) break;
  }
  return Math.max(longest, Math.min(i, 1));
}

/** Whether a unit of up to `maxUnit` code points repeats, at least twice, over `runLength` code points. */
function codePointsRepeat(chars: readonly number[], maxUnit: number, runLength: number): boolean {
  for (let unit = 1; unit <= maxUnit; unit++) {
    let run = 0;
    for (let i = unit; i < chars.length; i++) {
      run = chars[i] === chars[i - unit] ? run + 1 : 0;
      if (run >= unit && run + unit >= runLength) return true;
    }
  }
  return false;
}

/**
 * Segmenting graphemes is the slow part, so it only runs when the code points already repeat over
 * `runLength` (necessary, since a grapheme is one or more code points), for units whose graphemes
 * average up to 8 code points (every emoji with skin tone; long family sequences may slip through).
 */
function hasRepeatedRun(body: string, limits: FloodLimits): boolean {
  if (body.length < limits.runLength) return false;
  const codePoints = Array.from(body.toLowerCase(), (c) => c.codePointAt(0)!);
  if (!codePointsRepeat(codePoints, limits.maxUnit * 8, limits.runLength)) return false;
  return longestRepeatedRun(body, limits.maxUnit, limits.runLength) >= limits.runLength;
}

/** The share of whitespace-separated words that are the most common short word (ignoring case and punctuation). */
function topWordShare(body: string, limits: FloodLimits): number {
  const words = foldText(body)
    .split(/\s+/u)
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((w) => w !== '');
  if (words.length < limits.minWords) return 0;
  const counts = new Map<string, number>();
  let top = 0;
  for (const word of words) {
    if (word.length > limits.maxWordLength * 2) continue; // UTF-16 units: an emoji is two, so allow for it
    const n = (counts.get(word) ?? 0) + 1;
    counts.set(word, n);
    top = Math.max(top, n);
  }
  return top / words.length;
}

export function isFlood(body: string, limits: FloodLimits = DEFAULT_FLOOD_LIMITS): boolean {
  return hasRepeatedRun(body, limits) || topWordShare(body, limits) >= limits.wordShare;
}

export function checkFlood(body: string, limits: FloodLimits = DEFAULT_FLOOD_LIMITS): RuleVerdict | null {
  return isFlood(body, limits) ? { action: 'BLOCK', rule: 'FLOOD', reason: FLOOD_REASON } : null;
}
