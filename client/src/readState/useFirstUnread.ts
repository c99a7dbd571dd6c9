import { useState } from 'react';
import type { TimelineMessage } from '../messages/timeline';

/**
 * The first message that was unread when the room was opened (someone else's, after the viewer's
 * read marker then), decided once with the first page so the "New messages" divider stays put.
 */
export function useFirstUnread(messages: TimelineMessage[], ready: boolean, openedReadSeq: number | null, meId: string | null): string | null {
  const [decided, setDecided] = useState<{ id: string | null } | null>(null);
  if (!decided && ready) {
    const first = openedReadSeq === null ? undefined : messages.find((m) => m.seq > openedReadSeq && m.author?.id !== meId && !m.deletedAt);
    setDecided({ id: first?.id ?? null });
  }
  return decided?.id ?? null;
}
