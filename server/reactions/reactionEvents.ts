// ReactionChanged: one user's reaction came or went. Its own fields live in the log's `data`; the
// user is joined back by the resolver on a replay (the published event carries them).
import { defineDurableEvent } from '../events/durableEvent';
import type { PublicUser } from '../users/publicUser';

export interface ReactionChangedEvent {
  type: 'ReactionChanged';
  roomId: string;
  seq: number;
  messageId: string;
  emoji: string;
  /** Reactions with this emoji on the message after the change. */
  count: number;
  userId: string | null;
  /** Who reacted, as published; read from storage for a replayed event. */
  user?: PublicUser | null;
  added: boolean;
}

/** What the log keeps in `data`. Rows of release 0.1 were moved into this shape (drizzle/*\/..._reaction_event_data.sql). */
// A type, not an interface: only a type alias is assignable to the JSON object type of `data`.
export type ReactionData = {
  emoji: string;
  userId: string | null;
  added: boolean;
  count: number;
};

export const reactionChanged = defineDurableEvent<ReactionChangedEvent, ReactionData & { messageId: string }, ReactionData>({
  type: 'ReactionChanged',
  messageId: ({ messageId }) => messageId,
  data: ({ emoji, userId, added, count }) => ({ emoji, userId, added, count }),
  readBack: ({ roomId, seq, messageId, data }) => ({ type: 'ReactionChanged', roomId, seq, messageId: messageId!, ...data }),
});
