// Group commit: writes that arrive in the same turn of the event loop share one transaction, so
// under load many acknowledged messages cost one durable (synchronous=FULL) commit instead of one
// each. Each write runs in its own savepoint: one that throws is rolled back and refused alone.
// Promises settle only after the COMMIT, in the order the writes were queued, so callers publish
// after the commit and in seq order.
//
// While another process holds the write lock, the group waits without blocking the event loop:
// the connection's own busy timeout is short (better-sqlite3 waits synchronously), and a group
// that met a locked database is tried again after a pause, ahead of later writes, until
// `lockWaitMs` have passed since its first try; then it is refused.
import type Database from 'better-sqlite3';
import { isBusy } from '../db/busy';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Queues `work` for the next group transaction; settles after that transaction commits. */
  write<T>(work: () => T): Promise<T>;
  /** Transactions committed so far, and writes in them: a gauge, and how tests see the grouping. */
  stats(): { commits: number; writes: number };
  /** Resolves once every write queued so far has been committed or refused. */
  drain(): Promise<void>;
}

export interface GroupCommitOptions {
  /** How long a group may keep meeting a locked database before its writes are refused. */
  lockWaitMs?: number;
  /** The pause before trying a locked group again. */
  lockRetryMs?: number;
}

export function createGroupCommit(client: Database.Database, refuse: (error: unknown) => unknown, options: GroupCommitOptions = {}): GroupCommit {
  const { lockWaitMs = 5000, lockRetryMs = 50 } = options;
  let queue: Pending[] = [];
  let drained: (() => void)[] = [];
  let scheduled = false;
  /** When the writes at the head of the queue first met a locked database; null when they did not. */
  let lockedSince: number | null = null;
  let commits = 0;
  let writes = 0;

  /** Hot path: once per event-loop turn with pending writes. */
  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (commit(batch) === 'locked') {
      queue = batch.concat(queue);
      scheduled = true;
      setTimeout(flush, lockRetryMs);
      return;
    }
    lockedSince = null;
    if (queue.length > 0) schedule();
    else {
      const waiting = drained;
      drained = [];
      waiting.forEach((resolve) => resolve());
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  /** Commits the batch and settles its writes, or reports that it should be tried again. */
  function commit(batch: Pending[]): 'settled' | 'locked' {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      client
        .transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: client.transaction(item.work)() });
            } catch (error) {
              outcomes.push({ ok: false, value: error });
            }
          }
        })
        .immediate();
      commits++;
      writes += batch.length;
    } catch (error) {
      // Nothing of the batch was committed. Locked by another process: try again while there is
      // time; otherwise (or anything else) refuse every write of the batch.
      if (isBusy(error)) {
        lockedSince ??= performance.now();
        if (performance.now() - lockedSince < lockWaitMs) return 'locked';
      }
      batch.forEach((item) => item.reject(refuse(error)));
      return 'settled';
    }
    batch.forEach((item, i) => (outcomes[i].ok ? item.resolve(outcomes[i].value) : item.reject(outcomes[i].value)));
    return 'settled';
  }

  return {
    write<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
    stats: () => ({ commits, writes }),
    drain: () => (queue.length === 0 && !scheduled ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))),
  };
}
