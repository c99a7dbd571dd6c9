// Pure: which rows of a long list to mount, from the rows' heights (measured once mounted, estimated
// before) and where the view is. The rows above and below the mounted ones are stood in for by two
// spacers of their summed heights, so the scroll height and every row's position stay right.

/** Rows mounted beyond each edge of the view, in px: enough to scroll a little without blanks. */
export const OVERSCAN_PX = 800;

export interface RowWindow {
  /** Mounted rows: [start, end). */
  start: number;
  end: number;
  /** Heights of the spacers standing in for the rows before and after. */
  before: number;
  after: number;
}

/** offsets[i] is the top of row i, offsets[n] the height of all n rows. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i] + heights[i];
  return offsets;
}

/** The row at `y` px from the top of the rows, clamped to the rows there are (-1: none). */
export function rowAt(offsets: readonly number[], y: number): number {
  const n = offsets.length - 1;
  if (n === 0) return -1;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The rows within `overscan` px of a view `height` px tall whose top is `top` px into the rows. */
export function rowsAround(offsets: readonly number[], top: number, height: number, overscan = OVERSCAN_PX): RowWindow {
  const n = offsets.length - 1;
  if (n === 0) return { start: 0, end: 0, before: 0, after: 0 };
  const start = rowAt(offsets, top - overscan);
  const end = rowAt(offsets, top + height + overscan) + 1;
  return { start, end, before: offsets[start], after: offsets[n] - offsets[end] };
}
