import { createContext } from 'react';
import type { Socket } from '../socket';

/** The shared graphql-ws socket (see socket.ts), provided once by main.tsx. */
export const SocketContext = createContext<Socket | null>(null);
