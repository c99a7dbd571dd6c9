import { CHEER_EMOJI } from './cheerFloaters';

interface CheeringBarProps {
  totals: Record<string, number>;
  error: string | null;
  onCheer: (emoji: string) => void;
}

/** A row of cheer buttons, each with the room's total for this visit. */
export function CheeringBar({ totals, error, onCheer }: CheeringBarProps) {
  return (
    <div className="cheering" role="group" aria-label="Cheer">
      {CHEER_EMOJI.map((emoji) => (
        <button key={emoji} type="button" className="cheer" onClick={() => onCheer(emoji)} aria-label={`Cheer ${emoji}`} data-testid="cheer">
          <span aria-hidden="true">{emoji}</span>
          {totals[emoji] ? <span className="cheer__total">{formatTotal(totals[emoji])}</span> : null}
        </button>
      ))}
      {error && <span className="error-text cheering__error">{error}</span>}
    </div>
  );
}

function formatTotal(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}
