// Who is on each WebSocket, for exactly as long as their token holds: a socket is authenticated
// once at connection_init, counted against its user's socket cap, and closed with 4403 the moment
// its token is revoked (`signOut` publishes `sessionRevoked`) or expires (a timer per socket).
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { isCourtsideError } from '../errors';
import type { PubSub } from '../pubsub';
import type { Users } from '../users/users';
import type { Viewer } from '../users/viewer';

/**
 * A signed-in user's socket past MAX_SOCKETS_PER_USER is refused at connection_init with this code.
 * The newest is refused rather than the oldest evicted: evicting would let two tabs of one user
 * kick each other out on every reconnect, and graphql-ws clients treat 4429 as final, so a refused
 * client does not retry in a loop. (graphql-ws names 4429 "too many initialisation requests"; the
 * close reason says which it is.)
 */
export const TOO_MANY_SOCKETS_CLOSE = 4429;
/** A re-check that fails for a reason other than the token (the database, say) closes retryably. */
const CHECK_FAILED_CLOSE = 1013;
/** setTimeout fires at once for a delay above 2^31 - 1 ms (~24.8 days); longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** When to check a token again: at its expiry, but never later than `recheckMs` from now. */
export function nextCheckDelayMs(expiresAtMs: number, nowMs: number, recheckMs: number): number {
  return Math.max(0, Math.min(expiresAtMs - nowMs, recheckMs, MAX_TIMER_MS));
}

export interface SocketSessionsDeps {
  users: Users;
  pubsub: PubSub;
  maxSocketsPerUser: number;
  /** Longest a socket goes without re-checking its token (catches sessions shortened or removed elsewhere). */
  recheckMs: number;
  /** Where a re-check that failed unexpectedly is logged. */
  logError: (error: unknown) => void;
  now?: () => number;
}

export type Admission = { viewer: Viewer } | { refused: { code: number; reason: string } };

interface Session {
  viewer: NonNullable<Viewer>;
  release: () => void;
}

export function createSocketSessions({ users, pubsub, maxSocketsPerUser, recheckMs, logError, now = Date.now }: SocketSessionsDeps) {
  const sessions = new WeakMap<WebSocket, Session>();
  const socketsPerUser = new Map<string, number>();

  /** Piped, not read in a loop: an idle async loop per socket costs ~1 KB in a room of thousands. */
  function watchRevocation(socket: WebSocket, viewer: NonNullable<Viewer>): () => void {
    const revocations = pubsub.subscribe('sessionRevoked', viewer.user.id, { limit: 100, onOverflow: () => {} });
    void revocations.pipeTo((revoked) => {
      if (revoked.tokenHash === viewer.tokenHash) socket.close(CloseCode.Forbidden, 'Signed out');
    });
    return () => void revocations.return?.();
  }

  /** Re-checks through `users.authenticate`, the one judge of a token, at expiry (or every recheckMs). */
  function watchExpiry(socket: WebSocket, token: string, viewer: NonNullable<Viewer>): () => void {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const arm = async () => {
      const expiresAt = (await users.sessionExpiresAt(viewer.tokenHash))?.getTime() ?? 0;
      if (!stopped) timer = setTimeout(check, nextCheckDelayMs(expiresAt, now(), recheckMs));
    };
    const check = async () => {
      try {
        await users.authenticate(token);
        await arm();
      } catch (error) {
        if (isCourtsideError(error)) return socket.close(CloseCode.Forbidden, 'Session expired; sign in again');
        logError(error);
        socket.close(CHECK_FAILED_CLOSE, 'Could not check the session; reconnect');
      }
    };
    arm().catch(check);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  function count(userId: string, delta: number): void {
    const sockets = (socketsPerUser.get(userId) ?? 0) + delta;
    if (sockets > 0) socketsPerUser.set(userId, sockets);
    else socketsPerUser.delete(userId);
  }

  return {
    /**
     * Authenticates a socket's connection_init (`authToken`; none means anonymous). A bad or expired
     * token throws UNAUTHENTICATED; a user already at the socket cap is refused with a close code.
     */
    async admit(socket: WebSocket, token: unknown): Promise<Admission> {
      const raw = typeof token === 'string' ? token : null;
      const viewer = await users.authenticate(raw);
      if (!viewer || raw === null) return { viewer };
      if ((socketsPerUser.get(viewer.user.id) ?? 0) >= maxSocketsPerUser) {
        return { refused: { code: TOO_MANY_SOCKETS_CLOSE, reason: `Too many open sockets for this user (the limit is ${maxSocketsPerUser})` } };
      }
      count(viewer.user.id, 1);
      const stopRevocation = watchRevocation(socket, viewer);
      const stopExpiry = watchExpiry(socket, raw, viewer);
      sessions.set(socket, {
        viewer,
        release: () => {
          stopRevocation();
          stopExpiry();
          count(viewer.user.id, -1);
        },
      });
      return { viewer };
    },

    /** Releases the socket's watchers and its place under the user's cap; safe to call twice. */
    release(socket: WebSocket): void {
      sessions.get(socket)?.release();
      sessions.delete(socket);
    },

    /** The socket's viewer; null for an anonymous socket. */
    viewerOf(socket: WebSocket): Viewer {
      return sessions.get(socket)?.viewer ?? null;
    },
  };
}

export type SocketSessions = ReturnType<typeof createSocketSessions>;
