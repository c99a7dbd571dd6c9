// The composer's `@` autocomplete state: which mention is being typed, the matching people, and
// the highlighted one.
import { useState } from 'react';
import { completeMention, matchCandidates, mentionAt, type MentionCandidate, type MentionQuery } from './mentions';

export interface MentionAutocomplete {
  matches: MentionCandidate[];
  active: number;
  /** The text or the caret moved. */
  update(text: string, caret: number): void;
  move(delta: number): void;
  close(): void;
  /** The text with `candidate` put in place of the typed mention, and where the caret goes. */
  accept(text: string, candidate: MentionCandidate): { text: string; caret: number } | null;
}

export function useMentionAutocomplete(candidates: MentionCandidate[]): MentionAutocomplete {
  const [typed, setTyped] = useState<(MentionQuery & { caret: number }) | null>(null);
  const [active, setActive] = useState(0);
  const matches = typed ? matchCandidates(candidates, typed.query) : [];

  return {
    matches,
    active: Math.min(active, Math.max(0, matches.length - 1)),
    update(text, caret) {
      const next = mentionAt(text, caret);
      if (next?.query !== typed?.query || next?.start !== typed?.start) setActive(0);
      setTyped(next && { ...next, caret });
    },
    move: (delta) => setActive((index) => (matches.length === 0 ? 0 : (index + delta + matches.length) % matches.length)),
    close: () => setTyped(null),
    accept(text, candidate) {
      if (!typed) return null;
      setTyped(null);
      return completeMention(text, typed.caret, typed, candidate.username);
    },
  };
}
