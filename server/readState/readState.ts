// Read state: how far each member has read, and what is unread or mentions them after that.
import { and, count, desc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { memberships, mentions, messages, type MembershipRow } from '../db/schema';
import { CourtsideError } from '../errors';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';

/** Where one member has read up to. */
export interface ReadMarkerRow {
  userId: string;
  seq: number;
}

export interface ReadStateDeps {
  db: Db;
  pubsub: PubSub;
  rooms: Rooms;
  /** Large rooms get no read-marker events or lists. */
  isLarge: (roomId: string) => boolean;
}

export type ReadState = ReturnType<typeof createReadState>;

/** The most read markers listed for a room. */
const MAX_MARKERS = 100;

export function createReadState({ db, pubsub, rooms, isLarge }: ReadStateDeps) {
  const unread = db
    .select({ n: count() })
    .from(messages)
    .where(
      and(
        eq(messages.roomId, sql.placeholder('roomId')),
        gt(messages.seq, sql.placeholder('after')),
        isNull(messages.threadRootId),
        isNull(messages.deletedAt),
        or(isNull(messages.authorId), ne(messages.authorId, sql.placeholder('userId'))),
      ),
    )
    .prepare();
  const mentioned = db
    .select({ n: count() })
    .from(mentions)
    .innerJoin(messages, eq(messages.id, mentions.messageId))
    .where(
      and(eq(mentions.userId, sql.placeholder('userId')), eq(mentions.roomId, sql.placeholder('roomId')), gt(mentions.seq, sql.placeholder('after')), isNull(messages.deletedAt)),
    )
    .prepare();

  return {
    /** Others' main-timeline messages after the member's read marker that still exist. */
    unreadCount(membership: MembershipRow): number {
      return unread.get({ roomId: membership.roomId, after: membership.lastReadSeq, userId: membership.userId })!.n;
    },

    mentionCount(membership: MembershipRow): number {
      return mentioned.get({ roomId: membership.roomId, after: membership.lastReadSeq, userId: membership.userId })!.n;
    },

    /**
     * Moves the viewer's read marker forwards to `seq`; an older seq changes nothing. A message
     * committed after the seq the client saw stays unread, since the marker is the seq it names.
     */
    markRead(viewer: Viewer, roomId: string, seq: number): MembershipRow {
      const { room, user, membership } = rooms.requireMember(viewer, roomId);
      if (!Number.isInteger(seq) || seq < 0 || seq > room.lastSeq) {
        throw new CourtsideError('BAD_USER_INPUT', `\`seq\` must be from 0 to the room's last seq (${room.lastSeq}).`, { field: 'seq' });
      }
      if (seq <= membership.lastReadSeq) return membership;
      const moved = db
        .update(memberships)
        .set({ lastReadSeq: sql`max(${memberships.lastReadSeq}, ${seq})` })
        .where(and(eq(memberships.roomId, roomId), eq(memberships.userId, user.id)))
        .returning({ lastReadSeq: memberships.lastReadSeq })
        .get()!;
      if (!isLarge(roomId)) pubsub.publish('room', roomId, { type: 'ReadMarkerMoved', roomId, userId: user.id, seq: moved.lastReadSeq });
      pubsub.publish('user', user.id, { type: 'UnreadChanged', roomId });
      return { ...membership, lastReadSeq: moved.lastReadSeq };
    },

    /** Members' read markers, furthest first; empty in large rooms. */
    markers(viewer: Viewer, roomId: string): ReadMarkerRow[] {
      rooms.readable(viewer, roomId);
      if (isLarge(roomId)) return [];
      return db
        .select({ userId: memberships.userId, seq: memberships.lastReadSeq })
        .from(memberships)
        .where(and(eq(memberships.roomId, roomId), gt(memberships.lastReadSeq, 0)))
        .orderBy(desc(memberships.lastReadSeq))
        .limit(MAX_MARKERS)
        .all();
    },
  };
}
