/** The header's way into the moderation panel, with the number of messages waiting for review. */
export function ModerationButton({ held, heldMore, open, onToggle }: { held: number; heldMore: boolean; open: boolean; onToggle: () => void }) {
  const count = heldMore ? `${held}+` : String(held);
  return (
    <button
      type="button"
      className={`header-pill mod-button${open ? ' header-pill--open' : ''}`}
      onClick={onToggle}
      aria-expanded={open}
      aria-label={held ? `Moderation, ${count} held for review` : 'Moderation'}
      data-testid="moderation-button"
    >
      <span aria-hidden="true">🛡</span>
      <span className="header-pill__label">Moderation</span>
      {held > 0 && (
        <span className="badge mod-button__badge" data-testid="held-count">
          {count}
        </span>
      )}
    </button>
  );
}
