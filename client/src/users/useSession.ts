import { useContext, useSyncExternalStore } from 'react';
import { SessionContext } from './SessionContext';
import type { Session } from './session';

/** The session and whether it holds a token (re-renders when that changes). */
export function useSession(): { session: Session; signedIn: boolean } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionContext.Provider>.');
  const token = useSyncExternalStore(session.subscribe, session.token);
  return { session, signedIn: token !== null };
}
