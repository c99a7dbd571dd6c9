// The moderation log and reports on PostgreSQL.
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { moderationLog, reports } from '../../db/pgSchema';
import type { ModerationStore } from '../store';
import type { PgExecutor } from './pgExecutor';

export function createPgModeration(db: PgExecutor): ModerationStore {
  return {
    async record(entry) {
      await db.insert(moderationLog).values(entry);
    },

    async logPage(roomId, beforeId, limit) {
      return db
        .select()
        .from(moderationLog)
        .where(and(eq(moderationLog.roomId, roomId), beforeId === null ? undefined : lt(moderationLog.id, beforeId)))
        .orderBy(desc(moderationLog.id))
        .limit(limit);
    },

    async putReport(report) {
      const [stored] = await db
        .insert(reports)
        .values(report)
        .onConflictDoUpdate({
          target: [reports.messageId, reports.reporterId],
          set: { reason: report.reason, resolvedAt: null, resolvedBy: null, resolution: null },
        })
        .returning();
      return stored;
    },

    async findReport(id) {
      const [report] = await db.select().from(reports).where(eq(reports.id, id));
      return report;
    },

    async resolveReport(id, change) {
      const [resolved] = await db.update(reports).set(change).where(eq(reports.id, id)).returning();
      return resolved;
    },

    async reportsPage(roomId, includeResolved, beforeId, limit) {
      return db
        .select()
        .from(reports)
        .where(and(eq(reports.roomId, roomId), includeResolved ? undefined : isNull(reports.resolvedAt), beforeId === null ? undefined : lt(reports.id, beforeId)))
        .orderBy(desc(reports.id))
        .limit(limit);
    },
  };
}
