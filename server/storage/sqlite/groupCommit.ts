// Group commit: writes that arrive in the same turn of the event loop share one transaction, so
// under load many acknowledged messages cost one durable (synchronous=FULL) commit instead of one
// each. Each write runs in its own savepoint: one that throws is rolled back and refused alone.
// Promises settle only after the COMMIT, in the order the writes were queued, so callers publish
// after the commit and in seq order.
//
// A write's work is async (it awaits its `tx`), so the batch holds the connection's lock from BEGIN
// to COMMIT and runs its writes one after another; calls on the store meanwhile wait for it.
//
// While another process holds the write lock, the group waits without blocking the event loop:
// the connection's own busy timeout is short (better-sqlite3 waits synchronously), and a group
// that met a locked database is tried again after a pause, ahead of later writes, until
// `lockWaitMs` have passed since its first try; then it is refused.
import type Database from 'better-sqlite3';
import { isBusy } from '../../db/busy';
import { createConnectionLock, type ConnectionLock } from './connectionLock';

interface Pending<P> {
  work: (tx: P) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit<P> {
  /** Queues `work` for the next group transaction; settles after that transaction commits. */
  write<T>(work: (tx: P) => Promise<T>): Promise<T>;
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
  /** The connection's lock, shared with the store's transactions; a lock of its own when left out. */
  lock?: ConnectionLock;
}

export function createGroupCommit<P>(client: Database.Database, tx: P, refuse: (error: unknown) => unknown, options: GroupCommitOptions = {}): GroupCommit<P> {
  const { lockWaitMs = 5000, lockRetryMs = 50, lock = createConnectionLock() } = options;
  const begin = client.prepare('BEGIN IMMEDIATE');
  const commitStatement = client.prepare('COMMIT');
  const rollback = client.prepare('ROLLBACK');
  const savepoint = client.prepare('SAVEPOINT grouped_write');
  const rollbackTo = client.prepare('ROLLBACK TO grouped_write');
  const releaseSavepoint = client.prepare('RELEASE grouped_write');
  let queue: Pending<P>[] = [];
  let drained: (() => void)[] = [];
  let scheduled = false;
  /** When the writes at the head of the queue first met a locked database; null when they did not. */
  let lockedSince: number | null = null;
  let commits = 0;
  let writes = 0;

  /** Hot path: once per event-loop turn with pending writes. */
  async function flush(): Promise<void> {
    if (!lock.tryAcquire()) await lock.acquire();
    // Taken once the lock is ours: writes queued while a transaction held it join this batch.
    const batch = queue;
    queue = [];
    let outcome: 'settled' | 'locked';
    try {
      outcome = await commit(batch);
    } finally {
      lock.release();
    }
    if (outcome === 'locked') {
      queue = batch.concat(queue);
      setTimeout(() => void flush(), lockRetryMs);
      return;
    }
    lockedSince = null;
    scheduled = false;
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
    setImmediate(() => void flush());
  }

  /** Runs each write in its savepoint; a write that throws is undone alone. Throws when the transaction itself broke. */
  async function runWrites(batch: Pending<P>[]): Promise<{ ok: boolean; value: unknown }[]> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    for (const item of batch) {
      savepoint.run();
      try {
        const value = await item.work(tx);
        releaseSavepoint.run();
        outcomes.push({ ok: true, value });
      } catch (error) {
        if (!client.inTransaction) throw error; // SQLite ended the whole transaction (a full disk, an interrupt)
        rollbackTo.run();
        releaseSavepoint.run();
        outcomes.push({ ok: false, value: error });
      }
    }
    return outcomes;
  }

  /** Commits the batch and settles its writes, or reports that it should be tried again. */
  async function commit(batch: Pending<P>[]): Promise<'settled' | 'locked'> {
    let outcomes: { ok: boolean; value: unknown }[];
    try {
      begin.run();
    } catch (error) {
      // Nothing of the batch was written. Locked by another process: try again while there is
      // time; otherwise (or anything else) refuse every write of the batch.
      if (isBusy(error)) {
        lockedSince ??= performance.now();
        if (performance.now() - lockedSince < lockWaitMs) return 'locked';
      }
      batch.forEach((item) => item.reject(refuse(error)));
      return 'settled';
    }
    try {
      outcomes = await runWrites(batch);
      commitStatement.run();
    } catch (error) {
      if (client.inTransaction) rollback.run();
      batch.forEach((item) => item.reject(refuse(error)));
      return 'settled';
    }
    commits++;
    writes += batch.length;
    batch.forEach((item, i) => (outcomes[i].ok ? item.resolve(outcomes[i].value) : item.reject(outcomes[i].value)));
    return 'settled';
  }

  return {
    write<T>(work: (tx: P) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
    stats: () => ({ commits, writes }),
    drain: () => (queue.length === 0 && !scheduled ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))),
  };
}
