// What a live view of a message shows, gathered once when its event is published: executing the event
// for every subscriber then reads no storage (shared/SPEC.md section 9). Resolvers take a carried part
// when it is there and read storage only when it is not (pages, mutation results, replays).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { mentions, messages, users, type MessageRow } from '../db/schema';
import { createReactionGroups, type ReactionGroupSource } from '../reactions/reactionGroups';
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

const p = (name: string) => sql.placeholder(name);

export function createMessageSnapshots(db: Db) {
  const userById = db
    .select()
    .from(users)
    .where(eq(users.id, p('id')))
    .prepare();
  const messageById = db
    .select()
    .from(messages)
    .where(eq(messages.id, p('id')))
    .prepare();
  const mentioned = db
    .select({ user: users })
    .from(mentions)
    .innerJoin(users, eq(users.id, mentions.userId))
    .where(eq(mentions.messageId, p('id')))
    .prepare();
  const reactionGroups = createReactionGroups(db);

  function author(id: string | null): PublicUser | null {
    const row = id ? userById.get({ id }) : undefined;
    return row ? publicUser(row) : null;
  }

  function excerpt(id: string | null): ReplyExcerpt | null {
    const row = id ? messageById.get({ id }) : undefined;
    return row ? { ...row, author: author(row.authorId) } : null;
  }

  return {
    /**
     * The message with everything its live view shows. `known` skips the reads the writer can spare
     * (the sender; a new message has no reactions; its mentions were just resolved). Once per
     * published event.
     */
    snapshot(row: MessageRow, known: Partial<Pick<MessageSnapshot, 'author' | 'reactions' | 'mentions'>> = {}): MessageSnapshot {
      return {
        ...row,
        author: known.author ?? author(row.authorId),
        replyTo: excerpt(row.replyToId),
        reactions: known.reactions ?? reactionGroups.withReactors(row.id),
        mentions: known.mentions ?? mentioned.all({ id: row.id }).map(({ user }) => publicUser(user)),
      };
    },
  };
}

export type MessageSnapshots = ReturnType<typeof createMessageSnapshots>;
