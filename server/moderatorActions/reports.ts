// Reports: members flag a message; the room's moderators list and resolve them.
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import type { Messages } from '../messages/messages';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { Rooms } from '../rooms/rooms';
import type { ReportRow } from '../storage/rows';
import type { Store } from '../storage/store';
import { cleanText } from '../text/plainText';
import { requireUser, type Viewer } from '../users/viewer';
import type { ModerationLog } from '../moderation/moderationLog';
import { isModerator } from '../moderation/policy';

export interface ReportsDeps {
  store: Store;
  rooms: Rooms;
  messages: Messages;
  log: ModerationLog;
  now?: () => number;
}

export type Reports = ReturnType<typeof createReports>;

const isId = (key: unknown): key is string => typeof key === 'string';

export function createReports({ store, rooms, messages, log, now = Date.now }: ReportsDeps) {
  async function requireModerator(viewer: Viewer, roomId: string): Promise<string> {
    const userId = requireUser(viewer, 'handle reports').id;
    if (!isModerator((await rooms.readable(viewer, roomId)).membership)) {
      throw new CourtsideError('FORBIDDEN', 'Only the owner or a moderator of this room can handle reports.');
    }
    return userId;
  }

  return {
    /** Reporting the same message again updates the reason and reopens the report. */
    async report(viewer: Viewer, messageId: string, rawReason: string): Promise<ReportRow> {
      const reporterId = requireUser(viewer, 'report a message').id;
      const message = await messages.get(viewer, messageId);
      if (message.authorId === reporterId) throw new CourtsideError('BAD_USER_INPUT', 'You cannot report your own message.');
      const reason = cleanText(rawReason, 'body', 'A report reason', 'reason');
      if (reason.length > 500) {
        throw new CourtsideError('BAD_USER_INPUT', 'A report reason must be 1 to 500 characters long.', { field: 'reason' });
      }
      return store.moderation.putReport({
        id: newId(),
        roomId: message.roomId,
        messageId,
        reporterId,
        reason,
        createdAt: new Date(now()),
        resolvedAt: null,
        resolvedBy: null,
        resolution: null,
      });
    },

    /** Newest first; open ones only unless `includeResolved`. Owners and moderators only. */
    async page(viewer: Viewer, roomId: string, includeResolved: boolean, first: number | null | undefined, after: string | null | undefined): Promise<Page<ReportRow>> {
      await requireModerator(viewer, roomId);
      const limit = pageSize(first, 50, 'first');
      const before = after ? decodeCursor('report', after, isId) : null;
      const rows = await store.moderation.reportsPage(roomId, includeResolved, before, limit + 1);
      return toPage(rows.slice(0, limit), (r) => encodeCursor('report', r.id), { hasNextPage: rows.length > limit, hasPreviousPage: before !== null });
    },

    /**
     * Closes a report; MESSAGE_DELETED first deletes the message (a domain verb with its own
     * transaction and events), then resolves and logs in one transaction. Resolving again changes nothing.
     */
    async resolve(viewer: Viewer, id: string, resolution: NonNullable<ReportRow['resolution']>): Promise<ReportRow> {
      const report = await store.moderation.findReport(id);
      if (!report) throw new CourtsideError('NOT_FOUND', `Report '${echo(id)}' does not exist.`);
      const moderatorId = await requireModerator(viewer, report.roomId);
      if (report.resolvedAt) return report;
      if (resolution === 'MESSAGE_DELETED') await messages.delete(viewer, report.messageId);
      return store.transaction(async (tx) => {
        const resolved = (await tx.moderation.resolveReport(id, { resolvedAt: new Date(now()), resolvedBy: moderatorId, resolution }))!;
        await log.record(
          {
            roomId: report.roomId,
            action: 'REPORT_RESOLVED',
            actorId: moderatorId,
            targetUserId: report.reporterId,
            targetMessageId: report.messageId,
            reason: resolution,
          },
          tx,
        );
        return resolved;
      });
    },
  };
}
