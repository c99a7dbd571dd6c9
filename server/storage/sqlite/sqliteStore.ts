// The SQLite Store: one better-sqlite3 connection (a file, no service), its parts, and the lock that
// keeps transactions whole. better-sqlite3 is synchronous but a transaction's work is async, and
// other requests run between its awaits on the same connection: so while a transaction or a grouped
// batch is open, calls on the store wait for it to end (in arrival order), and only its `tx` runs.
// A call made while nothing is open runs at once, as one async method over a prepared statement.
import type Database from 'better-sqlite3';
import { busyAsRetryable } from '../../db/busy';
import { openDatabase, type Db, type OpenOptions } from '../../db/open';
import type { Store, StoreParts } from '../store';
import { createConnectionLock, type ConnectionLock } from './connectionLock';
import { createSqliteEvents } from './events';
import { createGroupCommit } from './groupCommit';
import { createSqliteHeld } from './held';
import { createSqliteMessages } from './messages';
import { createSqliteModeration } from './moderation';
import { createSqliteReactions } from './reactions';
import { createSqliteRooms } from './rooms';
import { createSqliteSearch } from './search';
import { createSqliteUsers } from './users';

export interface SqliteStoreOptions extends OpenOptions {
  /** How long grouped writes (sends) wait, without blocking, for a write lock another process holds. */
  lockWaitMs?: number;
  /** The pause before a grouped batch that met a locked database tries again. */
  lockRetryMs?: number;
}

const clients = new WeakMap<Store, Database.Database>();

/** The raw better-sqlite3 client under a SQLite store, for tests that look underneath; undefined for other stores. */
export function sqliteClientOf(store: Store): Database.Database | undefined {
  return clients.get(store);
}

function createParts(db: Db): StoreParts {
  return {
    users: createSqliteUsers(db),
    rooms: createSqliteRooms(db),
    messages: createSqliteMessages(db),
    held: createSqliteHeld(db),
    reactions: createSqliteReactions(db),
    events: createSqliteEvents(db),
    moderation: createSqliteModeration(db),
    search: createSqliteSearch(db),
  };
}

type Method = (...args: unknown[]) => Promise<unknown>;

/** The part as the store offers it outside transactions: each method waits while the lock is held. */
function guarded<P extends object>(part: P, lock: ConnectionLock): P {
  const outside: Record<string, Method> = {};
  for (const [name, method] of Object.entries(part) as [string, Method][]) {
    // Hot path (every storage call outside a transaction): one flag check when the lock is free.
    outside[name] = (...args) => (lock.held ? lock.run(() => method(...args)) : method(...args));
  }
  return outside as P;
}

export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const { lockWaitMs, lockRetryMs, ...openOptions } = options;
  const db = openDatabase(path, openOptions);
  const client = db.$client;
  const tx = createParts(db);
  const lock = createConnectionLock();
  const group = createGroupCommit(client, tx, busyAsRetryable, { lockWaitMs, lockRetryMs, lock });
  const begin = client.prepare('BEGIN IMMEDIATE');
  const commit = client.prepare('COMMIT');
  const rollback = client.prepare('ROLLBACK');

  const store: Store = {
    dialect: 'sqlite',
    users: guarded(tx.users, lock),
    rooms: guarded(tx.rooms, lock),
    messages: guarded(tx.messages, lock),
    held: guarded(tx.held, lock),
    reactions: guarded(tx.reactions, lock),
    events: guarded(tx.events, lock),
    moderation: guarded(tx.moderation, lock),
    search: guarded(tx.search, lock),

    /**
     * IMMEDIATE takes the write lock up front, so checks inside see the state the write applies to
     * (also against other processes sharing the file). SQLITE_BUSY becomes the retryable refusal.
     */
    async transaction<T>(work: (tx: StoreParts) => Promise<T>): Promise<T> {
      if (!lock.tryAcquire()) await lock.acquire();
      try {
        begin.run();
      } catch (error) {
        lock.release();
        throw busyAsRetryable(error);
      }
      try {
        const result = await work(tx);
        commit.run();
        return result;
      } catch (error) {
        if (client.inTransaction) rollback.run();
        throw busyAsRetryable(error);
      } finally {
        lock.release();
      }
    },

    grouped: (work) => group.write(work),
    groupStats: () => group.stats(),
    drain: () => group.drain(),

    /** Drains grouped writes, waits for an open transaction, then closes the connection. */
    async close(): Promise<void> {
      await group.drain();
      if (!lock.tryAcquire()) await lock.acquire();
      client.close();
      lock.release(); // later calls fail at once (the connection is closed) instead of waiting
    },
  };
  clients.set(store, client);
  return store;
}
