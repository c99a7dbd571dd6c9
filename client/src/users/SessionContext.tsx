import { createContext } from 'react';
import type { Session } from './session';

/** This device's session (see session.ts), provided once by main.tsx. */
export const SessionContext = createContext<Session | null>(null);
