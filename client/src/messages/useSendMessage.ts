// Sending with optimistic display. Each message gets a clientMessageId when it is written; it shows
// at once as "sending…", is replaced by the server's message on success (deduplicated with the
// live MessageAdded by id and clientMessageId). Every repeat carries the SAME clientMessageId, so the
// server returns the original instead of posting twice. What happens on failure (sendFailure.ts):
// - the server never got it (network, server down): "failed — retry", and it is sent again by itself
//   when the socket reconnects or the browser is back online, oldest first, one at a time;
// - RATE_LIMITED: "waiting", sent again by itself after retryAfterMs (`onWait` counts the composer down);
// - a refusal no retry can fix (blocked, too long, slow mode's timeout, ban, not a member): dropped
//   here and handed to `onRefused`, which puts the text back in the composer with the reason.
// A message held for review stays here as "Pending review" until the sender's ModerationNotice says
// a moderator approved it (it is then read and put in the timeline) or rejected it.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useReconnected } from '../events/useReconnected';
import { useUserEventListener } from '../events/useUserEventListener';
import { graphql } from '../gql';
import type { SendRefusal } from '../moderation/sendRefusal';
import { sendFailure } from './sendFailure';
import type { TimelineMessage } from './timeline';
import { useMyHeldMessages } from './useMyHeldMessages';

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
  /**
   * `failed`: not sent, sent again when the connection returns; `waiting`: rate-limited, sent again
   * after the wait; `held`: waiting for a moderator; `rejected`: a moderator said no.
   */
  status: 'sending' | 'failed' | 'waiting' | 'held' | 'rejected';
  /** Why it failed or waits, or why it was held. */
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
  /** The server refused the message for good; it is no longer pending. */
  onRefused?: (item: PendingMessage, refusal: SendRefusal) => void;
  /** The message was rate-limited: it goes again by itself after the wait. */
  onWait?: (refusal: SendRefusal) => void;
  /** The server took the message (posted or held for review). */
  onAccepted?: () => void;
}

function quoteOf(message: TimelineMessage | null): TimelineMessage['replyTo'] {
  if (!message) return null;
  const { id, body, deletedAt, author } = message;
  return { id, body, deletedAt, author: author && { id: author.id, displayName: author.displayName } };
}

export function useSendMessage(roomId: string, onSent: (message: TimelineMessage) => void, options: SendOptions = {}): SendMessage {
  const { threadRootId = null, onRefused, onWait, onAccepted } = options;
  const apollo = useApolloClient();
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const latest = useRef(pending);
  latest.current = pending;
  /** Messages on their way to the server now: never two requests for one at once. */
  const inFlight = useRef(new Set<string>());
  const waits = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const update = (match: (p: PendingMessage) => boolean, change: Partial<PendingMessage> | null) =>
    setPending((list) => (change === null ? list.filter((p) => !match(p)) : list.map((p) => (match(p) ? { ...p, ...change } : p))));
  const byClientId = (clientMessageId: string) => (p: PendingMessage) => p.clientMessageId === clientMessageId;

  const deliver = useCallback(
    async (item: PendingMessage) => {
      const mine = byClientId(item.clientMessageId);
      if (inFlight.current.has(item.clientMessageId)) return;
      inFlight.current.add(item.clientMessageId);
      update(mine, { status: 'sending', error: null });
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
        const failure = sendFailure(caught);
        if (failure.kind === 'refused') {
          update(mine, null);
          onRefused?.(item, failure.refusal);
        } else if (failure.kind === 'wait') {
          update(mine, { status: 'waiting', error: failure.refusal.message });
          onWait?.(failure.refusal);
          waits.current.set(
            item.clientMessageId,
            setTimeout(() => {
              waits.current.delete(item.clientMessageId);
              const still = latest.current.find(mine);
              if (still?.status === 'waiting') void deliver(still);
            }, failure.refusal.retryAfterMs),
          );
        } else update(mine, { status: 'failed', error: failure.error });
      } finally {
        inFlight.current.delete(item.clientMessageId);
      }
    },
    [apollo, roomId, threadRootId, onSent, onRefused, onWait, onAccepted],
  );

  /** The connection is back: every failed message goes again, oldest first, one at a time. */
  const resendFailed = useCallback(async () => {
    for (const item of latest.current.filter((p) => p.status === 'failed')) {
      if (latest.current.find(byClientId(item.clientMessageId))?.status === 'failed') await deliver(item);
    }
  }, [deliver]);
  useReconnected(() => void resendFailed());
  useEffect(() => {
    const online = () => void resendFailed();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [resendFailed]);
  useEffect(() => {
    const timers = waits.current;
    return () => timers.forEach(clearTimeout);
  }, []);

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

  /** A held item the server no longer lists as held: decided while the socket was down. */
  async function settle(messageId: string): Promise<void> {
    const { data } = await apollo.query({ query: approvedMessageQuery, variables: { id: messageId }, fetchPolicy: 'no-cache' }).catch(() => ({ data: undefined }));
    if (data?.message.status === 'PUBLISHED') {
      onSent(data.message);
      update((p) => p.messageId === messageId, null);
    } else if (data?.message.status === 'REJECTED') update((p) => p.messageId === messageId, { status: 'rejected' });
  }

  const settleDecided = useEffectEvent((stillHeld: ReadonlySet<string | null>) => {
    for (const item of latest.current) if (item.status === 'held' && item.messageId && !stillHeld.has(item.messageId)) void settle(item.messageId);
  });

  // Held before a reload: pending again, and decided on live like the others. Read again after a
  // reconnect: held items it no longer lists were decided meanwhile.
  const restored = useMyHeldMessages(roomId, threadRootId);
  useEffect(() => {
    if (!restored) return;
    const { messages } = restored;
    settleDecided(new Set(messages.map((r) => r.messageId)));
    if (messages.length > 0) setPending((list) => [...messages.filter((r) => !list.some((p) => p.messageId === r.messageId)), ...list]);
  }, [restored]);

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
      latest.current = [...latest.current, item];
      void deliver(item);
    },
    retry(clientMessageId) {
      const item = pending.find((p) => p.clientMessageId === clientMessageId);
      if (!item || item.status !== 'failed') return;
      void deliver(item);
    },
    discard(clientMessageId) {
      clearTimeout(waits.current.get(clientMessageId));
      waits.current.delete(clientMessageId);
      update(byClientId(clientMessageId), null);
    },
  };
}
