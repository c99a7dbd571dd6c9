// The one WebSocket to /graphql (graphql-ws), shared by Apollo's subscription link and the room
// event streams. It connects eagerly, retries forever with a capped backoff, and reports a
// connection state for the indicator. A socket closed with 4403 (token refused or revoked) is not
// retried: the session ends and the socket restarts anonymous.
//
// `restart()` replaces the underlying graphql-ws client (after sign-in or sign-out). Listeners on
// `client.on` stay attached across restarts and see a `closed` then a `connected` event, so a
// stream that resubscribes on `connected` (see events/roomEventStream.ts) survives every restart.
// Subscriptions made through `client.subscribe` end at a restart; reconnects within one client
// are retried by graphql-ws itself with the same payload.
import { createClient, type Client, type Event } from 'graphql-ws';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface Socket {
  /** A graphql-ws client that always forwards to the current connection. */
  client: Client;
  state(): ConnectionState;
  onState(listener: () => void): () => void;
  /** Drops the connection and connects again now, e.g. with a new token. */
  restart(): void;
  dispose(): void;
}

export interface SocketOptions {
  url: string;
  token: () => string | null;
  /** The server refused or revoked `token` (close code 4403). */
  onForbidden: (token: string | null) => void;
}

const FORBIDDEN = 4403;
const PONG_TIMEOUT = 4408;
const EVENTS: Event[] = ['connecting', 'opened', 'connected', 'ping', 'pong', 'message', 'closed', 'error'];

type AnyListener = (...args: unknown[]) => void;

const closeCode = (event: unknown): number | undefined => (typeof event === 'object' && event !== null && 'code' in event ? Number((event as { code: unknown }).code) : undefined);

/** 0.5 s, 1 s, 2 s, … capped at 5 s, with jitter so a restarted server is not stampeded. */
async function backoff(retries: number): Promise<void> {
  const delay = Math.min(500 * 2 ** retries, 5000) * (0.75 + Math.random() * 0.5);
  await new Promise((resolve) => setTimeout(resolve, delay));
}

/** `ws(s)://<this host>/graphql`: the API is same-origin with the page. */
export function sameOriginSocketUrl(path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

export function createSocket({ url, token, onForbidden }: SocketOptions): Socket {
  const listeners = new Map<Event, Set<AnyListener>>(EVENTS.map((event) => [event, new Set()]));
  const stateListeners = new Set<() => void>();
  let state: ConnectionState = 'connecting';
  let everConnected = false;
  let generation = 0;
  let inner: Client;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const emit = (event: Event, ...args: unknown[]) => {
    for (const listener of [...listeners.get(event)!]) listener(...args);
  };
  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...stateListeners]) listener();
  };
  const notConnected = (): ConnectionState => (navigator.onLine === false ? 'offline' : everConnected ? 'reconnecting' : 'connecting');

  function open(): void {
    const mine = ++generation;
    const current = () => mine === generation;
    let usedToken: string | null = null;
    let activeSocket: WebSocket | null = null;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    const forward = Object.fromEntries(EVENTS.map((event) => [event, (...args: unknown[]) => current() && emit(event, ...args)])) as Record<Event, AnyListener>;

    setState(notConnected());
    inner = createClient({
      url,
      lazy: false,
      retryAttempts: Infinity,
      retryWait: backoff,
      keepAlive: 10_000,
      connectionParams: () => {
        usedToken = token();
        return usedToken ? { authToken: usedToken } : {};
      },
      shouldRetry: (event) => closeCode(event) !== FORBIDDEN,
      onNonLazyError: (error) => {
        if (!current()) return;
        if (closeCode(error) === FORBIDDEN) onForbidden(usedToken);
        // Still this client (nothing restarted it): a fatal close. Try again later, never give up.
        if (current()) {
          setState('offline');
          clearTimeout(retryTimer);
          retryTimer = setTimeout(restart, 5000);
        }
      },
      on: {
        ...forward,
        connecting: (isRetry) => {
          if (current()) setState(notConnected());
          forward.connecting(isRetry);
        },
        opened: (socket) => {
          activeSocket = socket as WebSocket;
          forward.opened(socket);
        },
        connected: (...args) => {
          if (current()) {
            everConnected = true;
            setState('connected');
          }
          forward.connected(...args);
        },
        closed: (event) => {
          clearTimeout(pongTimer);
          if (current()) setState(notConnected());
          forward.closed(event);
        },
        // A ping without a pong within 5 s means a dead connection (sleep, lost network): close it
        // so graphql-ws reconnects and the streams resume.
        ping: (received, payload) => {
          if (!received) {
            pongTimer = setTimeout(() => {
              if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(PONG_TIMEOUT, 'Pong timeout');
            }, 5000);
          }
          forward.ping(received, payload);
        },
        pong: (received, payload) => {
          if (received) clearTimeout(pongTimer);
          forward.pong(received, payload);
        },
      },
    });
  }

  function restart(): void {
    clearTimeout(retryTimer);
    const old = inner;
    emit('closed', { code: 4205, reason: 'Client restart' });
    open();
    old.dispose();
  }

  const onOnline = () => state !== 'connected' && restart();
  const onOffline = () => state !== 'connected' && setState('offline');
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  open();

  const client: Client = {
    on(event, listener) {
      const set = listeners.get(event)!;
      set.add(listener as AnyListener);
      return () => set.delete(listener as AnyListener);
    },
    subscribe: (payload, sink) => inner.subscribe(payload, sink),
    iterate: (payload) => inner.iterate(payload),
    terminate: () => inner.terminate(),
    dispose: () => inner.dispose(),
  };

  return {
    client,
    state: () => state,
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    restart,
    dispose() {
      clearTimeout(retryTimer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      generation++;
      inner.dispose();
    },
  };
}
