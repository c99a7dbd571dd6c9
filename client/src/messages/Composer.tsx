import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ReplyQuote } from './ReplyQuote';
import type { TimelineMessage } from './timeline';

interface ComposerProps {
  /** Text to put back in the composer (a failed message taken back to edit); a new object each time. */
  draft: { body: string } | null;
  replyTo: TimelineMessage | null;
  onCancelReply: () => void;
  onSend: (body: string) => void;
}

/** Enter sends, Shift+Enter starts a new line. */
export function Composer({ draft, replyTo, onCancelReply, onSend }: ComposerProps) {
  const [body, setBody] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!draft) return;
    setBody(draft.body);
    input.current?.focus();
  }, [draft]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!body.trim()) return;
    onSend(body);
    setBody('');
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && replyTo) {
      onCancelReply();
    }
  }

  return (
    <form className="composer" onSubmit={submit}>
      {replyTo && (
        <div className="composer__reply">
          <span className="composer__reply-label">Replying to</span>
          <ReplyQuote quote={{ id: replyTo.id, body: replyTo.body, deletedAt: replyTo.deletedAt, author: replyTo.author }} />
          <button type="button" className="icon-button" onClick={onCancelReply} aria-label="Cancel reply">
            ×
          </button>
        </div>
      )}
      <div className="composer__row">
        <textarea
          ref={input}
          className="composer__input"
          aria-label="Message"
          placeholder="Write a message…"
          rows={1}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button button--primary" disabled={!body.trim()}>
          Send
        </button>
      </div>
    </form>
  );
}
