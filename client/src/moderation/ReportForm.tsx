import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';

interface ReportFormProps {
  /** Resolves to null when done, or why not. */
  onSubmit: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}

/** Why a message should be looked at by the room's moderators (1–500 characters). */
export function ReportForm({ onSubmit, onCancel }: ReportFormProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    const failure = await onSubmit(reason.trim());
    setBusy(false);
    setError(failure);
  }

  return (
    <form className="mod-form" onSubmit={(e) => void submit(e)} aria-label="Report this message" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label className="mod-form__field">
        <span>What is wrong with this message?</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="Only moderators see this" autoFocus />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="mod-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small" disabled={busy || !reason.trim()}>
          Report
        </button>
      </div>
    </form>
  );
}
