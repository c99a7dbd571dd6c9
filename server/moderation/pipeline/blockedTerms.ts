// Rule 1: a room's blocked words and phrases, matched as whole words on folded text.
// Runs once per sent or edited message (hot path): terms are compiled once per distinct list.
import type { RuleVerdict } from './decision';
import { foldText } from './textFold';

export const BLOCKED_TERM_REASON = 'This message contains a term that is blocked in this room.';

/** Scripts written without spaces between words (or, for Hangul, with particles attached): every character is a word. */
const PER_CHARACTER = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}`;
const WORD = new RegExp(String.raw`[${PER_CHARACTER}]|[[\p{L}\p{N}\p{M}]--[${PER_CHARACTER}]]+`, 'gv');
const PER_CHARACTER_ONLY = new RegExp(`^[${PER_CHARACTER}]$`, 'v');
/**
 * "s-p-a-m", "sp.am", "sp*am", "don't": one of these between two pieces of a word joins them. Words are
 * also matched split at apostrophes, so "école" hits "l'école" (and, the price, "don" hits "don't").
 */
const JOINER = /^[.\-_*·•~+|/\\'’]$/;
const SPACED_LETTER_GAP = /^[\s\p{P}\p{S}]{1,3}$/u;

export interface BlockedTermMatcher {
  /** Word sequences by their first word; a phrase also appears written as one word ("buy now" → "buynow"). */
  byFirstWord: Map<string, string[][]>;
  /** Terms with no letters or digits ("🍆", "$$$"), matched as folded substrings. */
  symbolTerms: string[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(folded: string): Word[] {
  return Array.from(folded.matchAll(WORD), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function compileBlockedTerms(terms: readonly string[]): BlockedTermMatcher {
  const byFirstWord = new Map<string, string[][]>();
  const symbolTerms: string[] = [];
  const add = (sequence: string[]) => {
    const list = byFirstWord.get(sequence[0]) ?? [];
    list.push(sequence);
    byFirstWord.set(sequence[0], list);
  };
  for (const term of terms) {
    const folded = foldText(term).trim();
    if (folded === '') continue;
    const sequence = words(folded).map((w) => w.text);
    if (sequence.length === 0) symbolTerms.push(folded.replace(/\s+/g, ' '));
    else add(sequence);
    if (sequence.length > 1) add([sequence.join('')]);
  }
  return { byFirstWord, symbolTerms };
}

/**
 * The words with obfuscation undone: a run of single letters ("s p a m", "s.p.a.m") and pieces
 * joined by one joiner ("sp-am") become one word. Returns null when nothing was joined.
 */
function joinedWords(folded: string, list: Word[]): string[] | null {
  const joined: string[] = [];
  let changed = false;
  for (let i = 0; i < list.length; i++) {
    let text = list[i].text;
    while (i + 1 < list.length && joins(folded, list[i], list[i + 1])) {
      text += list[++i].text;
      changed = true;
    }
    joined.push(text);
  }
  return changed ? joined : null;
}

function joins(folded: string, a: Word, b: Word): boolean {
  const gap = folded.slice(a.end, b.start);
  if (isSpacedLetter(a) && isSpacedLetter(b)) return SPACED_LETTER_GAP.test(gap);
  return JOINER.test(gap);
}

function isSpacedLetter(word: Word): boolean {
  return [...word.text].length === 1 && !PER_CHARACTER_ONLY.test(word.text);
}

function containsSequence(list: readonly string[], matcher: BlockedTermMatcher): boolean {
  for (let i = 0; i < list.length; i++) {
    const candidates = matcher.byFirstWord.get(list[i]);
    if (candidates?.some((seq) => seq.every((word, k) => list[i + k] === word))) return true;
  }
  return false;
}

/** True when the body contains a blocked term as whole words, ignoring case, accents and simple obfuscation. */
export function containsBlockedTerm(matcher: BlockedTermMatcher, body: string): boolean {
  if (matcher.byFirstWord.size === 0 && matcher.symbolTerms.length === 0) return false;
  const folded = foldText(body);
  if (matcher.symbolTerms.some((term) => folded.replace(/\s+/g, ' ').includes(term))) return true;
  const list = words(folded);
  if (
    containsSequence(
      list.map((w) => w.text),
      matcher,
    )
  )
    return true;
  const joined = joinedWords(folded, list);
  return joined !== null && containsSequence(joined, matcher);
}

export function checkBlockedTerms(matcher: BlockedTermMatcher, body: string): RuleVerdict | null {
  return containsBlockedTerm(matcher, body) ? { action: 'BLOCK', rule: 'BLOCKED_TERM', reason: BLOCKED_TERM_REASON } : null;
}

/** Compiles each distinct term list once; remembers the `limit` most recently used lists. */
export function createBlockedTermsCompiler(limit = 256): (terms: readonly string[]) => BlockedTermMatcher {
  const cache = new Map<string, BlockedTermMatcher>();
  return (terms) => {
    const key = terms.join('\u0000');
    let matcher = cache.get(key);
    if (matcher) cache.delete(key);
    else matcher = compileBlockedTerms(terms);
    cache.set(key, matcher);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return matcher;
  };
}
