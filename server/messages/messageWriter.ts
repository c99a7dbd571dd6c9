// Writing a published message: the row, its seq and event, the thread root's counters, the
// mentions and the live snapshot its event carries, all inside the caller's transaction (with its
// `tx`); and announcing it right after the commit. Shared by sending and by approving a held message.
import type { EventLog } from '../events/eventLog';
import type { PubSub } from '../pubsub';
import type { MessageRow, UserRow } from '../storage/rows';
import type { StoreParts } from '../storage/store';
import { publicUser, type PublicUser } from '../users/publicUser';
import { parseMentions } from './mentions';
import { snapshotIn, type MessageSnapshot } from './messageSnapshot';
import { messageAdded } from './messageEvents';

/** What a send (or an approval) gives the writer; seq and times are taken when it is written. */
export type NewMessage = Pick<MessageRow, 'id' | 'roomId' | 'authorId' | 'body' | 'replyToId' | 'threadRootId' | 'clientMessageId' | 'sendFingerprint'> & {
  moderationReason?: string | null;
};

/** A message as written, with what announcing it needs: nothing is read after the commit. */
export interface WrittenMessage {
  message: MessageRow;
  mentioned: PublicUser[];
  live: MessageSnapshot;
}

export type MessageWriter = ReturnType<typeof createMessageWriter>;

/** Mentioned members of the room, never the author. */
async function mentionedMembers(tx: StoreParts, message: MessageRow): Promise<PublicUser[]> {
  const keys = parseMentions(message.body);
  if (keys.length === 0) return [];
  const members = await tx.messages.membersByUsernameKeys(message.roomId, keys);
  return members.map(publicUser).filter((user) => user.id !== message.authorId);
}

async function storeMentions(tx: StoreParts, message: MessageRow, mentioned: PublicUser[]): Promise<void> {
  await tx.messages.replaceMentions(
    message.id,
    mentioned.map((user) => ({ userId: user.id, roomId: message.roomId, seq: message.seq })),
  );
}

export function createMessageWriter(eventLog: EventLog, pubsub: PubSub) {
  function announceMentions(message: MessageRow, users: PublicUser[]): void {
    for (const { id } of users) pubsub.publish('user', id, { type: 'Mentioned', roomId: message.roomId, messageId: message.id });
  }

  return {
    /** Mentioned members of the room (never the author), stored with the message's seq instead of the old ones. After an edit, inside its transaction. */
    async recordMentions(tx: StoreParts, message: MessageRow): Promise<PublicUser[]> {
      const mentioned = await mentionedMembers(tx, message);
      await storeMentions(tx, message, mentioned);
      return mentioned;
    },

    /**
     * Hot path: once per message published. Call inside a transaction with its `tx`; `author`, the
     * sender when the caller has them, is not read again.
     */
    async insert(tx: StoreParts, input: NewMessage, author?: UserRow): Promise<WrittenMessage> {
      const { seq, at } = await eventLog.append(tx, input.roomId, messageAdded, { messageId: input.id });
      const message = await tx.messages.insert({ moderationReason: null, ...input, seq, createdAt: at });
      if (input.threadRootId) await tx.messages.countThreadPost(input.threadRootId, at);
      const mentioned = await mentionedMembers(tx, message);
      if (mentioned.length > 0) await storeMentions(tx, message, mentioned); // a new message has none to replace
      // A new message has no reactions yet.
      const live = await snapshotIn(tx, message, { reactions: [], mentions: mentioned, author: author && publicUser(author) });
      return { message, mentioned, live };
    },

    /**
     * Right after the commit, with no await between: the room's MessageAdded, carrying what its live
     * view shows, and a Mentioned for each mentioned user. Hot path: once per message published.
     */
    announceAdded({ message, mentioned, live }: WrittenMessage): void {
      pubsub.publish('room', message.roomId, { type: 'MessageAdded', roomId: message.roomId, seq: message.seq, message: live });
      announceMentions(message, mentioned);
    },

    announceMentions,
  };
}
