// Signing in and out on this device: the token, the socket's identity and the cache move together.
import type { ApolloClient } from '@apollo/client';
import type { Socket } from '../socket';
import type { TokenStore } from './tokenStore';

export interface Session {
  token(): string | null;
  subscribe(listener: () => void): () => void;
  /** Use `token` from now on: reconnect the socket with it and refetch what is on screen. */
  start(token: string): void;
  /** Forget the token here (the server side is `signOut`), reconnect anonymous, refetch. */
  end(): void;
  /** The server refused `token`: end the session if it is still the current one. */
  refused(token: string | null): void;
}

export function createSession(tokens: TokenStore, socket: Socket, apollo: () => ApolloClient): Session {
  function switchTo(token: string | null): void {
    tokens.set(token);
    socket.restart();
    // Queries in flight are cancelled by the reset; the views that own them retry.
    apollo()
      .resetStore()
      .catch(() => {});
  }
  return {
    token: tokens.get,
    subscribe: tokens.subscribe,
    start: (token) => switchTo(token),
    end() {
      if (tokens.get() !== null) switchTo(null);
    },
    refused(token) {
      if (token !== null && tokens.get() === token) switchTo(null);
    },
  };
}
