// A small seeded generator for property-based fuzzing (fast-check is not a dependency): the same
// seed gives the same cases on every machine, so a failure names its seed and case and replays
// with FUZZ_SEED=<seed>. The text generators aim at what breaks text handling: emoji sequences,
// combining marks, right-to-left and bidi controls, zero-width and control characters, Unicode
// whitespace, JSON- and SQL-special characters, lone surrogates and lengths around the limit.

export interface Random {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** sfc32 seeded through splitmix32: fast, well mixed, and enough for choosing test cases. */
export function seeded(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [split(), split(), split(), split()];
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 2 ** 32;
  };
  for (let i = 0; i < 12; i++) next();
  const random: Random = {
    seed,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
  return random;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Pieces of text by kind; each piece is well-formed UTF-16 except in `loneSurrogate`. */
export const PIECES = {
  ascii: range(0x21, 0x7e),
  accented: [...range(0xc0, 0xff), 'ß', 'Ł', 'ő', 'ǅ', 'İ', 'ı'],
  emoji: ['🔥', '⚽', '🏀', '😂', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '1️⃣', '❤️', '🧑🏿‍🚀', '🫠', '©️', '☺'],
  combining: range(0x300, 0x36f).concat(range(0x1ab0, 0x1abe), range(0x20d0, 0x20f0)),
  rtl: range(0x5d0, 0x5ea).concat(range(0x627, 0x64a), ['\u200f', '\u202b', '\u202e', '\u2067', '\u2069', '\u061c']),
  zeroWidth: ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u00ad'],
  control: range(0x0, 0x8).concat(range(0xe, 0x1f), ['\u007f'], range(0x80, 0x9f)),
  whitespace: [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', ...range(0x2000, 0x200a), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'],
  jsonSpecial: ['"', '\\', '/', '\\u0000', '\\"', '{', '}', '[', ']', '$', '`', "'", '</script>', '${x}', '\\n', ':', ','],
  sqlSpecial: ["'; DROP TABLE messages; --", '%', '_', '*', 'NEAR(', 'OR', 'AND NOT', '"unterminated', '^', '-', 'col:val', '(', ')'],
  wide: ['中', '文', '字', '한', '国', 'ｱ', '𝕏', '𝒜', '𠜎', '\u{10ffff}', '\ue000', '\ufffd', '\ufffe', '\uffff'],
  loneSurrogate: ['\ud800', '\udbff', '\udc00', '\udfff'],
} as const;

export type PieceKind = keyof typeof PIECES;
export const WELL_FORMED_KINDS = (Object.keys(PIECES) as PieceKind[]).filter((kind) => kind !== 'loneSurrogate');
/** What a body may hold (control characters are refused): the mixed cases draw from these, so most are accepted. */
const BODY_KINDS = WELL_FORMED_KINDS.filter((kind) => kind !== 'control');

/** `pieces` random pieces of the given kinds, sometimes run together, sometimes apart. */
export function text(random: Random, pieces: number, kinds: readonly PieceKind[] = WELL_FORMED_KINDS): string {
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const kind = random.pick(kinds);
    out += random.pick(PIECES[kind]);
    if (random.chance(0.15)) out += ' ';
  }
  return out;
}

export interface FuzzBody {
  body: string;
  /** What the case is about, for failure messages. */
  shape: string;
}

/**
 * A message body: mostly mixed Unicode, and on purpose the edges — whitespace only, lengths just
 * under, at and over `maxLength` (in code points, as the server counts them), padding that the trim
 * removes, astral characters (two UTF-16 units each) and lone surrogates.
 */
export function fuzzBody(random: Random, maxLength: number): FuzzBody {
  const roll = random.next();
  const unique = () => `${random.int(0, 1e9).toString(36)} `;
  if (roll < 0.45) return { shape: 'mixed', body: unique() + text(random, random.int(1, 80), BODY_KINDS) };
  if (roll < 0.52) return { shape: 'whitespace only', body: text(random, random.int(1, 30), ['whitespace']) };
  if (roll < 0.6) {
    const kind = random.pick(WELL_FORMED_KINDS);
    return { shape: `${kind} heavy`, body: unique() + text(random, random.int(1, 60), [kind, 'ascii']) };
  }
  if (roll < 0.68) {
    const pad = text(random, random.int(1, 6), ['whitespace']);
    return { shape: 'padded', body: pad + unique() + text(random, random.int(1, 40), BODY_KINDS) + pad };
  }
  if (roll < 0.8) {
    // Around the limit, in code points; astral characters make UTF-16 length differ from it.
    const target = maxLength + random.pick([-2, -1, 0, 0, 1, 2, 40]);
    const filler = random.pick(['ascii', 'emoji', 'wide', 'accented'] as const);
    let body = unique();
    while ([...body].length < target) body += random.pick(PIECES[filler]);
    body = [...body].slice(0, target).join('');
    const padded = random.chance(0.3) ? `  ${body}\n` : body;
    return { shape: `${target} code points of ${filler}`, body: padded };
  }
  if (roll < 0.9) return { shape: 'JSON and SQL special', body: unique() + text(random, random.int(1, 30), ['jsonSpecial', 'sqlSpecial', 'ascii']) };
  return { shape: 'lone surrogate', body: unique() + text(random, random.int(0, 10)) + random.pick(PIECES.loneSurrogate) + text(random, random.int(0, 10)) };
}

/** Whether a string has an unpaired UTF-16 surrogate. */
export function hasLoneSurrogate(value: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

/** A random id: empty, huge, Unicode, SQL-ish, or one of the real ones slightly changed. */
export function fuzzId(random: Random, real: readonly string[]): string {
  const roll = random.next();
  const base = real.length > 0 ? random.pick(real) : 'x';
  if (roll < 0.15) return base.slice(0, random.int(0, base.length - 1));
  if (roll < 0.3) return base + text(random, random.int(1, 3));
  if (roll < 0.4) return '';
  if (roll < 0.5) return 'x'.repeat(random.int(1000, 20_000));
  if (roll < 0.6) return text(random, random.int(1, 20), ['sqlSpecial', 'jsonSpecial']);
  if (roll < 0.7) return text(random, random.int(1, 10), ['loneSurrogate', 'control', 'ascii']);
  if (roll < 0.8) return base.toUpperCase();
  return text(random, random.int(1, 30));
}

/** A page cursor: garbage, or base64url JSON shaped like the API's own with the wrong kind or key. */
export function fuzzCursor(random: Random, real: readonly string[]): string {
  const roll = random.next();
  if (roll < 0.2 && real.length > 0) return random.pick(real);
  if (roll < 0.5) {
    const kind = random.pick(['message', 'room', 'search', 'log', 'report', 'held', 'user', 'members', '', 'x']);
    const key = random.pick<unknown>([0, -1, 1.5, 2 ** 53, 1e308, -1e308, '', 'x', null, [], {}, [1], '0', text(random, 5), 2 ** 31]);
    return Buffer.from(JSON.stringify(random.chance(0.9) ? [kind, key] : { kind, key })).toString('base64url');
  }
  if (roll < 0.6) return Buffer.from(text(random, random.int(1, 20))).toString('base64');
  return fuzzId(random, real);
}

/** A GraphQL Int argument: small, negative, zero, the 32-bit edges. */
export function fuzzInt(random: Random): number {
  return random.pick([0, 1, -1, 2, 50, 100, 101, 1000, -1000, 2 ** 31 - 1, -(2 ** 31), random.int(-5, 200)]);
}

/** The seeds a fuzz test runs: FUZZ_SEED replays one; otherwise a fixed list, the same every run. */
export function fuzzSeeds(fixed: number[]): number[] {
  return process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : fixed;
}
