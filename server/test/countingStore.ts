// A store that counts the calls made on it, for tests that show a path reads no storage (a live
// event reaching its subscribers). It wraps the real store; every call goes through unchanged.
import type { Store, StoreParts } from '../storage/store';

export interface CountingStore {
  store: Store;
  /** Store calls made while `work` runs synchronously. */
  count<T>(work: () => T): { result: T; calls: number };
}

const PARTS: (keyof StoreParts)[] = ['users', 'rooms', 'messages', 'held', 'reactions', 'events', 'moderation', 'search'];

function counted<P extends object>(part: P, onCall: () => void): P {
  return new Proxy(part, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        onCall();
        return value.apply(target, args);
      };
    },
  });
}

export function countingStore(inner: Store): CountingStore {
  let counting = false;
  let calls = 0;
  const onCall = () => {
    if (counting) calls++;
  };
  const wrapParts = (parts: StoreParts): StoreParts => Object.fromEntries(PARTS.map((name) => [name, counted(parts[name], onCall)])) as unknown as StoreParts;
  const store: Store = {
    ...inner,
    ...wrapParts(inner),
    dialect: inner.dialect,
    transaction: (work) => inner.transaction((tx) => work(wrapParts(tx))),
    grouped: (work) => inner.grouped((tx) => work(wrapParts(tx))),
    groupStats: () => inner.groupStats(),
    drain: () => inner.drain(),
    close: () => inner.close(),
  };
  return {
    store,
    count<T>(work: () => T) {
      counting = true;
      calls = 0;
      try {
        return { result: work(), calls };
      } finally {
        counting = false;
      }
    },
  };
}
