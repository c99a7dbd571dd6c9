// Reading messages: by id, the main timeline, threads, mentions.
import { CourtsideError, echo } from '../errors';
import type { Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { MessageRow, UserRow } from '../storage/rows';
import type { Store } from '../storage/store';
import type { Viewer } from '../users/viewer';
import { timelinePage, type PageArgs } from './timelinePages';

export function createMessageReads(store: Store, rooms: Rooms) {
  async function get(viewer: Viewer, id: string): Promise<MessageRow> {
    const message = await store.messages.findById(id);
    if (!message) throw new CourtsideError('NOT_FOUND', `Message '${echo(id)}' does not exist.`);
    await rooms.readable(viewer, message.roomId);
    return message;
  }

  return {
    /** Hot path for `replyTo` fields and event payloads: a primary-key lookup, no access check. */
    findById(id: string): Promise<MessageRow | undefined> {
      return store.messages.findById(id);
    },

    /** A message the viewer may read, or NOT_FOUND. */
    get,

    mentionedUsers(messageId: string): Promise<UserRow[]> {
      return store.messages.mentionedUsers(messageId);
    },

    /** The main timeline (thread posts excluded) as a Relay page keyed by seq; by default the newest 50. */
    async page(viewer: Viewer, roomId: string, args: PageArgs): Promise<Page<MessageRow>> {
      await rooms.readable(viewer, roomId);
      return timelinePage(store.messages, { roomId, threadRootId: null }, args);
    },

    /** The posts under a thread root, oldest first. */
    async thread(viewer: Viewer, rootId: string, args: { first?: number | null; after?: string | null }): Promise<Page<MessageRow>> {
      const root = await get(viewer, rootId);
      if (root.threadRootId) throw new CourtsideError('BAD_USER_INPUT', `Message '${echo(rootId)}' is a thread post, not a thread root.`);
      return timelinePage(store.messages, { roomId: root.roomId, threadRootId: rootId }, { first: args.first ?? 50, after: args.after });
    },
  };
}
