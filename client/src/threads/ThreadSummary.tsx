import { TimeLabel } from '../ui/TimeLabel';

/** "3 replies · last reply 14:05" under a thread root; opens the thread. */
export function ThreadSummary({ count, lastReplyAt, onOpen }: { count: number; lastReplyAt: string | null; onOpen: () => void }) {
  return (
    <button type="button" className="thread-summary" onClick={onOpen} data-testid="thread-summary">
      <span className="thread-summary__count">
        {count} {count === 1 ? 'reply' : 'replies'}
      </span>
      {lastReplyAt && (
        <span className="thread-summary__last">
          {' · last reply '}
          <TimeLabel iso={lastReplyAt} />
        </span>
      )}
    </button>
  );
}
