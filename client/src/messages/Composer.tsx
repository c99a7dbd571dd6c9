import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useCountdown } from '../ui/useCountdown';
import { bodyLength, counterText, MAX_MESSAGE_LENGTH } from './bodyLength';
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
  /** No sending before this time (ms since the epoch): the button counts down ("Wait 27 s"). */
  waitUntil?: number | null;
  /** The field is closed, saying why in its place (e.g. while timed out). */
  closed?: string | null;
  /** Why the last message was refused, shown under the field. */
  notice?: string | null;
  /** A standing rule of the room, e.g. "Slow mode: 30 s". */
  hint?: string | null;
  /** ↑ in the empty field: edit the viewer's last message. */
  onEditLast?: () => void;
}

/**
 * Enter sends, Shift+Enter starts a new line; `@` + letters offers people to mention. Near the length
 * limit a counter shows; past it Send is disabled (the text stays, to be shortened). ↑ in the empty
 * field edits the viewer's last message.
 */
export function Composer(props: ComposerProps) {
  const { draft, replyTo = null, onCancelReply, onSend, label = 'Message', placeholder = 'Write a message…', candidates = [], onTyping } = props;
  const { waitUntil = null, closed = null, notice = null, hint = null } = props;
  const [body, setBody] = useState('');
  const wait = useCountdown(waitUntil);
  const noticeId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const caretAfterRender = useRef<number | null>(null);
  const autocomplete = useMentionAutocomplete(candidates);
  const listId = useId();
  const suggesting = autocomplete.matches.length > 0;
  const length = bodyLength(body);
  const counterId = useId();
  const blocked = !body.trim() || length.over || wait > 0 || Boolean(closed);

  // Text given back (a refused or failed message) goes before whatever was typed since; each draft once.
  const applied = useRef<{ body: string } | null>(null);
  useEffect(() => {
    if (!draft || applied.current === draft) return;
    applied.current = draft;
    setBody((typed) => (typed.trim() ? `${draft.body}\n${typed}` : draft.body));
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
    if (blocked) return;
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
    } else if (event.key === 'ArrowUp' && body === '' && props.onEditLast) {
      event.preventDefault();
      props.onEditLast();
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
          placeholder={closed ?? placeholder}
          disabled={Boolean(closed)}
          aria-describedby={[notice || hint ? noticeId : '', length.showCounter ? counterId : ''].join(' ').trim() || undefined}
          aria-invalid={length.over || undefined}
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
        {length.showCounter && (
          <span
            id={counterId}
            className={`composer__counter${length.over ? ' composer__counter--over' : ''}`}
            data-testid="composer-counter"
            aria-live="polite"
            title={length.over ? `${length.count - MAX_MESSAGE_LENGTH} characters too long` : undefined}
          >
            {counterText(length.count)}
          </span>
        )}
        <button type="submit" className="button button--primary composer__send" disabled={blocked} data-testid="send-button">
          {wait > 0 ? `Wait ${wait} s` : 'Send'}
        </button>
      </div>
      {(notice || hint) && (
        <div className="composer__notes" id={noticeId}>
          {notice && (
            <p className="composer__notice" role="alert" data-testid="composer-notice">
              {notice}
            </p>
          )}
          {hint && (
            <p className="composer__hint muted" data-testid="composer-hint">
              {hint}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
