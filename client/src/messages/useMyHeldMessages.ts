// The viewer's own messages that wait for a moderator (`myHeldMessages`), as pending items: what
// was "Pending review" before a reload is shown so again, and follows the decision live like any
// other held item (useSendMessage). Read from the server each time a room opens, never from the
// cache, and again after a reconnect, since a decision may have come while the viewer was away.
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useReconnected } from '../events/useReconnected';
import { graphql } from '../gql';
import { useMe } from '../users/useMe';
import type { PendingMessage } from './useSendMessage';

const myHeldMessagesQuery = graphql(`
  query MyHeldMessages($roomId: ID!) {
    myHeldMessages(roomId: $roomId, first: 50) {
      edges {
        node {
          id
          body
          clientMessageId
          threadRootId
          moderationReason
          replyTo {
            id
            body
            deletedAt
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export interface MyHeldMessages {
  messages: PendingMessage[];
  /** How many times the list was read again after a reconnect: each read is a new value. */
  read: number;
}

/**
 * The viewer's held messages of the room in the main timeline (`threadRootId` null) or that thread,
 * as the server listed them last; null until it has.
 */
export function useMyHeldMessages(roomId: string, threadRootId: string | null): MyHeldMessages | null {
  const { me } = useMe();
  const { data, refetch } = useQuery(myHeldMessagesQuery, { variables: { roomId }, skip: !me, fetchPolicy: 'network-only' });
  // Each read is a new value, even with the same list: what it leaves out was decided meanwhile.
  const [reads, setReads] = useState(0);
  useReconnected(
    () =>
      void (
        me &&
        refetch().then(
          () => setReads((n) => n + 1),
          () => {},
        )
      ),
  );
  const messages = useMemo(
    () =>
      data?.myHeldMessages.edges
        .map((edge) => edge.node)
        .filter((message) => (message.threadRootId ?? null) === threadRootId)
        .map((message) => ({
          clientMessageId: message.clientMessageId ?? message.id,
          body: message.body,
          replyTo: message.replyTo ?? null,
          status: 'held' as const,
          error: message.moderationReason ?? null,
          messageId: message.id,
        })) ?? null,
    [data, threadRootId],
  );
  return useMemo(() => (messages ? { messages, read: reads } : null), [messages, reads]);
}
