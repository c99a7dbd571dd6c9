import { typingText } from './typingText';
import type { Typist } from './useTypingUsers';

/** The "… is typing…" line above the composer; keeps its height when empty so nothing jumps. */
export function TypingLine({ typists }: { typists: Typist[] }) {
  const text = typingText(typists.map((t) => t.displayName));
  return (
    <p className="typing" aria-live="polite" data-testid="typing">
      {text && (
        <>
          <span className="typing__dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {text}
        </>
      )}
    </p>
  );
}
