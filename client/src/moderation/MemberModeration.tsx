import { useState } from 'react';
import { useToast } from '../ui/ToastContext';
import { canModerateUser, UserActions, type ModeratedUser } from './UserActions';
import type { Moderation } from './useModeration';

/** A moderator's actions on one person in the members-online panel, behind a "⋯" toggle; done, a toast says what was done. */
export function MemberModeration({ user, moderation }: { user: ModeratedUser; moderation: Moderation }) {
  const [open, setOpen] = useState(false);
  const toast = useToast();
  const done = (text: string) => {
    toast(text);
    setOpen(false);
  };
  // Stays while open: a refusal that teaches their rank must not take away the form that shows it.
  if (!canModerateUser(moderation, user) && !open) return null;
  return (
    <>
      <button type="button" className="icon-button member-mod__toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={`Moderate ${user.displayName}`}>
        ⋯
      </button>
      {open && (
        <div className="member-mod">
          <UserActions user={user} moderation={moderation} onDone={done} />
        </div>
      )}
    </>
  );
}
