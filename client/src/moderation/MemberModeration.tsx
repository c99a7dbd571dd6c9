import { useState } from 'react';
import { canModerateUser, UserActions, type ModeratedUser } from './UserActions';
import type { Moderation } from './useModeration';

/** A moderator's actions on one person in the members-online panel, behind a "⋯" toggle. */
export function MemberModeration({ user, moderation }: { user: ModeratedUser; moderation: Moderation }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // Stays while open: a refusal that teaches their rank must not take away the form that shows it.
  if (!canModerateUser(moderation, user) && !open) return null;
  return (
    <>
      <button
        type="button"
        className="icon-button member-mod__toggle"
        onClick={() => {
          setOpen((o) => !o);
          setDone(null);
        }}
        aria-expanded={open}
        aria-label={`Moderate ${user.displayName}`}
      >
        ⋯
      </button>
      {open && (
        <div className="member-mod">
          {done ? (
            <p className="mod-menu__done" role="status">
              {done}
            </p>
          ) : (
            <UserActions user={user} moderation={moderation} onDone={setDone} />
          )}
        </div>
      )}
    </>
  );
}
