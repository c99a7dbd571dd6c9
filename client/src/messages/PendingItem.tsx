import { Avatar } from '../ui/Avatar';
import { ReplyQuote } from './ReplyQuote';
import type { PendingMessage } from './useSendMessage';

interface PendingItemProps {
  item: PendingMessage;
  author: { id: string; displayName: string } | null;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
  /** Takes the text back into the composer (and drops this attempt). */
  onEdit: (item: PendingMessage) => void;
}

/**
 * A message on its way: "sending…", "failed — retry" with the reason (sent again by itself when the
 * connection returns), "waiting" while rate-limited, "Pending review" while a
 * moderator has to approve it, or "Not approved by a moderator". Only its sender sees it.
 */
export function PendingItem({ item, author, onRetry, onDiscard, onEdit }: PendingItemProps) {
  const failed = item.status === 'failed';
  const rejected = item.status === 'rejected';
  return (
    <article
      className={`message message--pending${failed ? ' message--failed' : ''}${item.status === 'held' ? ' message--held' : ''}${rejected ? ' message--rejected' : ''}`}
      data-testid="pending-message"
      data-status={item.status}
      data-message-id={item.messageId ?? undefined}
      aria-busy={item.status === 'sending'}
    >
      <div className="message__gutter">
        <Avatar id={author?.id ?? 'me'} name={author?.displayName ?? '?'} />
      </div>
      <div className="message__main">
        <div className="message__meta">
          <span className="message__author">{author?.displayName ?? 'You'}</span>
        </div>
        {item.replyTo && <ReplyQuote quote={item.replyTo} />}
        <p className="message__body" data-testid="message-body">
          {item.body}
        </p>
        {failed ? (
          <p className="message__status message__status--failed" role="alert">
            <span>failed — {item.error ?? 'not sent'} It goes again when the connection is back.</span>
            <button type="button" className="link-button" onClick={() => onRetry(item.clientMessageId)}>
              retry
            </button>
            <button type="button" className="link-button" onClick={() => onEdit(item)}>
              edit
            </button>
            <button type="button" className="link-button link-button--muted" onClick={() => onDiscard(item.clientMessageId)}>
              discard
            </button>
          </p>
        ) : item.status === 'waiting' ? (
          <p className="message__status" data-testid="waiting-status">
            <span>waiting — {item.error ?? 'slowed down'} It goes by itself.</span>
            <button type="button" className="link-button link-button--muted" onClick={() => onDiscard(item.clientMessageId)}>
              discard
            </button>
          </p>
        ) : item.status === 'held' ? (
          <p className="message__status message__status--held" data-testid="held-status">
            <span className="message__status-label">Pending review</span>
            {item.error && <span>{item.error}</span>}
          </p>
        ) : rejected ? (
          <p className="message__status message__status--rejected" role="alert" data-testid="held-status">
            <span className="message__status-label">Not approved by a moderator</span>
            <button type="button" className="link-button" onClick={() => onEdit(item)}>
              edit
            </button>
            <button type="button" className="link-button link-button--muted" onClick={() => onDiscard(item.clientMessageId)}>
              dismiss
            </button>
          </p>
        ) : (
          <p className="message__status">sending…</p>
        )}
      </div>
    </article>
  );
}
