// Pure: `@username` in message bodies (the server's rule, server/messages/mentions.ts) and the
// composer's `@` autocomplete.

const MENTION = /(?<![\p{L}\p{N}_@-])@([A-Za-z0-9_-]{3,32})(?![A-Za-z0-9_-])/gu;
/** An `@` and the name typed so far, right before the caret. */
const TYPING = /(?<![\p{L}\p{N}_@-])@([A-Za-z0-9_-]{1,32})$/u;

export type BodyPart = { text: string } | { text: string; username: string };

/**
 * The body cut into plain text and mentions of `known` usernames (lower-cased keys, e.g. the
 * message's `mentions`); an `@word` that names nobody stays plain text.
 */
export function splitMentions(body: string, known: ReadonlySet<string>): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const match of body.matchAll(MENTION)) {
    const key = match[1].toLowerCase();
    if (!known.has(key)) continue;
    if (match.index > at) parts.push({ text: body.slice(at, match.index) });
    parts.push({ text: match[0], username: key });
    at = match.index + match[0].length;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

export interface MentionQuery {
  /** Where the `@` is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/** The mention being typed at `caret`, if any. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const match = TYPING.exec(text.slice(0, caret));
  return match ? { start: match.index, query: match[1] } : null;
}

/** The text with the typed mention replaced by `@username `, and where the caret goes. */
export function completeMention(text: string, caret: number, mention: MentionQuery, username: string): { text: string; caret: number } {
  const inserted = `@${username} `;
  const rest = text.slice(caret).replace(/^\s/, '');
  return { text: text.slice(0, mention.start) + inserted + rest, caret: mention.start + inserted.length };
}

export interface MentionCandidate {
  id: string;
  username: string;
  displayName: string;
}

/** Candidates whose username or display name starts with `query` (any case); usernames first. */
export function matchCandidates(candidates: MentionCandidate[], query: string, limit = 6): MentionCandidate[] {
  const q = query.toLowerCase();
  const byUsername = candidates.filter((c) => c.username.toLowerCase().startsWith(q));
  const byName = candidates.filter(
    (c) =>
      !byUsername.includes(c) &&
      c.displayName
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.startsWith(q)),
  );
  return [...byUsername, ...byName].slice(0, limit);
}

/** People with a username the client knows of, once each, without the viewer. */
export function collectCandidates(users: ({ id: string; username: string | null; displayName: string } | null)[], meId: string | null): MentionCandidate[] {
  const byId = new Map<string, MentionCandidate>();
  for (const user of users) {
    if (user?.username && user.id !== meId && !byId.has(user.id)) byId.set(user.id, { id: user.id, username: user.username, displayName: user.displayName });
  }
  return [...byId.values()];
}
