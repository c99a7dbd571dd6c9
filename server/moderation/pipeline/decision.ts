// What automated moderation can decide, and how the decisions of several rules combine into one.

/** Which part decided; stored as `ModerationLogEntry.rule`. */
export type ModerationRule = 'BLOCKED_TERM' | 'PROFANITY' | 'LINK' | 'REPEAT' | 'FLOOD' | 'CLASSIFIER';

export type ModerationDecision =
  | { action: 'ALLOW'; body: string }
  | { action: 'MASK'; body: string; reason: string; rule: ModerationRule }
  | { action: 'HOLD'; body: string; reason: string; rule: ModerationRule }
  | { action: 'BLOCK'; reason: string; rule: ModerationRule };

/** What one rule decided when it did more than let the message through (a rule returns null for that). */
export type RuleVerdict = Exclude<ModerationDecision, { action: 'ALLOW' }>;

/**
 * BLOCK anywhere wins (its own reason only: nothing else about a refused message matters); else HOLD
 * (reasons of every hold, then of every mask, since the held body is the masked one); else MASK (every
 * mask's reason); else ALLOW. `body` is the body after every mask; the rule is the first deciding one.
 */
export function combineVerdicts(body: string, verdicts: readonly RuleVerdict[]): ModerationDecision {
  const block = verdicts.find((v) => v.action === 'BLOCK');
  if (block) return block;
  const holds = verdicts.filter((v) => v.action === 'HOLD');
  const masks = verdicts.filter((v) => v.action === 'MASK');
  if (holds.length > 0) return { action: 'HOLD', body, rule: holds[0].rule, reason: joinReasons([...holds, ...masks]) };
  if (masks.length > 0) return { action: 'MASK', body, rule: masks[0].rule, reason: joinReasons(masks) };
  return { action: 'ALLOW', body };
}

function joinReasons(verdicts: readonly RuleVerdict[]): string {
  return [...new Set(verdicts.map((v) => v.reason))].join(' ');
}
