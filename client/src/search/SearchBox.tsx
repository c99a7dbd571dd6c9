import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;

interface SearchBoxProps {
  /** Narrow screens: shown only after the search button is pressed. */
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
  onSearch: (query: string) => void;
  onClear: () => void;
}

/** The room's search field: searches as you type (after a pause) or on Enter; Escape clears it. */
export function SearchBox({ expanded, onExpand, onSearch, onClear }: SearchBoxProps) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef({ onSearch, onClear });
  latest.current = { onSearch, onClear };

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_LENGTH) {
      if (query.length === 0) latest.current.onClear();
      return;
    }
    const timer = setTimeout(() => latest.current.onSearch(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (expanded) input.current?.focus();
  }, [expanded]);

  function close() {
    setText('');
    onClear();
    onExpand(false);
  }

  return (
    <div className={`search-box${expanded ? ' search-box--expanded' : ''}`}>
      <button type="button" className="icon-button search-box__open" aria-label="Search messages" onClick={() => onExpand(true)}>
        <svg width="19" height="19" viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
      </button>
      <form
        className="search-box__form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onSearch(text.trim());
        }}
      >
        <input
          ref={input}
          type="search"
          className="search-box__input"
          aria-label="Search this room"
          placeholder="Search this room"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && close()}
        />
        <button type="button" className="icon-button search-box__close" aria-label="Close search" onClick={close}>
          ×
        </button>
      </form>
    </div>
  );
}
