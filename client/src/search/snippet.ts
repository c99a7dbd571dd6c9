/** A search snippet cut into plain text and matched terms (`[[…]]`); the brackets themselves go. */
export function parseSnippet(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const found of snippet.matchAll(/\[\[([\s\S]*?)\]\]/g)) {
    if (found.index > at) parts.push({ text: snippet.slice(at, found.index), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    at = found.index + found[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
