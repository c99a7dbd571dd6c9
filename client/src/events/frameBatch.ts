// Collects items as they arrive and hands them over together, in arrival order, once per animation
// frame: a burst of live events then costs one state update and one render, not one per event.
// Animation frames do not run in a hidden tab, so a timer hands the batch over too (browsers slow
// background timers to about once a second): the items are applied late there, never held forever.

export interface FrameBatch<T> {
  /** Hot path: once per item. */
  push(item: T): void;
  /** Hands over what is waiting now (e.g. before the owner reloads). */
  flush(): void;
  /** Drops what is waiting and stops (the owner is going away). */
  cancel(): void;
}

export const MAX_WAIT_MS = 100;

export function frameBatch<T>(apply: (items: T[]) => void, maxWaitMs = MAX_WAIT_MS): FrameBatch<T> {
  let items: T[] = [];
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function unschedule(): void {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
  }

  function flush(): void {
    unschedule();
    if (items.length === 0) return;
    const batch = items;
    items = [];
    apply(batch);
  }

  return {
    push(item) {
      items.push(item);
      if (timer !== null) return;
      timer = setTimeout(flush, maxWaitMs);
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(flush);
    },
    flush,
    cancel() {
      unschedule();
      items = [];
    },
  };
}
