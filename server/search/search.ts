// Full-text search over the message bodies of one room, through the store's index (FTS5 in SQLite,
// kept in sync by triggers). Read-only: no events, no transactions.
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { SearchHit, Store } from '../storage/store';
import type { Viewer } from '../users/viewer';
import { searchWords } from './searchQuery';

/** One search result: the message and its highlighted snippet. */
export type SearchHitRow = SearchHit;

export interface SearchDeps {
  store: Store;
  rooms: Rooms;
}

export type Search = ReturnType<typeof createSearch>;

/** A search cursor is the number of hits before the next one: results are ranked, not keyed. */
const isOffset = (key: unknown): key is number => Number.isSafeInteger(key) && (key as number) >= 0;

export function createSearch({ store, rooms }: SearchDeps) {
  return {
    /** Messages of a room the viewer may read (else NOT_FOUND) whose bodies match every typed word. */
    async search(viewer: Viewer, roomId: string, query: string, first?: number | null, after?: string | null): Promise<Page<SearchHitRow>> {
      await rooms.readable(viewer, roomId);
      const words = searchWords(query);
      const limit = pageSize(first, 20, 'first');
      const offset = after ? decodeCursor('search', after, isOffset) : 0;
      // Best match first, equal scores newest first, so offsets page through a stable order.
      const rows = await store.search.search(roomId, words, offset, limit + 1);
      const nodes = rows.slice(0, limit);
      return toPage(nodes, (hit) => encodeCursor('search', offset + nodes.indexOf(hit) + 1), {
        hasNextPage: rows.length > limit,
        hasPreviousPage: offset > 0,
      });
    },
  };
}
