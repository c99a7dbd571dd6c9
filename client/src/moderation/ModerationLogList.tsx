import { useState } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import { logEntryText } from './logText';
import type { ModerationLogEntry } from './useModerationLog';

interface ModerationLogListProps {
  entries: ModerationLogEntry[];
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  /** Resolves to null when done, or why not. */
  onUnban: (userId: string) => Promise<string | null>;
}

/** The ban entries not lifted since: each user's newest ban or unban, when it is a ban (entries are newest first). */
function standingBans(entries: ModerationLogEntry[]): Set<string> {
  const decided = new Set<string>();
  const bans = new Set<string>();
  for (const entry of entries) {
    const userId = entry.targetUser?.id;
    if (!userId || decided.has(userId) || (entry.action !== 'USER_BANNED' && entry.action !== 'USER_UNBANNED')) continue;
    decided.add(userId);
    if (entry.action === 'USER_BANNED') bans.add(entry.id);
  }
  return bans;
}

/** Every moderator action and automated decision, newest first (the latest 50), as sentences. */
export function ModerationLogList({ entries, loading, error, hasMore, onUnban }: ModerationLogListProps) {
  const [unbanError, setUnbanError] = useState<string | null>(null);
  if (loading) return <p className="popover__note muted">Loading…</p>;
  const bans = standingBans(entries);
  return (
    <>
      {(error || unbanError) && <ErrorNote>{error ?? unbanError}</ErrorNote>}
      {entries.length === 0 && !error && <p className="popover__note muted">Nothing has happened here yet.</p>}
      <ol className="mod-log" aria-label="Moderation log">
        {entries.map((entry) => (
          <li key={entry.id} className={`mod-log__entry${entry.actor ? '' : ' mod-log__entry--auto'}`} data-testid="log-entry">
            <span className="mod-log__text">{logEntryText(entry)}</span>
            <TimeLabel iso={entry.createdAt} />
            {bans.has(entry.id) && entry.targetUser && (
              <button type="button" className="link-button mod-log__unban" onClick={() => void onUnban(entry.targetUser!.id).then(setUnbanError)}>
                Unban
              </button>
            )}
          </li>
        ))}
      </ol>
      {hasMore && <p className="popover__note muted">Showing the latest 50 entries.</p>}
    </>
  );
}
