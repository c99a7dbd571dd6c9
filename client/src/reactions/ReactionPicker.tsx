import { useEffect, useRef } from 'react';
import { COMMON_EMOJI } from './commonEmoji';

/** A row of common emoji; picking one or pressing Escape closes it. */
export function ReactionPicker({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    row.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div
      className="reaction-picker"
      role="group"
      aria-label="Pick a reaction"
      ref={row}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      {COMMON_EMOJI.map((emoji) => (
        <button key={emoji} type="button" className="reaction-picker__emoji" aria-label={`React with ${emoji}`} onClick={() => onPick(emoji)}>
          {emoji}
        </button>
      ))}
      <button type="button" className="icon-button reaction-picker__close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
