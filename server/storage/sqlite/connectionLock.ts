// The one connection's lock: while a transaction or a grouped batch is open on it, every other call
// waits, in arrival order, so no request's statement lands inside another's transaction (better-sqlite3
// is synchronous, but a transaction's work is async and other requests run between its awaits).
// Calls made while the lock is free run at once, with no promise of the lock's own.

interface Waiter {
  /** A plain call to run once the lock is free, or null for a holder waiting to take it. */
  call: (() => Promise<unknown>) | null;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface ConnectionLock {
  /** True while a transaction or a grouped batch has the connection. */
  readonly held: boolean;
  /** Runs `call` now when the lock is free, else after the holders queued before it. */
  run<T>(call: () => Promise<T>): Promise<T>;
  /** Takes the lock at once when it is free; false when it is held. */
  tryAcquire(): boolean;
  /** Takes the lock after the holders and calls queued before. */
  acquire(): Promise<void>;
  /** Gives the lock up: queued calls run, up to the next queued holder, which takes it. */
  release(): void;
}

export function createConnectionLock(): ConnectionLock {
  let held = false;
  const waiting: Waiter[] = [];

  function enqueue<T>(call: (() => Promise<T>) | null): Promise<T> {
    return new Promise<T>((resolve, reject) => waiting.push({ call, resolve: resolve as (value: unknown) => void, reject }));
  }

  return {
    get held() {
      return held;
    },
    run<T>(call: () => Promise<T>): Promise<T> {
      return held ? enqueue(call) : call();
    },
    tryAcquire(): boolean {
      if (held) return false;
      held = true;
      return true;
    },
    acquire(): Promise<void> {
      if (!held) {
        held = true;
        return Promise.resolve();
      }
      return enqueue<void>(null);
    },
    release(): void {
      held = false;
      // Plain calls run synchronously here (their statements are synchronous), so each sees the
      // state just committed and none overlaps the next holder.
      while (!held && waiting.length > 0) {
        const next = waiting.shift()!;
        if (next.call === null) {
          held = true;
          next.resolve(undefined);
          return;
        }
        try {
          next.resolve(next.call());
        } catch (error) {
          next.reject(error);
        }
      }
    },
  };
}
