import { useState } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import type { PinnedMessage } from './pinnedList';

interface PinnedBarProps {
  /** Most recently pinned first. */
  messages: PinnedMessage[];
  /** Moderators may unpin, and see pinned messages that were deleted since (to unpin them). */
  canUnpin: boolean;
  onShow: (message: PinnedMessage) => void;
  /** Resolves to null when done, or why not. */
  onUnpin: (messageId: string) => Promise<string | null>;
}

function Preview({ message }: { message: PinnedMessage }) {
  return (
    <>
      <span className="pinned__author">{message.author?.displayName ?? 'Deleted user'}</span>
      <span className={`pinned__body${message.deletedAt ? ' pinned__body--deleted' : ''}`}>{message.deletedAt ? 'message deleted' : message.body}</span>
    </>
  );
}

/** The room's pinned messages above the timeline: the newest one, and all of them on demand. */
export function PinnedBar({ messages, canUnpin, onShow, onUnpin }: PinnedBarProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = canUnpin ? messages : messages.filter((m) => !m.deletedAt);
  if (shown.length === 0) return null;
  const [newest] = shown;

  const show = (message: PinnedMessage) => {
    setOpen(false);
    if (!message.deletedAt) onShow(message);
  };

  return (
    <section className={`pinned${open ? ' pinned--open' : ''}`} aria-label="Pinned messages" data-testid="pinned-bar" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <div className="pinned__row">
        <button
          type="button"
          className="pinned__toggle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-label={`${shown.length} pinned, ${open ? 'hide' : 'show'} all`}
        >
          <span aria-hidden="true">📌</span>
          <span className="pinned__count">{shown.length}</span>
        </button>
        <button type="button" className="pinned__current" onClick={() => show(newest)} data-testid="pinned-current" title="Show in the room">
          <Preview message={newest} />
        </button>
      </div>
      {open && (
        <ul className="pinned__list" data-testid="pinned-list">
          {shown.map((message) => (
            <li key={message.id} className="pinned__item">
              <button type="button" className="pinned__show" onClick={() => show(message)} disabled={Boolean(message.deletedAt)}>
                <Preview message={message} />
              </button>
              {canUnpin && (
                <button type="button" className="button button--quiet button--small" onClick={() => void onUnpin(message.id).then(setError)}>
                  Unpin
                </button>
              )}
            </li>
          ))}
          {error && <ErrorNote>{error}</ErrorNote>}
        </ul>
      )}
    </section>
  );
}
