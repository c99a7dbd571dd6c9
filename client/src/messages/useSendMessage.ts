// Sending with optimistic display. Each message gets a clientMessageId when it is written; it shows
// at once as "sending…", is replaced by the server's message on success (deduplicated with the
// live MessageAdded by id and clientMessageId), and on failure offers a retry that resends with
// the SAME clientMessageId — the server returns the original instead of posting twice.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../gql';
import { readableError } from '../ui/readableError';
import type { TimelineMessage } from './timeline';

const sendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
    }
  }
`);

export interface PendingMessage {
  clientMessageId: string;
  body: string;
  replyTo: TimelineMessage['replyTo'];
  status: 'sending' | 'failed';
  error: string | null;
}

export interface SendMessage {
  pending: PendingMessage[];
  send(body: string, replyTo: TimelineMessage | null): void;
  retry(clientMessageId: string): void;
  discard(clientMessageId: string): void;
}

function quoteOf(message: TimelineMessage | null): TimelineMessage['replyTo'] {
  if (!message) return null;
  const { id, body, deletedAt, author } = message;
  return { id, body, deletedAt, author: author && { id: author.id, displayName: author.displayName } };
}

/** Sends to the room's main timeline, or into the thread under `threadRootId`. */
export function useSendMessage(roomId: string, onSent: (message: TimelineMessage) => void, threadRootId: string | null = null): SendMessage {
  const apollo = useApolloClient();
  const [pending, setPending] = useState<PendingMessage[]>([]);

  const update = (clientMessageId: string, change: Partial<PendingMessage> | null) =>
    setPending((list) =>
      change === null
        ? list.filter((p) => p.clientMessageId !== clientMessageId)
        : list.map((p) => (p.clientMessageId === clientMessageId ? { ...p, ...change } : p)),
    );

  const deliver = useCallback(
    async (item: PendingMessage) => {
      try {
        const { data } = await apollo.mutate({
          mutation: sendMessageMutation,
          variables: { input: { roomId, body: item.body, replyToId: item.replyTo?.id ?? null, threadRootId, clientMessageId: item.clientMessageId } },
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error('The server did not confirm the message.');
        onSent(data.sendMessage);
        update(item.clientMessageId, null);
      } catch (caught) {
        update(item.clientMessageId, { status: 'failed', error: readableError(caught) });
      }
    },
    [apollo, roomId, threadRootId, onSent],
  );

  return {
    pending,
    send(body, replyTo) {
      const item: PendingMessage = {
        clientMessageId: crypto.randomUUID(),
        body,
        replyTo: quoteOf(replyTo),
        status: 'sending',
        error: null,
      };
      setPending((list) => [...list, item]);
      void deliver(item);
    },
    retry(clientMessageId) {
      const item = pending.find((p) => p.clientMessageId === clientMessageId);
      if (!item || item.status === 'sending') return;
      update(clientMessageId, { status: 'sending', error: null });
      void deliver(item);
    },
    discard: (clientMessageId) => update(clientMessageId, null),
  };
}
