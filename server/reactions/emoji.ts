// Pure rule for reaction emoji: exactly one emoji as Unicode defines them (RGI: skin tones, flags,
// keycaps and ZWJ sequences included), nothing else.
import { CourtsideError, echo } from '../errors';

const ONE_EMOJI = /^\p{RGI_Emoji}$/v;

/**
 * The emoji in its canonical form, or BAD_USER_INPUT. A symbol written without its emoji variation
 * selector ("❤" for "❤️") is given one, so both spellings count as the same reaction.
 */
export function cleanEmoji(raw: string): string {
  const emoji = raw.trim();
  if (ONE_EMOJI.test(emoji)) return emoji;
  if (ONE_EMOJI.test(`${emoji}\uFE0F`)) return `${emoji}\uFE0F`;
  throw new CourtsideError('BAD_USER_INPUT', `"${echo(emoji)}" is not a single emoji.`, { field: 'emoji' });
}
