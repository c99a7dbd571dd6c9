import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MentionSuggestions } from './MentionSuggestions';
import type { MentionCandidate } from './mentions';
import { ReplyQuote } from './ReplyQuote';
import type { TimelineMessage } from './timeline';
import { useMentionAutocomplete } from './useMentionAutocomplete';

interface ComposerProps {
  /** Text to put back in the composer (a failed message taken back to edit); a new object each time. */
  draft: { body: string } | null;
  replyTo?: TimelineMessage | null;
  onCancelReply?: () => void;
  onSend: (body: string) => void;
  /** The field's accessible name. */
  label?: string;
  placeholder?: string;
  /** People offered when the viewer types `@` and a few letters. */
  candidates?: MentionCandidate[];
  /** Called with true as the viewer types, false when they send, clear the field or leave it. */
  onTyping?: (typing: boolean) => void;
}

/** Enter sends, Shift+Enter starts a new line; `@` + letters offers people to mention. */
export function Composer({ draft, replyTo = null, onCancelReply, onSend, label = 'Message', placeholder = 'Write a message…', candidates = [], onTyping }: ComposerProps) {
  const [body, setBody] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const caretAfterRender = useRef<number | null>(null);
  const autocomplete = useMentionAutocomplete(candidates);
  const listId = useId();
  const suggesting = autocomplete.matches.length > 0;

  useEffect(() => {
    if (!draft) return;
    setBody(draft.body);
    input.current?.focus();
  }, [draft]);

  useLayoutEffect(() => {
    if (caretAfterRender.current === null || !input.current) return;
    input.current.setSelectionRange(caretAfterRender.current, caretAfterRender.current);
    caretAfterRender.current = null;
  });

  function change(text: string, caret: number) {
    setBody(text);
    autocomplete.update(text, caret);
    onTyping?.(text.trim() !== '');
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!body.trim()) return;
    onTyping?.(false);
    onSend(body);
    setBody('');
    autocomplete.close();
    input.current?.focus();
  }

  function pick(candidate: MentionCandidate) {
    const next = autocomplete.accept(body, candidate);
    if (!next) return;
    setBody(next.text);
    caretAfterRender.current = next.caret;
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (suggesting && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      autocomplete.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (suggesting && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault();
      pick(autocomplete.matches[autocomplete.active]);
    } else if (suggesting && event.key === 'Escape') {
      autocomplete.close();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && replyTo) {
      onCancelReply?.();
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
        <MentionSuggestions id={listId} matches={autocomplete.matches} active={autocomplete.active} onPick={pick} />
        <textarea
          ref={input}
          className="composer__input"
          aria-label={label}
          aria-autocomplete="list"
          aria-controls={suggesting ? listId : undefined}
          aria-activedescendant={suggesting ? `${listId}-${autocomplete.active}` : undefined}
          placeholder={placeholder}
          rows={1}
          value={body}
          onChange={(e) => change(e.target.value, e.target.selectionStart)}
          onSelect={(e) => autocomplete.update(e.currentTarget.value, e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            autocomplete.close();
            onTyping?.(false);
          }}
        />
        <button type="submit" className="button button--primary" disabled={!body.trim()}>
          Send
        </button>
      </div>
    </form>
  );
}
