// The moderation log and reports on SQLite. `record` is prepared: automated decisions log once per
// masked, blocked or held send.
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { moderationLog, reports } from '../../db/schema';
import type { ReportRow } from '../rows';
import type { ModerationStore } from '../store';

const p = (name: string) => sql.placeholder(name);

export function createSqliteModeration(db: Db): ModerationStore {
  const record = db
    .insert(moderationLog)
    .values({
      id: p('id'),
      roomId: p('roomId'),
      action: p('action'),
      actorId: p('actorId'),
      targetUserId: p('targetUserId'),
      targetMessageId: p('targetMessageId'),
      reason: p('reason'),
      rule: p('rule'),
      createdAt: p('createdAt'),
    })
    .prepare();
  const reportById = db
    .select()
    .from(reports)
    .where(eq(reports.id, p('id')))
    .prepare();

  return {
    async record(entry) {
      record.run({ ...entry });
    },
    async logPage(roomId, beforeId, limit) {
      return db
        .select()
        .from(moderationLog)
        .where(and(eq(moderationLog.roomId, roomId), beforeId === null ? undefined : lt(moderationLog.id, beforeId)))
        .orderBy(desc(moderationLog.id))
        .limit(limit)
        .all();
    },
    async putReport(report): Promise<ReportRow> {
      return db
        .insert(reports)
        .values(report)
        .onConflictDoUpdate({
          target: [reports.messageId, reports.reporterId],
          set: { reason: report.reason, resolvedAt: null, resolvedBy: null, resolution: null },
        })
        .returning()
        .get();
    },
    async findReport(id) {
      return reportById.get({ id });
    },
    async resolveReport(id, change) {
      return db.update(reports).set(change).where(eq(reports.id, id)).returning().get();
    },
    async reportsPage(roomId, includeResolved, beforeId, limit) {
      return db
        .select()
        .from(reports)
        .where(and(eq(reports.roomId, roomId), includeResolved ? undefined : isNull(reports.resolvedAt), beforeId === null ? undefined : lt(reports.id, beforeId)))
        .orderBy(desc(reports.id))
        .limit(limit)
        .all();
    },
  };
}
