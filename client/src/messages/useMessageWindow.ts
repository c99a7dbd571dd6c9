// The message list's scrolling: which rows are mounted, and where the view stays as rows come and go.
//
// Only the rows in and near the view are mounted (see messageWindow.ts); two spacers stand in for
// the rest. Why by hand rather than `content-visibility: auto`: that keeps every row in the DOM and
// in React (it only skips painting them), and a reader scrolled up may hold a thousand messages.
// Rows differ in height (wrapping, quotes, reactions), so every mounted row is measured after each
// render and whenever the content resizes; rows never mounted count as the mean measured height.
//
// The view either follows the bottom (the last rows are mounted; it is kept at the bottom as
// messages arrive and the oldest are dropped), or is anchored: the row at the top of the view is
// remembered, the rows around it are mounted, and whatever moves it (an older page or a note above
// it, dropped messages, rows measured taller than estimated) moves the scroll position by as much,
// so what the reader is looking at stays put. The browser's own scroll anchoring is off
// (`overflow-anchor: none` on .messages) so that this is the one thing moving the view.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rowAt, rowOffsets, rowsAround, type RowWindow } from './messageWindow';

const NEAR_BOTTOM = 48;
const FIRST_ESTIMATE_PX = 56;

export interface MessageWindow extends RowWindow {
  /** The spacer before the mounted rows: rows are laid out from its top. */
  spacer: RefObject<HTMLDivElement | null>;
  /** The view follows the newest message at the bottom. */
  following: boolean;
  /** The row the view is anchored to (null while following). */
  anchorId: string | null;
  onScroll(): void;
  /** A wheel turned up leaves the bottom at once, before its smooth scroll moves the view. */
  onWheel(deltaY: number): void;
  /** Back to following the bottom. */
  follow(): void;
  /** Anchors the view at message `id`, mounting it; its element when it is mounted already. */
  reveal(id: string): HTMLElement | null;
  /** Where the view is now, ahead of rendering: following the bottom, and the rows on screen (indexes). */
  position(): { following: boolean; first: number; last: number };
}

