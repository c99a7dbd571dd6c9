// Pure typing decisions: who is typing in one room, as a map from user id to when their typing
// expires (insertion order = who started first). No clock, timer or I/O: the caller passes `now`.

/** Typing ends this long after the last `true`. */
export const TYPING_TTL_MS = 6000;

/**
 * A repeated `true` re-sends an unchanged set when the last send is this old, so someone who just
 * subscribed learns within seconds who is already typing.
 */
export const TYPING_REFRESH_MS = 3000;

export type Typists = Map<string, number>;

export function needsRefresh(lastSentAt: number, now: number): boolean {
  return now - lastSentAt >= TYPING_REFRESH_MS;
}

/** Applies `setTyping`; true when the set of typing users changed (a repeated `true` only extends). */
export function applyTyping(typists: Typists, userId: string, typing: boolean, now: number): boolean {
  if (!typing) return typists.delete(userId);
  const wasTyping = typists.has(userId);
  typists.set(userId, now + TYPING_TTL_MS);
  return !wasTyping;
}

/** Removes everyone whose typing expired at or before `now`; true when anyone was removed. */
export function expireTyping(typists: Typists, now: number): boolean {
  let changed = false;
  for (const [userId, expiresAt] of typists) {
    if (expiresAt <= now) {
      typists.delete(userId);
      changed = true;
    }
  }
  return changed;
}

/** When the next expiry is due, or null when nobody is typing. */
export function nextExpiry(typists: Typists): number | null {
  let next: number | null = null;
  for (const expiresAt of typists.values()) if (next === null || expiresAt < next) next = expiresAt;
  return next;
}

export function typingUserIds(typists: Typists): string[] {
  return [...typists.keys()];
}
