import { createContext, useContext, useState, type ReactNode } from 'react';
import { createRoomEventBus, type RoomEventBus } from './roomEventBus';

/** The open room's event bus (see roomEventBus.ts). */
export const RoomEventBusContext = createContext<RoomEventBus | null>(null);

/** A new bus for one open room: mount it keyed by the room id. */
export function RoomEventBusProvider({ children }: { children: ReactNode }) {
  const [bus] = useState(createRoomEventBus);
  return <RoomEventBusContext.Provider value={bus}>{children}</RoomEventBusContext.Provider>;
}

export function useRoomEventBus(): RoomEventBus {
  const bus = useContext(RoomEventBusContext);
  if (!bus) throw new Error('The room event bus needs a <RoomEventBusProvider>.');
  return bus;
}
