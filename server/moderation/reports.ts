// Reports: members flag a message; the room's moderators list and resolve them.
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { reports, type ReportRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import type { Messages } from '../messages/messages';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import { cleanText } from '../text/plainText';
import { requireUser, type Viewer } from '../users/viewer';
import type { ModerationLog } from './moderationLog';
import { isModerator } from './policy';

export interface ReportsDeps {
  db: Db;
  rooms: Rooms;
  messages: Messages;
  log: ModerationLog;
  now?: () => number;
}

export type Reports = ReturnType<typeof createReports>;

const isId = (key: unknown): key is string => typeof key === 'string';

export function createReports({ db, rooms, messages, log, now = Date.now }: ReportsDeps) {
  const byId = db
    .select()
    .from(reports)
    .where(eq(reports.id, sql.placeholder('id')))
    .prepare();

  function requireModerator(viewer: Viewer, roomId: string): string {
    const userId = requireUser(viewer, 'handle reports').id;
    if (!isModerator(rooms.readable(viewer, roomId).membership)) {
      throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can handle reports.');
    }
    return userId;
  }

  return {
    /** Reporting the same message again updates the reason and reopens the report. */
    report(viewer: Viewer, messageId: string, rawReason: string): ReportRow {
      const reporterId = requireUser(viewer, 'report a message').id;
      const message = messages.get(viewer, messageId);
      if (message.authorId === reporterId) throw new CourtsideError('BAD_USER_INPUT', 'You cannot report your own message.');
      const reason = cleanText(rawReason, 'body', 'A report reason', 'reason');
      if (reason.length > 500) {
        throw new CourtsideError('BAD_USER_INPUT', 'A report reason must be 1 to 500 characters long.', { field: 'reason' });
      }
      return db
        .insert(reports)
        .values({ id: newId(), roomId: message.roomId, messageId, reporterId, reason, createdAt: new Date(now()) })
        .onConflictDoUpdate({
          target: [reports.messageId, reports.reporterId],
          set: { reason, resolvedAt: null, resolvedBy: null, resolution: null },
        })
        .returning()
        .get();
    },

    /** Newest first; open ones only unless `includeResolved`. Owners and moderators only. */
    page(viewer: Viewer, roomId: string, includeResolved: boolean, first: number | null | undefined, after: string | null | undefined): Page<ReportRow> {
      requireModerator(viewer, roomId);
      const limit = pageSize(first, 50, 'first');
      const before = after ? decodeCursor('report', after, isId) : null;
      const rows = db
        .select()
        .from(reports)
        .where(and(eq(reports.roomId, roomId), includeResolved ? undefined : isNull(reports.resolvedAt), before ? lt(reports.id, before) : undefined))
        .orderBy(desc(reports.id))
        .limit(limit + 1)
        .all();
      return toPage(rows.slice(0, limit), (r) => encodeCursor('report', r.id), { hasNextPage: rows.length > limit, hasPreviousPage: before !== null });
    },

    /** Closes a report; MESSAGE_DELETED also deletes the message. Resolving again changes nothing. */
    resolve(viewer: Viewer, id: string, resolution: NonNullable<ReportRow['resolution']>): ReportRow {
      const report = byId.get({ id });
      if (!report) throw new CourtsideError('NOT_FOUND', `Report '${echo(id)}' does not exist.`);
      const moderatorId = requireModerator(viewer, report.roomId);
      if (report.resolvedAt) return report;
      if (resolution === 'MESSAGE_DELETED') messages.delete(viewer, report.messageId);
      const resolved = db
        .update(reports)
        .set({ resolvedAt: new Date(now()), resolvedBy: moderatorId, resolution })
        .where(eq(reports.id, id))
        .returning()
        .get()!;
      log.record({
        roomId: report.roomId,
        action: 'REPORT_RESOLVED',
        actorId: moderatorId,
        targetUserId: report.reporterId,
        targetMessageId: report.messageId,
        reason: resolution,
      });
      return resolved;
    },
  };
}
