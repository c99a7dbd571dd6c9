// Keyboard moves through the timeline (WAI-ARIA's roving tabindex): the message list is one tab
// stop — the message that has it is the one last visited — ↑/↓ (Home/End) go from message to
// message, Enter or → goes into a message's controls (reactions, actions), ←/→ go between them, and
// Escape comes back out to the message. These are the pure steps; MessageList applies them.

/** The message to go to from `index` of `count` for `key`, or null: the key is not a move, or there is no such message. */
export function nextRow(key: string, index: number, count: number): number | null {
  const to = key === 'ArrowUp' ? index - 1 : key === 'ArrowDown' ? index + 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return to === null || to < 0 || to >= count || to === index ? null : to;
}

/** The control to go to among `count` controls of one message, wrapping around; null: not a move. */
export function nextControl(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Keys that go from a message into its controls. */
export const ENTER_CONTROLS = new Set(['Enter', 'ArrowRight']);
