// Text as the matching rules compare it. Never used for what is stored: bodies stay byte-exact.

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Generic combining diacritics (accents, zalgo), not script vowel signs: "é" and "e̷" compare as "e". */
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks, each matched on its own, is the point
const COMBINING_DIACRITICS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

/**
 * Case-folded, compatibility-normalised text without accents or invisible characters:
 * "ＳＰＡＭ", "𝐬𝐩𝐚𝐦", "Spám" and "sp\u200Bam" all fold to "spam".
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_DIACRITICS, '').replace(INVISIBLE, '').toLowerCase().normalize('NFKC');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Printable ASCII, tabs and line feeds: every character is a grapheme, and segmenting is 10× slower. */
const SIMPLE = /^[\x20-\x7E\t\n]*$/;

/** User-perceived characters, lazily: "👍🏽" and "e\u0301" are one each. */
export function eachGrapheme(text: string): Iterable<string> {
  if (SIMPLE.test(text)) return text;
  const segments = segmenter.segment(text);
  return (function* () {
    for (const s of segments) yield s.segment;
  })();
}

export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text));
}
