import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';

interface BanFormProps {
  name: string;
  /** Resolves to null when done, or why not. */
  onSubmit: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}

/** The confirmation of a ban, with the reason the banned user is shown. */
export function BanForm({ name, onSubmit, onCancel }: BanFormProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(reason);
    setBusy(false);
    setError(failure);
  }

  return (
    <form className="mod-form mod-form--danger" onSubmit={(e) => void submit(e)} aria-label={`Ban ${name}`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p className="mod-form__lead">
        Ban <strong>{name}</strong> from this room? They are removed at once and cannot come back until they are unbanned.
      </p>
      <label className="mod-form__field">
        <span>Reason</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="They will see it" autoFocus />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="mod-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--danger button--small" disabled={busy}>
          Ban {name}
        </button>
      </div>
    </form>
  );
}
