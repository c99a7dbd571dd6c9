// The durable events of pins. MessagePinned is read back with its message as it is now (its pinnedAt);
// MessageUnpinned needs only the id.
import { defineDurableEvent } from '../events/durableEvent';
import type { AboutMessage } from '../messages/messageEvents';
import type { MessageSource } from '../messages/messageSnapshot';

export interface MessagePinnedEvent {
  type: 'MessagePinned';
  roomId: string;
  seq: number;
  message: MessageSource;
}

export interface MessageUnpinnedEvent {
  type: 'MessageUnpinned';
  roomId: string;
  seq: number;
  messageId: string;
}

export const messagePinned = defineDurableEvent<MessagePinnedEvent, AboutMessage>({
  type: 'MessagePinned',
  messageId: ({ messageId }) => messageId,
  data: () => null,
  readBack: ({ roomId, seq }, message) => ({ type: 'MessagePinned', roomId, seq, message: message! }),
});

export const messageUnpinned = defineDurableEvent<MessageUnpinnedEvent, AboutMessage>({
  type: 'MessageUnpinned',
  messageId: ({ messageId }) => messageId,
  data: () => null,
  readBack: ({ roomId, seq, messageId }) => ({ type: 'MessageUnpinned', roomId, seq, messageId: messageId! }),
});
