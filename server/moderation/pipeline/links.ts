// Rule 3: links. A scheme URL ("https://…", "ftp://…"), a "www." host, or a bare domain with a
// common top-level domain ("example.com/x", "discord.gg"), but not "e.g.", "3.14" or "file.txt".
// Runs once per message (hot path).
import type { RuleVerdict } from './decision';

export type LinkPolicy = 'ALLOW' | 'BLOCK' | 'HOLD';

export const LINK_BLOCK_REASON = 'This room does not allow links.';
export const LINK_HOLD_REASON = 'Messages with links wait for a moderator to approve them in this room.';

/** A bare domain ending in one of these is a link. */
const TLDS = new Set(
  (
    'com net org edu gov mil int io co gg tv fm xyz info biz ru cn uk de fr nl eu es pl ch se ca au nz jp kr br mx ' +
    'za ua tr ir vn tk ml ga cf gq cc ws top club online site store shop tech dev app news blog stream onion'
  ).split(' '),
);
/** English words that are also TLDs ("call.me", "go.to"): only a link with a path, as in "t.me/x" or "youtu.be/x". */
const WORD_TLDS = new Set('me to be it in at is so us no id ly sh ai live link one win bet pro vip fun page click name'.split(' '));

const SCHEME_URL = /(?<![\p{L}\p{N}])[a-z][a-z0-9+.-]{1,15}:\/\/[^\s/]/iu;
const WWW_HOST = /(?<![\p{L}\p{N}.])www\.[\p{L}\p{N}-]+\.[\p{L}\p{N}]/iu;
const BARE_DOMAIN = /(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,})(?![\p{L}\p{N}-])(\/)?/gu;

/** True when the body has a link (an e-mail address is not one). */
export function containsLink(body: string): boolean {
  if (SCHEME_URL.test(body) || WWW_HOST.test(body)) return true;
  for (const [, tld, slash] of body.matchAll(BARE_DOMAIN)) {
    const name = tld.toLowerCase();
    if (TLDS.has(name) || (slash !== undefined && WORD_TLDS.has(name))) return true;
  }
  return false;
}

export function checkLinks(body: string, policy: LinkPolicy): RuleVerdict | null {
  if (policy === 'ALLOW' || !containsLink(body)) return null;
  if (policy === 'BLOCK') return { action: 'BLOCK', rule: 'LINK', reason: LINK_BLOCK_REASON };
  return { action: 'HOLD', rule: 'LINK', reason: LINK_HOLD_REASON, body };
}
