// RoomUpdated: the room's name, topic or settings changed. The log keeps nothing but the seq; a
// replayed event carries no room and the resolver reads it as it is now.
import { defineDurableEvent } from '../events/durableEvent';
import type { RoomRow } from '../storage/rows';

export interface RoomUpdatedEvent {
  type: 'RoomUpdated';
  roomId: string;
  seq: number;
  /** The room after the change, as published; read from storage for a replayed event. */
  room?: RoomRow;
}

export const roomUpdated = defineDurableEvent<RoomUpdatedEvent>({
  type: 'RoomUpdated',
  messageId: () => null,
  data: () => null,
  readBack: ({ roomId, seq }) => ({ type: 'RoomUpdated', roomId, seq }),
});
