// Reading messages: by id, the main timeline, threads, mentions.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { mentions, messages, users, type MessageRow, type UserRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import type { Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { createTimelinePages, type PageArgs } from './timelinePages';

export function createMessageReads(db: Db, rooms: Rooms) {
  const byId = db
    .select()
    .from(messages)
    .where(eq(messages.id, sql.placeholder('id')))
    .prepare();
  const timelinePage = createTimelinePages(db);

  function get(viewer: Viewer, id: string): MessageRow {
    const message = byId.get({ id });
    if (!message) throw new CourtsideError('NOT_FOUND', `Message '${echo(id)}' does not exist.`);
    rooms.readable(viewer, message.roomId);
    return message;
  }

  return {
    /** Hot path for `replyTo` fields and event payloads: a prepared primary-key lookup, no access check. */
    findById(id: string): MessageRow | undefined {
      return byId.get({ id });
    },

    /** A message the viewer may read, or NOT_FOUND. */
    get,

    mentionedUsers(messageId: string): UserRow[] {
      return db
        .select({ user: users })
        .from(mentions)
        .innerJoin(users, eq(users.id, mentions.userId))
        .where(eq(mentions.messageId, messageId))
        .all()
        .map((row) => row.user);
    },

    /** The main timeline (thread posts excluded) as a Relay page keyed by seq; by default the newest 50. */
    page(viewer: Viewer, roomId: string, args: PageArgs): Page<MessageRow> {
      rooms.readable(viewer, roomId);
      return timelinePage(and(eq(messages.roomId, roomId), isNull(messages.threadRootId)), args);
    },

    /** The posts under a thread root, oldest first. */
    thread(viewer: Viewer, rootId: string, args: { first?: number | null; after?: string | null }): Page<MessageRow> {
      const root = get(viewer, rootId);
      if (root.threadRootId) throw new CourtsideError('BAD_USER_INPUT', `Message '${echo(rootId)}' is a thread post, not a thread root.`);
      return timelinePage(and(eq(messages.roomId, root.roomId), eq(messages.threadRootId, rootId)), { first: args.first ?? 50, after: args.after });
    },
  };
}
