import { useState } from 'react';
import type { TimelineMessage } from '../messages/timeline';
import { ErrorNote } from '../ui/ErrorNote';
import { useToast } from '../ui/ToastContext';
import { ReportForm } from './ReportForm';
import { isModeratorRole } from './roles';
import { canModerateUser, UserActions } from './UserActions';
import type { Moderation } from './useModeration';

/** What the menu offers on `message`: pinning (moderators), reporting (others' messages), acting on its author. */
function offers(message: TimelineMessage, moderation: Moderation) {
  const moderator = isModeratorRole(moderation.role);
  const own = moderation.meId !== null && message.author?.id === moderation.meId;
  return {
    pin: moderator && !message.deletedAt,
    report: !moderator && moderation.meId !== null && !own && !message.deletedAt,
    author: canModerateUser(moderation, message.author) ? message.author : null,
  };
}

export function hasMessageMenu(message: TimelineMessage, moderation: Moderation): boolean {
  const offer = offers(message, moderation);
  return offer.pin || offer.report || offer.author !== null;
}

interface MessageMenuProps {
  message: TimelineMessage;
  moderation: Moderation;
  onClose: () => void;
}

/**
 * The "More" menu of a message: pin or unpin, report, and a moderator's actions on its author. Done,
 * it closes and says what was done in a toast, so no card is left in the timeline.
 */
export function MessageMenu({ message, moderation, onClose }: MessageMenuProps) {
  const [mode, setMode] = useState<'menu' | 'report'>('menu');
  const toast = useToast();
  const done = (text: string) => {
    toast(text);
    onClose();
  };
  const [error, setError] = useState<string | null>(null);
  const offer = offers(message, moderation);
  const pinned = moderation.isPinned(message.id);
  // Kept while the menu is open: a refusal that teaches the author's rank must not take away the
  // form that shows it.
  const [author] = useState(offer.author);

  async function togglePin() {
    const failure = await moderation.actions.setPinned(message.id, !pinned);
    if (failure) setError(failure);
    else done(pinned ? 'Unpinned.' : 'Pinned to the room.');
  }

  return (
    <div className="mod-menu" role="group" aria-label="More actions" data-testid="message-menu" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="mod-menu__head">
        <span className="mod-menu__title">{mode === 'report' ? 'Report this message' : 'More actions'}</span>
        <button type="button" className="icon-button mod-menu__close" onClick={onClose} aria-label="Close menu">
          ×
        </button>
      </div>
      {mode === 'report' ? (
        <ReportForm
          onCancel={() => setMode('menu')}
          onSubmit={async (reason) => {
            const failure = await moderation.actions.report(message.id, reason);
            if (!failure) done('Reported. The moderators of this room will take a look.');
            return failure;
          }}
        />
      ) : (
        <>
          {(offer.pin || offer.report) && (
            <div className="mod-actions" role="group" aria-label="This message">
              {offer.pin && (
                <button type="button" className="mod-actions__item" onClick={() => void togglePin()} autoFocus>
                  {pinned ? 'Unpin' : 'Pin to the room'}
                </button>
              )}
              {offer.report && (
                <button type="button" className="mod-actions__item" onClick={() => setMode('report')} autoFocus>
                  Report…
                </button>
              )}
            </div>
          )}
          {author && <UserActions user={author} moderation={moderation} onDone={done} />}
          {error && <ErrorNote>{error}</ErrorNote>}
        </>
      )}
    </div>
  );
}
