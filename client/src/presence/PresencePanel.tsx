import type { ReactNode } from 'react';
import { Avatar } from '../ui/Avatar';
import type { OnlineMember } from './usePresence';

interface PresencePanelProps {
  members: OnlineMember[];
  onClose: () => void;
  /** What the viewer can do to a member (moderators), shown at the end of their row. */
  memberActions?: (member: OnlineMember) => ReactNode;
}

/** The members following the room right now. */
export function PresencePanel({ members, onClose, memberActions }: PresencePanelProps) {
  return (
    <div className="popover presence-panel" role="dialog" aria-label="Members online" data-testid="presence-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover__head">
        <h2>Members online</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {members.length === 0 ? (
        <p className="muted popover__note">No signed-in members are here right now.</p>
      ) : (
        <ul className="presence-list">
          {members.map((member) => (
            <li key={member.id} className="presence-list__item">
              <span className="presence-list__avatar">
                <Avatar id={member.id} name={member.displayName} size={26} />
                <span className="presence-list__dot" aria-hidden="true" />
              </span>
              <span className="presence-list__name">{member.displayName}</span>
              <span className="muted presence-list__sub">@{member.username}</span>
              {member.isGuest && <span className="tag">guest</span>}
              {memberActions?.(member)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
