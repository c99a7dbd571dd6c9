import { Avatar } from '../ui/Avatar';
import type { MentionCandidate } from './mentions';

interface MentionSuggestionsProps {
  id: string;
  matches: MentionCandidate[];
  active: number;
  onPick: (candidate: MentionCandidate) => void;
}

/** The people matching a mention being typed; the composer keeps the focus (arrows, Enter, Tab). */
export function MentionSuggestions({ id, matches, active, onPick }: MentionSuggestionsProps) {
  if (matches.length === 0) return null;
  return (
    <ul className="suggestions" id={id} role="listbox" aria-label="People to mention">
      {matches.map((candidate, index) => (
        <li
          key={candidate.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={`suggestions__item${index === active ? ' suggestions__item--active' : ''}`}
          // mousedown, not click: the composer must not lose the focus first.
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(candidate);
          }}
        >
          <Avatar id={candidate.id} name={candidate.displayName} size={22} />
          <span className="suggestions__name">{candidate.displayName}</span>
          <span className="suggestions__username">@{candidate.username}</span>
        </li>
      ))}
    </ul>
  );
}
