// Pure: the usernames a body mentions as `@username`, once each, at most MAX_MENTIONS.

export const MAX_MENTIONS = 20;

const MENTION = /(?<![\p{L}\p{N}_@-])@([A-Za-z0-9_-]{3,32})(?![A-Za-z0-9_-])/gu;

/** Lower-cased username keys, in order of first appearance. An e-mail address is not a mention. */
export function parseMentions(body: string): string[] {
  const keys = new Set<string>();
  for (const match of body.matchAll(MENTION)) {
    keys.add(match[1].toLowerCase());
    if (keys.size === MAX_MENTIONS) break;
  }
  return [...keys];
}
