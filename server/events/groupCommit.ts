// Group commit: writes that arrive in the same turn of the event loop share one transaction, so
// under load many acknowledged messages cost one durable (synchronous=FULL) commit instead of one
// each. Each write runs in its own savepoint: one that throws is rolled back and refused alone.
// Promises settle only after the COMMIT, in the order the writes were queued, so callers publish
// after the commit and in seq order.
import type Database from 'better-sqlite3';

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

export function createGroupCommit(client: Database.Database, refuse: (error: unknown) => unknown): GroupCommit {
  let queue: Pending[] = [];
  let drained: (() => void)[] = [];
  let commits = 0;
  let writes = 0;

  /** Hot path: once per event-loop turn with pending writes. */
  function flush(): void {
    const batch = queue;
    queue = [];
    const waiting = drained;
    drained = [];
    try {
      commit(batch);
    } finally {
      waiting.forEach((resolve) => resolve());
    }
  }

  function commit(batch: Pending[]): void {
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
      // Nothing of the batch was committed (e.g. the lock stayed busy): refuse every write.
      batch.forEach((item) => item.reject(refuse(error)));
      return;
    }
    batch.forEach((item, i) => (outcomes[i].ok ? item.resolve(outcomes[i].value) : item.reject(outcomes[i].value)));
  }

  return {
    write<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      });
    },
    stats: () => ({ commits, writes }),
    drain: () => (queue.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))),
  };
}
