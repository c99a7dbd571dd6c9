// What a live view of a message shows, gathered once when its event is published: executing the event
// for every subscriber then reads no storage (shared/SPEC.md section 9). Resolvers take a carried part
// when it is there and read storage only when it is not (pages, mutation results, replays).
import { reactionsWithReactors, type ReactionGroupSource } from '../reactions/reactionGroups';
import type { MessageRow } from '../storage/rows';
import type { StoreParts } from '../storage/store';
import { publicUser, type PublicUser } from '../users/publicUser';

/** The quoted message of a reply, as the quote shows it: the message and its author. */
export interface ReplyExcerpt extends MessageRow {
  author: PublicUser | null;
}

export interface MessageSnapshot extends MessageRow {
  author: PublicUser | null;
  replyTo: ReplyExcerpt | null;
  /** With the reactors' ids, so `reactedByMe` is known for every subscriber. */
  reactions: ReactionGroupSource[];
  mentions: PublicUser[];
}

/** A message as `Message` resolves it: a row read from storage, or a snapshot that carries its parts. */
export type MessageSource = MessageRow & Partial<Pick<MessageSnapshot, 'author' | 'replyTo' | 'reactions' | 'mentions'>>;

/** What the writer already knows and the snapshot need not read. */
export type KnownParts = Partial<Pick<MessageSnapshot, 'author' | 'reactions' | 'mentions'>>;

type SnapshotParts = Pick<StoreParts, 'users' | 'messages' | 'reactions'>;

async function authorIn(parts: SnapshotParts, id: string | null): Promise<PublicUser | null> {
  const row = id ? await parts.users.findById(id) : undefined;
  return row ? publicUser(row) : null;
}

async function excerptIn(parts: SnapshotParts, id: string | null): Promise<ReplyExcerpt | null> {
  const row = id ? await parts.messages.findById(id) : undefined;
  return row ? { ...row, author: await authorIn(parts, row.authorId) } : null;
}

/**
 * The message with everything its live view shows, read through `parts`: inside the writing
 * transaction (its `tx`), so what the event carries is what the commit stored and the caller can
 * publish right after the commit. `known` skips the reads the writer can spare (the sender; a new
 * message has no reactions; its mentions were just resolved). Once per published event.
 */
export async function snapshotIn(parts: SnapshotParts, row: MessageRow, known: KnownParts = {}): Promise<MessageSnapshot> {
  return {
    ...row,
    author: known.author ?? (await authorIn(parts, row.authorId)),
    replyTo: await excerptIn(parts, row.replyToId),
    reactions: known.reactions ?? (await reactionsWithReactors(parts.reactions, row.id)),
    mentions: known.mentions ?? (await parts.messages.mentionedUsers(row.id)).map(publicUser),
  };
}
