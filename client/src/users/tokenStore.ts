// The bearer token, kept in localStorage so a reload stays signed in. Subscribable, so React can
// read it with useSyncExternalStore and the transport reads it at each request and each connect.

const KEY = 'courtside.token';

export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createTokenStore(storage: Storage = window.localStorage): TokenStore {
  let token = storage.getItem(KEY);
  const listeners = new Set<() => void>();
  return {
    get: () => token,
    set(next) {
      if (next === token) return;
      token = next;
      if (next) storage.setItem(KEY, next);
      else storage.removeItem(KEY);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
