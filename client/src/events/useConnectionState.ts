import { useSyncExternalStore } from 'react';
import type { ConnectionState } from '../socket';
import { useSocket } from './useSocket';

export function useConnectionState(): ConnectionState {
  const socket = useSocket();
  return useSyncExternalStore(socket.onState, socket.state);
}
