import { TimeLabel } from '../ui/TimeLabel';

/** "3 replies · last reply 14:05" under a thread root; opens the thread. */
export function ThreadSummary({ count, lastReplyAt, onOpen, tabIndex }: { count: number; lastReplyAt: string | null; onOpen: () => void; tabIndex?: number }) {
  return (
    <button type="button" className="thread-summary" onClick={onOpen} data-testid="thread-summary" tabIndex={tabIndex}>
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
