import type { ReactionGroup } from './reactionGroups';

interface ReactionChipsProps {
  reactions: ReactionGroup[];
  /** Absent when the viewer may not react (not a member, or a deleted message). */
  onToggle?: (emoji: string, reactedByMe: boolean) => void;
  onPick?: () => void;
  /** -1 inside a list with one tab stop (the chips are reached with the arrow keys). */
  tabIndex?: number;
}

/** One chip per emoji with its count, highlighted when the viewer reacted; a click toggles. */
export function ReactionChips({ reactions, onToggle, onPick, tabIndex }: ReactionChipsProps) {
  if (reactions.length === 0) return null;
  return (
    <div className="reactions" data-testid="reactions">
      {reactions.map((group) => (
        <button
          key={group.emoji}
          type="button"
          className={`chip${group.reactedByMe ? ' chip--mine' : ''}`}
          aria-pressed={group.reactedByMe}
          aria-label={`${group.emoji} ${group.count}`}
          title={group.reactedByMe ? 'Take your reaction back' : 'React with this too'}
          disabled={!onToggle}
          data-testid="reaction-chip"
          data-emoji={group.emoji}
          tabIndex={tabIndex}
          onClick={() => onToggle?.(group.emoji, group.reactedByMe)}
        >
          <span className="chip__emoji" aria-hidden="true">
            {group.emoji}
          </span>
          <span className="chip__count" data-testid="reaction-count">
            {group.count}
          </span>
        </button>
      ))}
      {onPick && (
        <button type="button" className="chip chip--add" onClick={onPick} aria-label="Add reaction" title="Add reaction" tabIndex={tabIndex}>
          +
        </button>
      )}
    </div>
  );
}
