import { useState } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { BanForm } from './BanForm';
import { durationText } from './durations';
import { canActOn, canChangeRole } from './roles';
import { TimeoutForm } from './TimeoutForm';
import type { Moderation } from './useModeration';

export interface ModeratedUser {
  id: string;
  displayName: string;
}

/** Can the viewer do anything to `user` here (time out, ban, change their role)? */
export function canModerateUser(moderation: Moderation, user: ModeratedUser | null): user is ModeratedUser {
  return user !== null && canActOn(moderation.role, moderation.meId, user.id, moderation.roleOf(user.id));
}

interface UserActionsProps {
  user: ModeratedUser;
  moderation: Moderation;
  /** Done: says what was done, e.g. "Ann is timed out for 10 min." */
  onDone: (text: string) => void;
}

/**
 * What a moderator can do to one person, within the policy: time them out, ban them, and for owners
 * make them a moderator or a member again. Render only when `canModerateUser` says so.
 */
export function UserActions({ user, moderation, onDone }: UserActionsProps) {
  const [mode, setMode] = useState<'menu' | 'timeout' | 'ban'>('menu');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { actions } = moderation;
  const role = moderation.roleOf(user.id);
  const name = user.displayName;

  const done = (text: string) => (failure: string | null) => {
    if (!failure) onDone(text);
    return failure;
  };

  async function changeRole() {
    const to = role === 'MODERATOR' ? 'MEMBER' : 'MODERATOR';
    setBusy(true);
    const failure = await actions.setRole(user.id, to);
    setBusy(false);
    setError(failure);
    if (!failure) onDone(to === 'MODERATOR' ? `${name} is now a moderator.` : `${name} is a member again.`);
  }

  if (mode === 'timeout') {
    return (
      <TimeoutForm
        name={name}
        onCancel={() => setMode('menu')}
        onSubmit={(seconds, reason) => actions.timeout(user.id, seconds, reason).then(done(`${name} is timed out for ${durationText(seconds)}.`))}
      />
    );
  }
  if (mode === 'ban') {
    return <BanForm name={name} onCancel={() => setMode('menu')} onSubmit={(reason) => actions.ban(user.id, reason).then(done(`${name} is banned from this room.`))} />;
  }
  return (
    <div className="mod-actions" role="group" aria-label={`Moderate ${name}`}>
      <button type="button" className="mod-actions__item" onClick={() => setMode('timeout')}>
        Time out {name}…
      </button>
      <button type="button" className="mod-actions__item mod-actions__item--danger" onClick={() => setMode('ban')}>
        Ban {name}…
      </button>
      {canChangeRole(moderation.role, role) && (
        <button type="button" className="mod-actions__item" onClick={() => void changeRole()} disabled={busy}>
          {role === 'MODERATOR' ? 'Make member' : 'Make moderator'}
        </button>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
