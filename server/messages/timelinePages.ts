// Relay pages over a timeline (the main one, or a thread), keyed by seq, oldest first in a page.
import { CourtsideError } from '../errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../pagination';
import type { MessageRow } from '../storage/rows';
import type { MessageStore, TimelineScope } from '../storage/store';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const isSeq = (key: unknown): key is number => Number.isInteger(key);

/** A message's cursor in its timeline (main or thread): both are keyed by seq. */
export const messageCursor = (m: MessageRow) => encodeCursor('message', m.seq);

/** One page of a timeline (the main one, or a thread), oldest first. */
export async function timelinePage(messages: MessageStore, scope: TimelineScope, args: PageArgs): Promise<Page<MessageRow>> {
  if (args.first != null && args.last != null) throw new CourtsideError('BAD_USER_INPUT', 'Pass `first` or `last`, not both.');
  if (args.first != null || args.after != null) {
    const limit = pageSize(args.first, 50, 'first');
    const after = args.after ? decodeCursor('message', args.after, isSeq) : 0;
    const rows = await messages.timeline(scope, { afterSeq: after }, limit + 1);
    return toPage(rows.slice(0, limit), messageCursor, { hasNextPage: rows.length > limit, hasPreviousPage: after > 0 });
  }
  const limit = pageSize(args.last, 50, 'last');
  const before = args.before ? decodeCursor('message', args.before, isSeq) : null;
  const rows = await messages.timeline(scope, { beforeSeq: before }, limit + 1);
  return toPage(rows.slice(0, limit).reverse(), messageCursor, { hasNextPage: before !== null, hasPreviousPage: rows.length > limit });
}