/** `ids`: the rows' keys in order, each row an element with `data-row-id` right after the spacer. */
export function useMessageWindow(view: RefObject<HTMLDivElement | null>, ids: string[], hasNewer: boolean): MessageWindow {
  const spacer = useRef<HTMLDivElement>(null);
  const [anchor, setAnchorState] = useState<{ id: string; into: number } | null>(null);
  /** The anchor as set, ahead of the render that shows it: `settle` may run before that render. */
  const anchorNow = useRef(anchor);
  const setAnchor = (next: { id: string; into: number } | null) => {
    anchorNow.current = next;
    setAnchorState(next);
  };
  const [viewHeight, setViewHeight] = useState(() => window.innerHeight);
  const heights = useRef(new Map<string, number>());
  const mean = useRef({ sum: 0, count: 0 });
  /** The anchor row and its position when last seen: a move of it is made up for. */
  const kept = useRef<{ id: string; top: number } | null>(null);
  const lastTop = useRef(0);

  /** The view sits at the end of the loaded rows: the newest message, unless the stretch stops short of it. */
  const atEnd = anchor === null;
  const following = atEnd && !hasNewer;
  const estimate = mean.current.count ? mean.current.sum / mean.current.count : FIRST_ESTIMATE_PX;
  const offsets = rowOffsets(ids.map((id) => heights.current.get(id) ?? estimate));
  const index = anchor ? ids.indexOf(anchor.id) : -1;
  const top = index >= 0 ? offsets[index] + anchor!.into : offsets[ids.length] - viewHeight;
  const rows = rowsAround(offsets, top, viewHeight);
  const current = useRef({ offsets, hasNewer });
  current.current = { offsets, hasNewer };

  const rowElement = (id: string) => view.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`) ?? null;

  /** Measures the mounted rows, then keeps the view at the bottom or its anchor row in place. */
  function settle(): void {
    const list = view.current;
    if (!list || !spacer.current) return;
    for (let row = spacer.current.nextElementSibling; row instanceof HTMLElement && row.dataset.rowId; row = row.nextElementSibling) {
      const height = row.offsetHeight;
      const before = heights.current.get(row.dataset.rowId);
      if (before === height) continue;
      mean.current = { sum: mean.current.sum + height - (before ?? 0), count: mean.current.count + (before === undefined ? 1 : 0) };
      heights.current.set(row.dataset.rowId, height);
    }
    if (anchorNow.current === null) {
      list.scrollTop = list.scrollHeight;
    } else if (kept.current) {
      const row = rowElement(kept.current.id);
      if (!row) return;
      const moved = row.offsetTop - kept.current.top;
      if (moved !== 0) list.scrollTop += moved;
      kept.current.top = row.offsetTop;
    }
    lastTop.current = list.scrollTop;
  }

  useLayoutEffect(settle);

  // Rows growing in place (reactions, a picker, an editor) and the view resizing. (`settle` reads
  // refs only, so the first render's serves.)
  useEffect(() => {
    const list = view.current;
    const content = spacer.current?.parentElement;
    if (!list || !content) return;
    const observer = new ResizeObserver(() => {
      setViewHeight(list.clientHeight);
      settle();
    });
    observer.observe(list);
    observer.observe(content);
    return () => observer.disconnect();
  }, [view]);

  // Heights of messages no longer loaded.
  useEffect(() => {
    if (heights.current.size <= 2 * ids.length + 100) return;
    const loaded = new Set(ids);
    for (const id of heights.current.keys()) if (!loaded.has(id)) heights.current.delete(id);
  });

  function position(): { following: boolean; first: number; last: number } {
    const list = view.current;
    const { offsets: at, hasNewer: short } = current.current;
    const following = anchorNow.current === null && !short;
    if (!list || !spacer.current) return { following, first: 0, last: 0 };
    const y = list.scrollTop - spacer.current.offsetTop;
    return { following, first: Math.max(0, rowAt(at, y)), last: Math.max(0, rowAt(at, y + list.clientHeight)) };
  }

  function onScroll(): void {
    const list = view.current;
    if (!list || !spacer.current) return;
    const distance = list.scrollHeight - list.scrollTop - list.clientHeight;
    const up = list.scrollTop < lastTop.current - 1 && distance > 1;
    lastTop.current = list.scrollTop;
    if (distance < NEAR_BOTTOM && !up && !hasNewer) {
      kept.current = null;
      if (anchorNow.current) setAnchor(null);
      return;
    }
    const y = list.scrollTop - spacer.current.offsetTop;
    const row = rowAt(offsets, y);
    if (row < 0) return;
    const id = ids[row];
    kept.current = { id, top: rowElement(id)?.offsetTop ?? spacer.current.offsetTop + offsets[row] };
    if (anchorNow.current?.id !== id) setAnchor({ id, into: Math.max(0, y - offsets[row]) });
  }

  return {
    ...rows,
    spacer,
    following,
    anchorId: anchor?.id ?? null,
    onScroll,
    onWheel(deltaY) {
      const list = view.current;
      if (deltaY >= 0 || anchorNow.current || hasNewer || !list || list.scrollTop <= 0 || !spacer.current) return;
      const row = position().first;
      const id = ids[row];
      if (!id) return;
      kept.current = { id, top: rowElement(id)?.offsetTop ?? spacer.current.offsetTop + offsets[row] };
      setAnchor({ id, into: 0 });
    },
    follow() {
      kept.current = null;
      setAnchor(null);
    },
    reveal(id) {
      kept.current = null;
      if (anchorNow.current?.id !== id) setAnchor({ id, into: 0 });
      return rowElement(id)?.querySelector<HTMLElement>(`#m-${CSS.escape(id)}`) ?? null;
    },
    position,
  };
}
