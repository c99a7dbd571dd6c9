// Read state: how far each member has read, and what is unread or mentions them after that.
import { CourtsideError } from '../errors';
import type { PubSub } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { MembershipRow } from '../storage/rows';
import type { Store } from '../storage/store';
import type { Viewer } from '../users/viewer';

/** Where one member has read up to. */
export interface ReadMarkerRow {
  userId: string;
  seq: number;
}

export interface ReadStateDeps {
  store: Store;
  pubsub: PubSub;
  rooms: Rooms;
  /** Large rooms get no read-marker events or lists. */
  isLarge: (roomId: string) => boolean;
}

export type ReadState = ReturnType<typeof createReadState>;

/** The most read markers listed for a room. */
const MAX_MARKERS = 100;

export function createReadState({ store, pubsub, rooms, isLarge }: ReadStateDeps) {
  return {
    /** Others' main-timeline messages after the member's read marker that still exist. */
    unreadCount(membership: MembershipRow): Promise<number> {
      return store.messages.countUnread(membership.roomId, membership.userId, membership.lastReadSeq);
    },

    mentionCount(membership: MembershipRow): Promise<number> {
      return store.messages.countMentions(membership.roomId, membership.userId, membership.lastReadSeq);
    },

    /**
     * Moves the viewer's read marker forwards to `seq`; an older seq changes nothing. A message
     * committed after the seq the client saw stays unread, since the marker is the seq it names.
     */
    async markRead(viewer: Viewer, roomId: string, seq: number): Promise<MembershipRow> {
      const { room, user, membership } = await rooms.requireMember(viewer, roomId);
      if (!Number.isInteger(seq) || seq < 0 || seq > room.lastSeq) {
        throw new CourtsideError('BAD_USER_INPUT', `\`seq\` must be from 0 to the room's last seq (${room.lastSeq}).`, { field: 'seq' });
      }
      if (seq <= membership.lastReadSeq) return membership;
      const lastReadSeq = await store.rooms.moveReadMarker(roomId, user.id, seq);
      // They left since requireMember: there is no marker to move or announce.
      if (lastReadSeq === undefined) return membership;
      if (!isLarge(roomId)) pubsub.publish('room', roomId, { type: 'ReadMarkerMoved', roomId, userId: user.id, seq: lastReadSeq });
      pubsub.publish('user', user.id, { type: 'UnreadChanged', roomId });
      return { ...membership, lastReadSeq };
    },

    /** Members' read markers, furthest first; empty in large rooms. */
    async markers(viewer: Viewer, roomId: string): Promise<ReadMarkerRow[]> {
      await rooms.readable(viewer, roomId);
      if (isLarge(roomId)) return [];
      return store.rooms.readMarkers(roomId, MAX_MARKERS);
    },
  };
}
