// Reading reactions grouped by emoji: counts for pages, and with the reactors' ids for live events,
// whose `reactedByMe` must be answerable for every subscriber without another read.
import type { ReactionStore } from '../storage/store';

/** All reactions with one emoji on one message, as `ReactionGroup` resolves it. */
export interface ReactionGroupSource {
  messageId: string;
  emoji: string;
  count: number;
  /** Who reacted, when the group was read for a live event; absent on pages (then asked per viewer). */
  reactorIds?: readonly string[];
}

/** Groups in the order each emoji was first used on the message. */
export async function reactionCounts(reactions: ReactionStore, messageId: string): Promise<ReactionGroupSource[]> {
  return (await reactions.counts(messageId)).map((group) => ({ messageId, ...group }));
}

/**
 * The same groups with their reactors: once per published event, never per subscriber. Pass the
 * transaction's part when the event is published after it commits.
 */
export async function reactionsWithReactors(reactions: ReactionStore, messageId: string): Promise<ReactionGroupSource[]> {
  const groups = new Map<string, { messageId: string; emoji: string; count: number; reactorIds: string[] }>();
  for (const { emoji, userId } of await reactions.reactors(messageId)) {
    let group = groups.get(emoji);
    if (!group) groups.set(emoji, (group = { messageId, emoji, count: 0, reactorIds: [] }));
    group.count++;
    group.reactorIds.push(userId);
  }
  return [...groups.values()];
}
