import { useMemo, useState } from 'react';
import { COMMON_EMOJI } from './commonEmoji';
import { EMOJI_CATALOG, EMOJI_GROUPS } from './emojiCatalog';
import { searchEmoji } from './emojiSearch';

/**
 * The common reactions in a row, then every emoji of the catalog by group, or the matches of what is
 * typed in the search field (Enter picks the first). Picking one or pressing Escape closes it.
 */
export function ReactionPicker({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchEmoji(query, EMOJI_CATALOG), [query]);
  const searching = query.trim() !== '';
  const groups = useMemo(() => EMOJI_GROUPS.map((group) => ({ group, entries: EMOJI_CATALOG.filter((e) => e.group === group) })), []);
  const button = (entry: { emoji: string; name: string }) => (
    <button key={entry.emoji} type="button" className="reaction-picker__emoji" aria-label={`${entry.emoji} ${entry.name}`} title={entry.name} onClick={() => onPick(entry.emoji)}>
      {entry.emoji}
    </button>
  );
  return (
    <div className="reaction-picker" role="group" aria-label="Pick a reaction" data-testid="reaction-picker" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="reaction-picker__head">
        <div className="reaction-picker__common">
          {COMMON_EMOJI.map((emoji) => (
            <button key={emoji} type="button" className="reaction-picker__emoji" aria-label={`React with ${emoji}`} onClick={() => onPick(emoji)}>
              {emoji}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button reaction-picker__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <input
        type="search"
        className="reaction-picker__search"
        aria-label="Search emoji"
        placeholder="Search emoji…"
        value={query}
        autoFocus
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && matches[0]) {
            event.preventDefault();
            onPick(matches[0].emoji);
          }
        }}
      />
      <div className="reaction-picker__grid" data-testid="emoji-grid">
        {searching ? (
          matches.length ? (
            <div className="reaction-picker__emojis">{matches.map(button)}</div>
          ) : (
            <p className="reaction-picker__none muted">No emoji called “{query.trim()}”.</p>
          )
        ) : (
          groups.map(({ group, entries }) => (
            <section key={group} aria-label={group}>
              <h3 className="reaction-picker__group">{group}</h3>
              <div className="reaction-picker__emojis">{entries.map(button)}</div>
            </section>
          ))
        )}
      </div>
    </div>
  );
}
