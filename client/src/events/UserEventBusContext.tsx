import { createContext, useContext } from 'react';
import type { UserEventBus } from './userEventBus';

/** The viewer's user event bus (see userEventBus.ts), provided once by App. */
export const UserEventBusContext = createContext<UserEventBus | null>(null);

export function useUserEventBus(): UserEventBus {
  const bus = useContext(UserEventBusContext);
  if (!bus) throw new Error('The user event bus needs a <UserEventBusContext.Provider>.');
  return bus;
}
