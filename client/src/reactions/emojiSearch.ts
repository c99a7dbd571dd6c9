// Finding an emoji by what it is called. Every word typed must begin a word of the emoji's name or
// keywords ("tea jo" finds "face with tears of joy"); the name itself comes first, then names that
// start with the query, then other name matches, then keyword-only matches, each in catalog order.
import type { EmojiEntry } from './emojiCatalog';

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+-]+/u)
    .filter(Boolean);

export function searchEmoji(query: string, catalog: readonly EmojiEntry[], limit = 80): EmojiEntry[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const ranked: { entry: EmojiEntry; rank: number }[] = [];
  for (const entry of catalog) {
    const name = words(entry.name);
    const all = [...name, ...words(entry.keywords)];
    if (!wanted.every((w) => all.some((word) => word.startsWith(w)))) continue;
    const inName = wanted.every((w) => name.some((word) => word.startsWith(w)));
    const typed = wanted.join(' ');
    const rank = entry.name === typed ? 0 : entry.name.startsWith(typed) ? 1 : inName ? 2 : 3;
    ranked.push({ entry, rank });
  }
  // A stable sort keeps catalog order within a rank.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.entry);
}
