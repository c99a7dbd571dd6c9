// Pure: a message's reaction groups after a ReactionChanged event. The event carries the emoji's
// count after the change, so applying it again, or a later one on top, ends in the same state.
import type { RoomEventOf } from '../events/roomEventStream';
import type { MessageFieldsFragment } from '../gql/graphql';

export type ReactionChange = Pick<RoomEventOf<'ReactionChanged'>, 'messageId' | 'emoji' | 'count' | 'added' | 'user'>;
export type ReactionGroup = MessageFieldsFragment['reactions'][number];

/** `reactedByMe` moves only when the change is the viewer's own. */
export function applyReactionChange<M extends { reactions: ReactionGroup[] }>(message: M, change: ReactionChange, meId: string | null): M {
  const groups = message.reactions;
  const index = groups.findIndex((group) => group.emoji === change.emoji);
  const mine = meId !== null && change.user?.id === meId;
  if (change.count <= 0) return index < 0 ? message : { ...message, reactions: groups.filter((_, i) => i !== index) };
  if (index < 0) return { ...message, reactions: [...groups, { emoji: change.emoji, count: change.count, reactedByMe: mine && change.added }] };
  const group = groups[index];
  const next = { ...group, count: change.count, reactedByMe: mine ? change.added : group.reactedByMe };
  if (next.count === group.count && next.reactedByMe === group.reactedByMe) return message;
  return { ...message, reactions: groups.map((g, i) => (i === index ? next : g)) };
}
