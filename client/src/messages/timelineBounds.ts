// How many messages a room's timeline keeps in memory, and the pure steps that drop the rest.
//
// While the reader follows the room at the bottom, the timeline keeps the newest FOLLOWING_MAX
// messages, dropping the oldest down to FOLLOWING_KEEP at a time (scrolling back up loads them
// again, page by page). While they read further up, it may hold up to READING_MAX, and drops only
// messages more than MARGIN rows away from what is on screen: first those above, then — when they
// read near the top — those below, which makes the stretch stop short of the newest message
// (`hasNewer`), as after a jump into history; pages load again as they scroll down.
//
// Cursors are opaque, and live messages come without one: the new end of the stretch takes the
// cursor of a message read from the server again (`edge`, see timelineQueries.ts). A drop applies
// only to the stretch it was planned for, and only if the edge message is loaded, so a page is
// never left out between the stretch and its cursor (and a page read for the old start or end is
// dropped, see useRoomTimeline.ts).
import type { Timeline } from './timeline';

export const FOLLOWING_MAX = 300;
export const FOLLOWING_KEEP = 200;
export const READING_MAX = 1000;
export const MARGIN = 100;

export type TrimPlan = { drop: 'oldest'; count: number } | { drop: 'newest'; keep: number };

export interface ListState {
  count: number;
  /** At the bottom, following new messages. */
  following: boolean;
  /** Indexes of the first and last messages on screen. */
  firstInView: number;
  lastInView: number;
}

export function trimPlan({ count, following, firstInView, lastInView }: ListState): TrimPlan | null {
  if (following) return count > FOLLOWING_MAX ? { drop: 'oldest', count: count - FOLLOWING_KEEP } : null;
  if (count <= READING_MAX) return null;
  if (firstInView > MARGIN) return { drop: 'oldest', count: firstInView - MARGIN };
  const keep = lastInView + 1 + MARGIN;
  return keep < count ? { drop: 'newest', keep } : null;
}

/**
 * A drop planned a moment ago is still wanted when its cursor has come: the list (which may have
 * scrolled since) would now drop at least as much from the same end.
 */
export function stillWanted(now: TrimPlan | null, planned: TrimPlan): boolean {
  if (now?.drop === 'oldest' && planned.drop === 'oldest') return now.count >= planned.count;
  if (now?.drop === 'newest' && planned.drop === 'newest') return now.keep <= planned.keep;
  return false;
}

/** A message as the server lists it: where a stretch may start or end. */
export interface Edge {
  cursor: string;
  node: { id: string; seq: number };
}

function applies(timeline: Timeline, from: string | null, edge: Edge): boolean {
  return timeline.startCursor === from && timeline.messages.some((m) => m.id === edge.node.id);
}

/** Drops the messages before `edge`, which starts the stretch; `from` is the start it was read after. */
export function dropOldest(timeline: Timeline, from: string | null, edge: Edge): Timeline {
  if (!applies(timeline, from, edge)) return timeline;
  const messages = timeline.messages.filter((m) => m.seq >= edge.node.seq);
  return { ...timeline, messages, startCursor: edge.cursor, hasOlder: true };
}

/** Drops the messages after `edge`, which ends the stretch; newer posts wait in `unseen` from now on. */
export function dropNewest(timeline: Timeline, from: string | null, edge: Edge): Timeline {
  if (!applies(timeline, from, edge)) return timeline;
  const messages = timeline.messages.filter((m) => m.seq <= edge.node.seq);
  return { ...timeline, messages, endCursor: edge.cursor, hasNewer: true };
}
