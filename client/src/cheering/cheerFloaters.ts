// Pure: how a RoomReactionBurst is drawn. Each emoji floats up a few times, growing with the log of
// its count (1 → 1, 2 → 2, 4 → 3, 100 → 7), at most MAX_PER_BURST for the whole burst, so a
// stadium cheering costs the page the same as a few friends.

export const CHEER_EMOJI = ['⚽', '🔥', '👏', '😮', '🎉'];
export const MAX_PER_BURST = 12;
/** Floaters on screen at once; a burst beyond it shows fewer. */
export const MAX_ON_SCREEN = 36;

export interface Floater {
  id: number;
  emoji: string;
  /** Horizontal start, 0–75 (% of the lane, leaving room for the emoji itself). */
  x: number;
  /** Start delay in ms, so one burst does not rise as a block. */
  delay: number;
  /** 0.8–1.3: a little variety in size. */
  scale: number;
}

export function floatersFor(count: number): number {
  return count <= 0 ? 0 : Math.min(MAX_PER_BURST, 1 + Math.floor(Math.log2(count)));
}

/** The floaters for one burst, within what the screen has room for; `random` is injectable for tests. */
export function planFloaters(counts: { emoji: string; count: number }[], firstId: number, room: number, random: () => number = Math.random): Floater[] {
  const floaters: Floater[] = [];
  let budget = Math.min(MAX_PER_BURST, Math.max(0, room));
  for (const { emoji, count } of counts) {
    for (let i = 0; i < floatersFor(count) && budget > 0; i++, budget--) {
      floaters.push({ id: firstId + floaters.length, emoji, x: random() * 75, delay: Math.round(random() * 400), scale: 0.8 + random() * 0.5 });
    }
  }
  return floaters;
}
