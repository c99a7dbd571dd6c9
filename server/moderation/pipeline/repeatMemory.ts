// Rule 4b: the same message sent again and again. Remembers, per author per room, digests of the
// recent bodies that got through. Memory is bounded: entries expire after the window, each author
// keeps at most `perAuthor` entries, and at most `authors` room/author pairs are kept (least recently
// active dropped first). Time is always passed in, so tests drive it with a fake clock.
import { createHash } from 'node:crypto';
import type { RuleVerdict } from './decision';
import { foldText } from './textFold';

export const REPEAT_REASON = 'This message repeats one you already sent several times in the last minute.';

export interface RepeatLimits {
  windowMs: number;
  /** The send that makes this many copies within the window is refused. */
  threshold: number;
  perAuthor: number;
  authors: number;
}

export const DEFAULT_REPEAT_LIMITS: RepeatLimits = { windowMs: 60_000, threshold: 3, perAuthor: 20, authors: 10_000 };

/**
 * A short digest of the body as a person reads it: case, accents, spacing, punctuation and
 * stretched letters ignored ("Buy NOW!!" = "buy now" = "buuuy now"). 96 bits: collisions are negligible.
 */
export function repeatKey(body: string): string {
  const folded = foldText(body);
  const core = folded.replace(/[\s\p{P}]+/gu, '').replace(/(.)\1+/gsu, '$1');
  return createHash('sha256')
    .update(core === '' ? folded.trim() : core)
    .digest('base64url')
    .slice(0, 16);
}

export interface RepeatEntry {
  key: string;
  /** The key of the body as it was published, when masking changed it. */
  alias: string | null;
  at: number;
  /** Confirmed through `recordPublished`; unconfirmed entries count all the same. */
  published: boolean;
}

export interface RepeatMemory {
  /** How many remembered bodies with this key the author sent in the room within the window. */
  count(roomId: string, authorId: string, key: string, now: number): number;
  record(roomId: string, authorId: string, key: string, now: number): RepeatEntry;
  /** Marks the oldest unconfirmed matching entry as published, or remembers a new one when none matches. */
  confirm(roomId: string, authorId: string, key: string, now: number): void;
  forget(roomId: string, authorId: string, entry: RepeatEntry): void;
  size(): { authors: number; entries: number };
  clear(): void;
}

export function createRepeatMemory(limits: RepeatLimits = DEFAULT_REPEAT_LIMITS): RepeatMemory {
  /** Map order is least recently active first, so expired and surplus authors are at the front. */
  const byAuthor = new Map<string, RepeatEntry[]>();
  const id = (roomId: string, authorId: string) => `${roomId}\u0000${authorId}`;

  function live(authorKey: string, now: number): RepeatEntry[] {
    const entries = (byAuthor.get(authorKey) ?? []).filter((e) => now - e.at < limits.windowMs);
    if (entries.length === 0) byAuthor.delete(authorKey);
    else byAuthor.set(authorKey, entries);
    return entries;
  }

  function touch(authorKey: string, entries: RepeatEntry[], now: number): void {
    byAuthor.delete(authorKey);
    byAuthor.set(authorKey, entries.slice(-limits.perAuthor));
    for (const [oldest, list] of byAuthor) {
      const expired = now - list[list.length - 1].at >= limits.windowMs;
      if (!expired && byAuthor.size <= limits.authors) break;
      byAuthor.delete(oldest);
    }
  }

  function add(roomId: string, authorId: string, key: string, now: number, published: boolean): RepeatEntry {
    const authorKey = id(roomId, authorId);
    const entry: RepeatEntry = { key, alias: null, at: now, published };
    touch(authorKey, [...live(authorKey, now), entry], now);
    return entry;
  }

  return {
    count(roomId, authorId, key, now) {
      return live(id(roomId, authorId), now).filter((e) => e.key === key || e.alias === key).length;
    },
    record: (roomId, authorId, key, now) => add(roomId, authorId, key, now, false),
    confirm(roomId, authorId, key, now) {
      const pending = live(id(roomId, authorId), now).find((e) => !e.published && (e.key === key || e.alias === key));
      if (pending) pending.published = true;
      else add(roomId, authorId, key, now, true);
    },
    forget(roomId, authorId, entry) {
      const authorKey = id(roomId, authorId);
      const entries = byAuthor.get(authorKey)?.filter((e) => e !== entry) ?? [];
      if (entries.length === 0) byAuthor.delete(authorKey);
      else byAuthor.set(authorKey, entries);
    },
    size() {
      let entries = 0;
      for (const list of byAuthor.values()) entries += list.length;
      return { authors: byAuthor.size, entries };
    },
    clear: () => byAuthor.clear(),
  };
}

/** Refuses the send when it would be the `threshold`-th copy within the window. */
export function checkRepeat(previousCopies: number, limits: RepeatLimits = DEFAULT_REPEAT_LIMITS): RuleVerdict | null {
  return previousCopies + 1 >= limits.threshold ? { action: 'BLOCK', rule: 'REPEAT', reason: REPEAT_REASON } : null;
}
