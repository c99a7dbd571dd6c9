import { useState, type FormEvent } from 'react';
import type { RoomKind } from '../gql/graphql';
import { ErrorNote } from '../ui/ErrorNote';
import { useCreateRoom } from './useCreateRoom';

/** "New room": name, topic, public or private. Calls `onCreated` with the new room's id. */
export function CreateRoomForm({ onCreated }: { onCreated: (roomId: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [topic, setTopic] = useState('');
  const [kind, setKind] = useState<RoomKind>('PUBLIC');
  const { create, creating, error, reset } = useCreateRoom();

  function close() {
    setOpen(false);
    setName('');
    setTopic('');
    setKind('PUBLIC');
    reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const id = await create({ name: name.trim(), topic: topic.trim(), kind });
    if (id) {
      close();
      onCreated(id);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button--block" onClick={() => setOpen(true)}>
        + New room
      </button>
    );
  }
  return (
    <form className="form create-room" onSubmit={submit} aria-label="New room">
      <label className="field">
        <span>Room name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} autoFocus />
      </label>
      <label className="field">
        <span>Topic</span>
        <input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={500} placeholder="Optional" />
      </label>
      <fieldset className="field field--inline">
        <legend>Who can see it</legend>
        <label>
          <input type="radio" name="kind" checked={kind === 'PUBLIC'} onChange={() => setKind('PUBLIC')} /> Public
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === 'PRIVATE'} onChange={() => setKind('PRIVATE')} /> Private
        </label>
      </fieldset>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={creating}>
          Create room
        </button>
      </div>
    </form>
  );
}
