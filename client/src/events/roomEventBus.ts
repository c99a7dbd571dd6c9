// The bus for one room's roomEvents stream.
import { createEventBus, type EventBus } from './eventBus';
import type { RoomEvent } from './roomEventStream';

export type RoomEventListener = (event: RoomEvent) => void;
export type RoomEventBus = EventBus<RoomEvent>;
export const createRoomEventBus = (): RoomEventBus => createEventBus<RoomEvent>();
