// The moderation log: every moderator action and automated decision, newest first.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/open';
import { moderationLog, type ModerationLogRow } from '../db/schema';
import { newId } from '../ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';

export type LogEntry = Omit<ModerationLogRow, 'id' | 'createdAt' | 'actorId' | 'targetUserId' | 'targetMessageId' | 'reason' | 'rule'> &
  Partial<Pick<ModerationLogRow, 'actorId' | 'targetUserId' | 'targetMessageId' | 'reason' | 'rule'>>;

export type ModerationLog = ReturnType<typeof createModerationLog>;

const isId = (key: unknown): key is string => typeof key === 'string';

export function createModerationLog(db: Db, now: () => number = Date.now) {
  return {
    record(entry: LogEntry): void {
      db.insert(moderationLog)
        .values({ id: newId(), createdAt: new Date(now()), ...entry })
        .run();
    },

    /** Newest first; the caller checks that the viewer moderates the room. */
    page(roomId: string, first: number | null | undefined, after: string | null | undefined): Page<ModerationLogRow> {
      const limit = pageSize(first, 50, 'first');
      const before = after ? decodeCursor('log', after, isId) : null;
      const rows = db
        .select()
        .from(moderationLog)
        .where(and(eq(moderationLog.roomId, roomId), before ? lt(moderationLog.id, before) : undefined))
        .orderBy(desc(moderationLog.id))
        .limit(limit + 1)
        .all();
      return toPage(rows.slice(0, limit), (row) => encodeCursor('log', row.id), { hasNextPage: rows.length > limit, hasPreviousPage: before !== null });
    },
  };
}
