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

/** A message on its way: "sending…", or "failed — retry" with the reason. */
export function PendingItem({ item, author, onRetry, onDiscard, onEdit }: PendingItemProps) {
  const failed = item.status === 'failed';
  return (
    <article
      className={`message message--pending${failed ? ' message--failed' : ''}`}
      data-testid="pending-message"
      data-status={item.status}
      aria-busy={!failed}
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
            <span>failed — {item.error ?? 'not sent'}</span>
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
        ) : (
          <p className="message__status">sending…</p>
        )}
      </div>
    </article>
  );
}
