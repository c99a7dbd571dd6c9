// Group commit on PostgreSQL: grouped writes queued while no group is running share one transaction
// on one connection, a SAVEPOINT each, so a burst of sends costs one COMMIT (one WAL flush) rather
// than one each. A write that throws is rolled back to its savepoint and refused alone; the others
// commit. Promises settle only after the COMMIT (all refused if it fails), in queue order, so callers
// publish after the commit and in seq order.
//
// One group at a time per store: two groups of one process taking room counters in different
// orders could deadlock each other. Writes that arrive while a group runs wait for the next one.
import { sql } from 'drizzle-orm';
import type { StoreParts } from '../store';
import type { PgExecutor } from './pgExecutor';
import { asDomainError } from './unavailable';

/**
 * The most writes in one group. Each is a subtransaction with an xid, and past 64 of them in one
 * transaction PostgreSQL's per-backend subxid cache overflows, which slows every other session's
 * snapshots; later writes wait for the next group.
 */
const MAX_GROUP = 64;
const SAVEPOINT = sql.raw('savepoint grouped_write');
const ROLLBACK_TO = sql.raw('rollback to savepoint grouped_write');

type Run = <T>(work: (tx: PgExecutor) => Promise<T>) => Promise<T>;

interface Pending {
  work: (tx: StoreParts) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface PgGroupCommitOptions {
  /** false: each write is a transaction of its own (no savepoints). */
  batch?: boolean;
}

export function createPgGroupCommit(run: Run, partsOver: (db: PgExecutor) => StoreParts, { batch = true }: PgGroupCommitOptions = {}) {
  const queue: Pending[] = [];
  let running: Promise<void> | null = null;
  const unbatched = new Set<Promise<unknown>>();
  let commits = 0;
  let writes = 0;

  /** Hot path: once per group. Runs the queued writes, then the writes queued meanwhile, until none is left. */
  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const group = queue.splice(0, MAX_GROUP);
      const outcomes: Outcome[] = [];
      try {
        await run(async (tx) => {
          const parts = partsOver(tx);
          for (const write of group) {
            // Never released: RELEASE would cost a round trip per write and free nothing that
            // matters; ROLLBACK TO goes back to the newest savepoint of the name, this write's.
            await tx.execute(SAVEPOINT);
            try {
              outcomes.push({ ok: true, value: await write.work(parts) });
            } catch (error) {
              await tx.execute(ROLLBACK_TO);
              outcomes.push({ ok: false, error: asDomainError(error) });
            }
          }
        });
      } catch (error) {
        for (const write of group) write.reject(error);
        continue;
      }
      commits++;
      writes += group.length;
      group.forEach((write, i) => {
        const outcome = outcomes[i];
        if (outcome.ok) write.resolve(outcome.value);
        else write.reject(outcome.error);
      });
    }
    running = null;
  }

  function unbatchedWrite<T>(work: (tx: StoreParts) => Promise<T>): Promise<T> {
    const written = run((tx) => work(partsOver(tx))).then((value) => {
      commits++;
      writes++;
      return value;
    });
    const settled = written.catch(() => {});
    unbatched.add(settled);
    void settled.then(() => unbatched.delete(settled));
    return written;
  }

  return {
    write<T>(work: (tx: StoreParts) => Promise<T>): Promise<T> {
      if (!batch) return unbatchedWrite(work);
      const queued = new Promise<T>((resolve, reject) => queue.push({ work: work as Pending['work'], resolve: resolve as Pending['resolve'], reject }));
      // setImmediate: the writes of this turn join the group before it begins.
      running ??= new Promise<void>((resolve) => setImmediate(() => void flush().then(resolve)));
      return queued;
    },

    stats: () => ({ commits, writes }),

    async drain(): Promise<void> {
      await Promise.all([running, ...unbatched]);
    },
  };
}
