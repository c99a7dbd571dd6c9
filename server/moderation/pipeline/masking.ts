// Masking keeps a body byte-exact except the characters it hides, each replaced by one asterisk.

/** A stretch of a string in UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Every code point that overlaps a span becomes "*", except whitespace; spans may overlap. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const hidden = new Uint8Array(text.length);
  for (const { start, end } of spans) hidden.fill(1, Math.max(0, start), Math.min(text.length, end));
  let out = '';
  let offset = 0;
  for (const char of text) {
    const masked = hidden[offset] === 1 || (char.length === 2 && hidden[offset + 1] === 1);
    out += masked && !/\s/u.test(char) ? '*' : char;
    offset += char.length;
  }
  return out;
}

/** The whole message as asterisks, keeping its whitespace (for a classifier MASK that gave no body). */
export function maskEverything(text: string): string {
  return maskSpans(text, [{ start: 0, end: text.length }]);
}
