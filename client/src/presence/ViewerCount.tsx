/** "👁 12 watching": opens and closes the members-online panel. */
export function ViewerCount({ count, open, onToggle }: { count: number | null; open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className={`header-pill${open ? ' header-pill--open' : ''}`}
      onClick={onToggle}
      aria-expanded={open}
      aria-label={count === null ? 'Members online' : `${count} watching, show members online`}
      data-testid="viewer-count"
    >
      <span aria-hidden="true">👁</span>
      <span>{count ?? '–'}</span>
      <span className="header-pill__label">watching</span>
    </button>
  );
}
