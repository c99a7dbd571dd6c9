import type { CSSProperties } from 'react';
import type { Floater } from './cheerFloaters';

/** Emoji rising over the bottom of the timeline (CSS animation; a plain fade with reduced motion). */
export function CheerFloaters({ floaters, onLanded }: { floaters: Floater[]; onLanded: (id: number) => void }) {
  return (
    <div className="floaters" aria-hidden="true">
      {floaters.map((f) => (
        <span key={f.id} className="floater" style={{ left: `${f.x}%`, animationDelay: `${f.delay}ms`, '--scale': f.scale } as CSSProperties} onAnimationEnd={() => onLanded(f.id)}>
          {f.emoji}
        </span>
      ))}
    </div>
  );
}
