// The moderation log: every moderator action and automated decision, newest first.
import { newId } from '../ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { ModerationLogRow } from '../storage/rows';
import type { Store, StoreParts } from '../storage/store';

export type LogEntry = Omit<ModerationLogRow, 'id' | 'createdAt' | 'actorId' | 'targetUserId' | 'targetMessageId' | 'reason' | 'rule'> &
  Partial<Pick<ModerationLogRow, 'actorId' | 'targetUserId' | 'targetMessageId' | 'reason' | 'rule'>>;

export type ModerationLog = ReturnType<typeof createModerationLog>;

const isId = (key: unknown): key is string => typeof key === 'string';

export function createModerationLog(store: Store, now: () => number = Date.now) {
  return {
    /**
     * Records the entry; inside a transaction pass its `tx`, so the entry commits with the action
     * (and the transaction's work awaits nothing but `tx`).
     */
    async record(entry: LogEntry, tx: StoreParts = store): Promise<void> {
      await tx.moderation.record({
        id: newId(),
        roomId: entry.roomId,
        action: entry.action,
        actorId: entry.actorId ?? null,
        targetUserId: entry.targetUserId ?? null,
        targetMessageId: entry.targetMessageId ?? null,
        reason: entry.reason ?? null,
        rule: entry.rule ?? null,
        createdAt: new Date(now()),
      });
    },

    /** Newest first; the caller checks that the viewer moderates the room. */
    async page(roomId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<ModerationLogRow>> {
      const limit = pageSize(first, 50, 'first');
      const before = after ? decodeCursor('log', after, isId) : null;
      const rows = await store.moderation.logPage(roomId, before, limit + 1);
      return toPage(rows.slice(0, limit), (row) => encodeCursor('log', row.id), { hasNextPage: rows.length > limit, hasPreviousPage: before !== null });
    },
  };
}
