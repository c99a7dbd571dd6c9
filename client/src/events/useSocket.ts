import { useContext } from 'react';
import type { Socket } from '../socket';
import { SocketContext } from './SocketContext';

export function useSocket(): Socket {
  const socket = useContext(SocketContext);
  if (!socket) throw new Error('useSocket needs a <SocketContext.Provider>.');
  return socket;
}
