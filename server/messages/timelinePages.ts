// Relay pages over a timeline (the main one, or a thread), keyed by seq, oldest first in a page.
import { and, asc, desc, gt, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open';
import { messages, type MessageRow } from '../db/schema';
import { CourtsideError } from '../errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const isSeq = (key: unknown): key is number => Number.isInteger(key);

/** A message's cursor in its timeline (main or thread): both are keyed by seq. */
export const messageCursor = (m: MessageRow) => encodeCursor('message', m.seq);

export function createTimelinePages(db: Db) {
  /** One page of a timeline (the main one, or a thread), oldest first. */
  return function timelinePage(scope: SQL | undefined, args: PageArgs): Page<MessageRow> {
    if (args.first != null && args.last != null) throw new CourtsideError('BAD_USER_INPUT', 'Pass `first` or `last`, not both.');
    if (args.first != null || args.after != null) {
      const limit = pageSize(args.first, 50, 'first');
      const after = args.after ? decodeCursor('message', args.after, isSeq) : 0;
      const rows = db
        .select()
        .from(messages)
        .where(and(scope, gt(messages.seq, after)))
        .orderBy(asc(messages.seq))
        .limit(limit + 1)
        .all();
      return toPage(rows.slice(0, limit), messageCursor, { hasNextPage: rows.length > limit, hasPreviousPage: after > 0 });
    }
    const limit = pageSize(args.last, 50, 'last');
    const before = args.before ? decodeCursor('message', args.before, isSeq) : null;
    const rows = db
      .select()
      .from(messages)
      .where(and(scope, before === null ? undefined : lt(messages.seq, before)))
      .orderBy(desc(messages.seq))
      .limit(limit + 1)
      .all();
    return toPage(rows.slice(0, limit).reverse(), messageCursor, { hasNextPage: before !== null, hasPreviousPage: rows.length > limit });
  };
}
