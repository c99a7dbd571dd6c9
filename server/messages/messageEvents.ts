// The durable events of messages: added, edited, deleted. Each keeps only its message's id; a replay
// joins the message back as it is now (an edit replayed after a delete shows the tombstone).
import { defineDurableEvent } from '../events/durableEvent';
import type { MessageSource } from './messageSnapshot';

export interface MessageAddedEvent {
  type: 'MessageAdded';
  roomId: string;
  seq: number;
  message: MessageSource;
}

export interface MessageEditedEvent {
  type: 'MessageEdited';
  roomId: string;
  seq: number;
  message: MessageSource;
}

export interface MessageDeletedEvent {
  type: 'MessageDeleted';
  roomId: string;
  seq: number;
  messageId: string;
}

/** What the writer knows when it takes the seq: the message's id. */
export interface AboutMessage {
  messageId: string;
}

const aboutMessage = {
  messageId: ({ messageId }: AboutMessage) => messageId,
  data: () => null,
};

export const messageAdded = defineDurableEvent<MessageAddedEvent, AboutMessage>({
  type: 'MessageAdded',
  ...aboutMessage,
  readBack: ({ roomId, seq }, message) => ({ type: 'MessageAdded', roomId, seq, message: message! }),
});

export const messageEdited = defineDurableEvent<MessageEditedEvent, AboutMessage>({
  type: 'MessageEdited',
  ...aboutMessage,
  readBack: ({ roomId, seq }, message) => ({ type: 'MessageEdited', roomId, seq, message: message! }),
});

export const messageDeleted = defineDurableEvent<MessageDeletedEvent, AboutMessage>({
  type: 'MessageDeleted',
  ...aboutMessage,
  readBack: ({ roomId, seq, messageId }) => ({ type: 'MessageDeleted', roomId, seq, messageId: messageId! }),
});
