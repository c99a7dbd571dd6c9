import type { TimelineMessage } from './timeline';

type Quote = NonNullable<TimelineMessage['replyTo']>;

/** The quoted parent of a reply; clicking it scrolls to the parent. */
export function ReplyQuote({ quote, onJump, tabIndex }: { quote: Quote; onJump?: (messageId: string) => void; tabIndex?: number }) {
  const text = quote.deletedAt ? 'message deleted' : quote.body;
  const content = (
    <>
      <span className="quote__author">{quote.author?.displayName ?? 'Someone'}</span>
      <span className={`quote__body${quote.deletedAt ? ' quote__body--deleted' : ''}`}>{text}</span>
    </>
  );
  if (!onJump) return <div className="quote">{content}</div>;
  return (
    <button type="button" className="quote quote--link" onClick={() => onJump(quote.id)} title="Show the original message" tabIndex={tabIndex}>
      {content}
    </button>
  );
}
