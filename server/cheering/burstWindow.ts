// Pure cheering aggregation: emoji counts per room for the window that is open now. No clock, timer
// or I/O: the caller opens a window with the first cheer in a quiet room and closes it 250 ms later.

export type BurstWindows = Map<string, Map<string, number>>;

export interface EmojiCount {
  emoji: string;
  count: number;
}

export function createBurstWindows(): BurstWindows {
  return new Map();
}

/** Counts one cheer; true when it opened the room's window (the caller then schedules its close). */
export function addCheer(windows: BurstWindows, roomId: string, emoji: string): boolean {
  const open = windows.get(roomId);
  if (open) {
    open.set(emoji, (open.get(emoji) ?? 0) + 1);
    return false;
  }
  windows.set(roomId, new Map([[emoji, 1]]));
  return true;
}

/** Ends the room's window: its counts, most cheered first (ties in the order first sent), or null. */
export function closeWindow(windows: BurstWindows, roomId: string): EmojiCount[] | null {
  const open = windows.get(roomId);
  if (!open) return null;
  windows.delete(roomId);
  return [...open].map(([emoji, count]) => ({ emoji, count })).sort((a, b) => b.count - a.count);
}
