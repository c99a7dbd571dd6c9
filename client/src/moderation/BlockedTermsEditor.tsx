import { useState, type KeyboardEvent } from 'react';

interface BlockedTermsEditorProps {
  terms: string[];
  onChange: (terms: string[]) => void;
}

/** The room's blocked words and phrases as removable chips, and a field to add more. */
export function BlockedTermsEditor({ terms, onChange }: BlockedTermsEditorProps) {
  const [draft, setDraft] = useState('');

  function add() {
    const term = draft.trim().toLowerCase();
    if (term && !terms.includes(term)) onChange([...terms, term]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault(); // adds the term instead of saving the form
    add();
  }

  return (
    <div className="terms">
      {terms.length === 0 ? (
        <p className="terms__empty muted">No blocked terms.</p>
      ) : (
        <ul className="terms__list" aria-label="Blocked terms">
          {terms.map((term) => (
            <li key={term} className="terms__chip">
              <span>{term}</span>
              <button type="button" className="terms__remove" onClick={() => onChange(terms.filter((t) => t !== term))} aria-label={`Remove ${term}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="terms__add">
        <input value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} maxLength={100} placeholder="Add a word or phrase" aria-label="New blocked term" />
        <button type="button" className="button button--small" onClick={add} disabled={!draft.trim()}>
          Add
        </button>
      </div>
    </div>
  );
}
