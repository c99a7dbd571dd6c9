// Pure rule for reaction emoji: exactly one emoji as Unicode defines them (RGI: skin tones, flags,
// keycaps and ZWJ sequences included), nothing else.
import { CourtsideError, echo } from '../errors';

const ONE_EMOJI = /^\p{RGI_Emoji}$/v;

/**
 * Emoji already accepted, and their canonical form: the RGI test costs ~0.1 ms, and a crowd cheers
 * with a handful of emoji thousands of times a second. A pure memo (same answer for the same input),
 * bounded; refused input is never kept, so junk cannot fill it.
 */
const accepted = new Map<string, string>();
const ACCEPTED_LIMIT = 4096;

/**
 * The emoji in its canonical form, or BAD_USER_INPUT. A symbol written without its emoji variation
 * selector ("❤" for "❤️") is given one, so both spellings count as the same reaction.
 */
export function cleanEmoji(raw: string): string {
  const emoji = raw.trim();
  const known = accepted.get(emoji);
  if (known) return known;
  const clean = ONE_EMOJI.test(emoji) ? emoji : ONE_EMOJI.test(`${emoji}\uFE0F`) ? `${emoji}\uFE0F` : null;
  if (clean) {
    if (accepted.size >= ACCEPTED_LIMIT) accepted.clear();
    accepted.set(emoji, clean);
    return clean;
  }
  throw new CourtsideError('BAD_USER_INPUT', `"${echo(emoji)}" is not a single emoji.`, { field: 'emoji' });
}
