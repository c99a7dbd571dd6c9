// Rule 5, the pure half: what an external classifier may answer and what each answer means.
import type { RuleVerdict } from './decision';
import { maskEverything } from './masking';

export type ClassifierAction = 'ALLOW' | 'MASK' | 'HOLD' | 'BLOCK';

export interface ClassifierAnswer {
  action: ClassifierAction;
  reason: string | null;
  /** For MASK: the body with the offending parts masked, when the classifier sent one. */
  body: string | null;
}

export const CLASSIFIER_UNAVAILABLE_REASON = 'Automated moderation is unavailable; the message waits for a moderator.';

const DEFAULT_REASONS: Record<Exclude<ClassifierAction, 'ALLOW'>, string> = {
  MASK: 'Automated moderation masked parts of this message.',
  HOLD: 'Automated moderation held this message for a moderator to review.',
  BLOCK: 'Automated moderation refused this message.',
};

/** A classifier's reason reaches people; a runaway one is cut here. */
const MAX_REASON_LENGTH = 500;
const ACTIONS: readonly string[] = ['ALLOW', 'MASK', 'HOLD', 'BLOCK'];

/**
 * `{ "action": "ALLOW" | "MASK" | "HOLD" | "BLOCK", "reason"?: string, "body"?: string }`, or null
 * when the text is anything else: not JSON, an unknown action, a reason or body that is not a
 * string, or a MASK body that is blank.
 */
export function parseClassifierAnswer(text: string): ClassifierAnswer | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { action, reason, body } = value as Record<string, unknown>;
  if (typeof action !== 'string' || !ACTIONS.includes(action)) return null;
  if (reason !== undefined && reason !== null && typeof reason !== 'string') return null;
  if (body !== undefined && body !== null && (typeof body !== 'string' || body.trim() === '')) return null;
  const cleanReason = typeof reason === 'string' && reason.trim() !== '' ? reason.trim().slice(0, MAX_REASON_LENGTH) : null;
  return { action: action as ClassifierAction, reason: cleanReason, body: action === 'MASK' && typeof body === 'string' ? body : null };
}

/** What the answer decides for `body` (the body the classifier was sent); null for ALLOW. */
export function classifierVerdict(answer: ClassifierAnswer, body: string): RuleVerdict | null {
  if (answer.action === 'ALLOW') return null;
  const reason = answer.reason ?? DEFAULT_REASONS[answer.action];
  if (answer.action === 'BLOCK') return { action: 'BLOCK', rule: 'CLASSIFIER', reason };
  if (answer.action === 'HOLD') return { action: 'HOLD', rule: 'CLASSIFIER', reason, body };
  return { action: 'MASK', rule: 'CLASSIFIER', reason, body: answer.body ?? maskEverything(body) };
}

/** When the classifier could not answer: fail open lets the message through, fail closed holds it. */
export function unavailableVerdict(failMode: 'open' | 'closed', body: string): RuleVerdict | null {
  return failMode === 'open' ? null : { action: 'HOLD', rule: 'CLASSIFIER', reason: CLASSIFIER_UNAVAILABLE_REASON, body };
}
