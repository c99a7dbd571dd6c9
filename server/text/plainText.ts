// Pure rules for text people type: names (display names, room names and topics) and message bodies.
// One place decides which characters are refused and when text counts as empty, so every input
// that is shown to others follows the same rules.
import { CourtsideError } from '../errors';

/** A name is one line shown beside other text; a body is a message, with lines and tabs. */
export type TextKind = 'name' | 'body';

/** Control characters (C0, DEL, C1). Bodies keep newline and tab. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_IN_BODY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/**
 * Bidirectional embeddings, overrides and isolates: in a name they reorder the text around it
 * ("Ana\u202Egnp.exe" reads as "Anaexe.png").
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/**
 * What shows nothing: whitespace, format characters (zero-width space and joiners, word joiner,
 * byte-order mark, bidi marks, …) and the fillers that render blank (Hangul fillers, braille blank,
 * combining grapheme joiner, Mongolian vowel separator).
 */
const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\u034f\u115f\u1160\u180e\u2800\u3164\uffa0]/gu;

/** True when the text shows nothing at all: empty, or only whitespace and zero-width characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}

/**
 * Why text cannot be stored at all, or null: a lone UTF-16 surrogate ("\ud83d", valid in JSON) has
 * no UTF-8 form, so SQLite would keep other bytes than were sent. The rule for every stored string.
 */
export function wellFormedProblem(text: string): string | null {
  return text.isWellFormed() ? null : 'contains a broken character (a lone UTF-16 surrogate)';
}

/** Why `text` may not be stored as this kind, or null when it may. Checks characters, not length. */
export function textProblem(text: string, kind: TextKind): string | null {
  const broken = wellFormedProblem(text);
  if (broken) return broken;
  if ((kind === 'body' ? CONTROL_IN_BODY : CONTROL).test(text)) {
    return kind === 'body' ? 'contains a control character (only newlines and tabs are allowed)' : 'contains a control character';
  }
  if (kind === 'name' && BIDI_CONTROL.test(text)) return 'contains a bidirectional override or isolate (U+202A–202E, U+2066–2069)';
  return null;
}

/**
 * The text trimmed at the ends, or BAD_USER_INPUT naming `label` ("A display name") and `field`.
 * Blank text is refused unless `allowEmpty`, when it becomes ''. Lengths are the caller's rule.
 */
export function cleanText(raw: string, kind: TextKind, label: string, field: string, allowEmpty = false): string {
  const problem = textProblem(raw, kind);
  if (problem) throw new CourtsideError('BAD_USER_INPUT', `${label} ${problem}.`, { field });
  const text = raw.trim();
  if (isBlank(text)) {
    if (allowEmpty) return '';
    throw new CourtsideError('BAD_USER_INPUT', `${label} cannot be empty or only invisible characters.`, { field });
  }
  return text;
}
