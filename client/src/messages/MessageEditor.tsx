import { useState, type KeyboardEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';

interface MessageEditorProps {
  initial: string;
  /** Resolves to null when saved, or why it failed. */
  onSave: (body: string) => Promise<string | null>;
  onClose: () => void;
}

/** Inline editing of one's own message: Enter saves, Escape cancels. */
export function MessageEditor({ initial, onSave, onClose }: MessageEditorProps) {
  const [body, setBody] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    if (body.trim() === initial.trim()) return onClose();
    setSaving(true);
    const failure = await onSave(body);
    setSaving(false);
    if (failure) setError(failure);
    else onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') onClose();
  }

  return (
    <div className="editor">
      <textarea
        className="editor__input"
        aria-label="Edit message"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
        rows={Math.min(6, body.split('\n').length)}
      />
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="editor__actions">
        <span className="muted">Enter to save · Esc to cancel</span>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary button--small" onClick={() => void save()} disabled={saving || !body.trim()}>
          Save
        </button>
      </div>
    </div>
  );
}
