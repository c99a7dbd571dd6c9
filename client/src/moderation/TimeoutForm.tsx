import { useId, useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { durationText, TIMEOUT_CHOICES } from './durations';

interface TimeoutFormProps {
  name: string;
  /** Resolves to null when done, or why not. */
  onSubmit: (seconds: number, reason: string) => Promise<string | null>;
  onCancel: () => void;
}

/** How long (1 min to 24 h) and, optionally, why: the member is told both. */
export function TimeoutForm({ name, onSubmit, onCancel }: TimeoutFormProps) {
  const [seconds, setSeconds] = useState<number>(600);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(seconds, reason);
    setBusy(false);
    setError(failure);
  }

  return (
    <form className="mod-form" onSubmit={(e) => void submit(e)} aria-label={`Time out ${name}`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <fieldset className="mod-form__choices">
        <legend>Time out {name} for</legend>
        {TIMEOUT_CHOICES.map((choice) => (
          <label key={choice} className={`choice${seconds === choice ? ' choice--on' : ''}`}>
            <input type="radio" name={`${id}-duration`} value={choice} checked={seconds === choice} onChange={() => setSeconds(choice)} />
            {durationText(choice)}
          </label>
        ))}
      </fieldset>
      <label className="mod-form__field">
        <span>Reason (optional)</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="They will see it" autoFocus />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="mod-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Time out
        </button>
      </div>
    </form>
  );
}
