// The GraphQL context: who is calling, the domains, and what the transport does for slow consumers.
import type { Domains } from '../domains';
import type { SlowConsumerHandler } from '../events/roomEvents';
import type { Viewer } from '../users/viewer';

export interface Context {
  viewer: Viewer;
  domains: Domains;
  /** Where the caller connects from (http/clientAddress.ts), for the sign-in and account limits. */
  clientAddress: string;
  /** Over WebSocket: close the socket retryably. Over HTTP (SSE): end the stream. */
  onSlowConsumer: SlowConsumerHandler;
}
