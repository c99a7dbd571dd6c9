// Pure decision: what a subscriber resuming after `afterSeq` gets before the live stream.

export interface ResumePlan {
  /** Send ResyncRequired first instead of a replay. */
  resync: boolean;
  /** Replay durable events with from < seq <= to; then live events after `to`. */
  from: number;
  to: number;
}

export function planResume(afterSeq: number | null | undefined, latestSeq: number, replayLimit: number): ResumePlan {
  if (afterSeq == null) return { resync: false, from: latestSeq, to: latestSeq };
  // A client ahead of the server (a restored or replaced database) cannot be patched up: resync.
  if (afterSeq > latestSeq || latestSeq - afterSeq > replayLimit) return { resync: true, from: latestSeq, to: latestSeq };
  return { resync: false, from: afterSeq, to: latestSeq };
}
