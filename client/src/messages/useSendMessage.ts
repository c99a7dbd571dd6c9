// Sending with optimistic display. Each message gets a clientMessageId when it is written; it shows
// at once as "sending…", is replaced by the server's message on success (deduplicated with the
// live MessageAdded by id and clientMessageId), and on failure offers a retry that resends with
// the SAME clientMessageId — the server returns the original instead of posting twice.
//
// Moderation: a send refused by moderation (blocked, slow mode, timeout, ban) is not a failure to
// retry: it is dropped here and handed to `onRefused`, which puts the text back in the composer. A
// message held for review stays here as "Pending review" until the sender's ModerationNotice says
// a moderator approved it (it is then read and put in the timeline) or rejected it.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useUserEventListener } from '../events/useUserEventListener';
import { graphql } from '../gql';
import { sendRefusal, type SendRefusal } from '../moderation/sendRefusal';
import { readableError } from '../ui/readableError';
import type { TimelineMessage } from './timeline';

const sendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
      status
      moderationReason
    }
  }
`);

const approvedMessageQuery = graphql(`
  query ApprovedMessage($id: ID!) {
    message(id: $id) {
      ...MessageFields
      status
    }
  }
`);

export interface PendingMessage {
  clientMessageId: string;
  body: string;
  replyTo: TimelineMessage['replyTo'];
  /** `held`: waiting for a moderator; `rejected`: a moderator said no. */
  status: 'sending' | 'failed' | 'held' | 'rejected';
  /** Why it failed, or why it was held. */
  error: string | null;
  /** The message's id once the server has it (held ones). */
  messageId: string | null;
}

export interface SendMessage {
  pending: PendingMessage[];
  send(body: string, replyTo: TimelineMessage | null): void;
  retry(clientMessageId: string): void;
  discard(clientMessageId: string): void;
}

export interface SendOptions {
  /** Post inside the thread under this root; null: the main timeline. */
  threadRootId?: string | null;
  /** Moderation refused the message; it is no longer pending. */
  onRefused?: (item: PendingMessage, refusal: SendRefusal) => void;
  /** The server took the message (posted or held for review). */
  onAccepted?: () => void;
}

function quoteOf(message: TimelineMessage | null): TimelineMessage['replyTo'] {
  if (!message) return null;
  const { id, body, deletedAt, author } = message;
  return { id, body, deletedAt, author: author && { id: author.id, displayName: author.displayName } };
}

export function useSendMessage(roomId: string, onSent: (message: TimelineMessage) => void, options: SendOptions = {}): SendMessage {
  const { threadRootId = null, onRefused, onAccepted } = options;
  const apollo = useApolloClient();
  const [pending, setPending] = useState<PendingMessage[]>([]);

  const update = (match: (p: PendingMessage) => boolean, change: Partial<PendingMessage> | null) =>
    setPending((list) => (change === null ? list.filter((p) => !match(p)) : list.map((p) => (match(p) ? { ...p, ...change } : p))));
  const byClientId = (clientMessageId: string) => (p: PendingMessage) => p.clientMessageId === clientMessageId;

  const deliver = useCallback(
    async (item: PendingMessage) => {
      const mine = byClientId(item.clientMessageId);
      try {
        const { data } = await apollo.mutate({
          mutation: sendMessageMutation,
          variables: { input: { roomId, body: item.body, replyToId: item.replyTo?.id ?? null, threadRootId, clientMessageId: item.clientMessageId } },
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error('The server did not confirm the message.');
        const message = data.sendMessage;
        onAccepted?.();
        if (message.status === 'PUBLISHED') {
          onSent(message);
          update(mine, null);
        } else update(mine, { status: message.status === 'HELD' ? 'held' : 'rejected', messageId: message.id, error: message.moderationReason ?? null });
      } catch (caught) {
        const refusal = onRefused ? sendRefusal(caught) : null;
        if (refusal) {
          update(mine, null);
          onRefused?.(item, refusal);
        } else update(mine, { status: 'failed', error: readableError(caught) });
      }
    },
    [apollo, roomId, threadRootId, onSent, onRefused, onAccepted],
  );

  /** Approved: published with a seq now. Put it in the timeline (the live MessageAdded may be later). */
  async function approved(messageId: string): Promise<void> {
    try {
      const { data } = await apollo.query({ query: approvedMessageQuery, variables: { id: messageId }, fetchPolicy: 'no-cache' });
      if (data?.message.status === 'PUBLISHED') onSent(data.message);
    } catch {
      // The live MessageAdded brings it anyway.
    } finally {
      update((p) => p.messageId === messageId, null);
    }
  }

  useUserEventListener((event) => {
    if (event.__typename !== 'ModerationNotice' || event.room.id !== roomId || !event.messageId) return;
    if (!pending.some((p) => p.messageId === event.messageId)) return;
    if (event.action === 'MESSAGE_APPROVED') void approved(event.messageId);
    else if (event.action === 'MESSAGE_REJECTED') update((p) => p.messageId === event.messageId, { status: 'rejected' });
  });

  return {
    pending,
    send(body, replyTo) {
      const item: PendingMessage = {
        clientMessageId: crypto.randomUUID(),
        body,
        replyTo: quoteOf(replyTo),
        status: 'sending',
        error: null,
        messageId: null,
      };
      setPending((list) => [...list, item]);
      void deliver(item);
    },
    retry(clientMessageId) {
      const item = pending.find((p) => p.clientMessageId === clientMessageId);
      if (!item || item.status !== 'failed') return;
      update(byClientId(clientMessageId), { status: 'sending', error: null });
      void deliver(item);
    },
    discard: (clientMessageId) => update(byClientId(clientMessageId), null),
  };
}
