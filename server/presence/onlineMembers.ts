// `onlineMembers`: the room's members that presence sees following it live, as a Relay page ordered by
// user id (creation order). Signed-in viewers of a public room who have not joined it are not members
// and are left out; anonymous viewers only count in `viewerCount`.
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { UserRow } from '../storage/rows';
import type { Store } from '../storage/store';
import type { Users } from '../users/users';
import type { Viewer } from '../users/viewer';
import type { Presence } from './presence';

export interface OnlineMembersDeps {
  store: Store;
  rooms: Pick<Rooms, 'readable'>;
  users: Pick<Users, 'findById'>;
  presence: Pick<Presence, 'onlineUserIds'>;
}

export type OnlineMembers = ReturnType<typeof createOnlineMembers>;

const CURSOR_KIND = 'onlineMember';
const isUserKey = (key: unknown): key is string => typeof key === 'string';

export function createOnlineMembers({ store, rooms, users, presence }: OnlineMembersDeps) {
  return {
    /**
     * NOT_FOUND when the viewer may not read the room. Costs one sort of the present ids per call,
     * and a membership and a user lookup per present id until the page is full.
     */
    async page(viewer: Viewer, roomId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<UserRow>> {
      await rooms.readable(viewer, roomId);
      const limit = pageSize(first, 50, 'first');
      const cursor = after ? decodeCursor(CURSOR_KIND, after, isUserKey) : null;
      const ids = presence
        .onlineUserIds(roomId)
        .filter((id) => cursor === null || id > cursor)
        .sort();
      const nodes: UserRow[] = [];
      let hasNextPage = false;
      for (const id of ids) {
        if (!(await store.rooms.membership(roomId, id))) continue;
        const user = await users.findById(id);
        if (!user) continue;
        if (nodes.length === limit) {
          hasNextPage = true;
          break;
        }
        nodes.push(user);
      }
      return toPage(nodes, (user) => encodeCursor(CURSOR_KIND, user.id), { hasNextPage, hasPreviousPage: cursor !== null });
    },
  };
}
