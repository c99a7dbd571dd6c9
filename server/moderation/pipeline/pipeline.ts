// The one choke point of automated moderation: every send and edit passes `moderate` before anything
// is stored or published. Runs the built-in rules in order (blocked terms, profanity, links, flood,
// repeats), then the optional external classifier, and combines what they decided (see decision.ts).
// Runs once per sent or edited message (hot path).
import { createBlockedTermsCompiler, checkBlockedTerms } from './blockedTerms';
import { askClassifier } from './classifier';
import { classifierVerdict, unavailableVerdict } from './classifierAnswer';
import { combineVerdicts, type ModerationDecision, type RuleVerdict } from './decision';
import { checkFlood } from './flood';
import { checkLinks, type LinkPolicy } from './links';
import { checkProfanity, createProfanityMatcher, type ProfanityAction } from './profanity';
import { checkRepeat, createRepeatMemory, repeatKey, type RepeatEntry } from './repeatMemory';

export type { ModerationDecision, ModerationRule } from './decision';

export interface ModerationInput {
  roomId: string;
  authorId: string;
  /** Already trimmed and length-checked. */
  body: string;
  kind: 'send' | 'edit';
  settings: { blockedTerms: string[]; linkPolicy: LinkPolicy; profanity: ProfanityAction };
}

export interface ModerationPipeline {
  /** The one choke point for every send and edit, before anything is stored or published. */
  moderate(input: ModerationInput): Promise<ModerationDecision>;
  /**
   * Tell the pipeline a message was actually published (feeds repeat/flood memory). Optional to use:
   * `moderate` already remembers every send it lets through (ALLOW, MASK, HOLD), and this call marks
   * that memory as published instead of counting the message twice (with the sent or masked body).
   */
  recordPublished?(input: { roomId: string; authorId: string; body: string }): void;
  /** Cancels classifier calls in flight (they end as the fail mode says) and forgets all repeat memory. */
  dispose(): void;
}

export interface ModerationPipelineOptions {
  webhookUrl: string | null;
  webhookTimeoutMs: number;
  failMode: 'open' | 'closed';
  now?: () => number;
  fetchFn?: typeof fetch;
  /** Told why a classifier call failed (for the server log); the decision follows `failMode` regardless. */
  onClassifierFailure?: (failure: string, input: ModerationInput) => void;
}

export function createModerationPipeline(options: ModerationPipelineOptions): ModerationPipeline {
  const now = options.now ?? Date.now;
  const profanity = createProfanityMatcher();
  const blockedTerms = createBlockedTermsCompiler();
  const repeats = createRepeatMemory();
  let calls = new AbortController();

  /** Built-in rules in order; stops at the first BLOCK. `body` comes back masked when a rule masked it. */
  function builtInRules(input: ModerationInput, key: string | null): { body: string; verdicts: RuleVerdict[] } {
    const checks: Array<() => RuleVerdict | null> = [
      () => checkBlockedTerms(blockedTerms(input.settings.blockedTerms), input.body),
      () => checkProfanity(profanity, input.body, input.settings.profanity),
      () => checkLinks(input.body, input.settings.linkPolicy),
      () => checkFlood(input.body),
      () => (key === null ? null : checkRepeat(repeats.count(input.roomId, input.authorId, key, now()))),
    ];
    let body = input.body;
    const verdicts: RuleVerdict[] = [];
    for (const check of checks) {
      const verdict = check();
      if (verdict === null) continue;
      verdicts.push(verdict);
      if (verdict.action === 'BLOCK') break;
      if (verdict.action === 'MASK') body = verdict.body;
    }
    return { body, verdicts };
  }

  async function classify(input: ModerationInput, body: string): Promise<RuleVerdict | null> {
    const url = options.webhookUrl!;
    const call = { url, timeoutMs: options.webhookTimeoutMs, fetchFn: options.fetchFn ?? fetch, signal: calls.signal };
    const result = await askClassifier(call, { ...input, body });
    if (result.ok) return classifierVerdict(result.answer, body);
    options.onClassifierFailure?.(result.failure, input);
    return unavailableVerdict(options.failMode, body);
  }

  return {
    async moderate(input) {
      // Edits change a message in place rather than add one, so they neither count as nor meet repeats.
      const key = input.kind === 'send' ? repeatKey(input.body) : null;
      let { body, verdicts } = builtInRules(input, key);
      if (verdicts.some((v) => v.action === 'BLOCK')) return combineVerdicts(body, verdicts);
      // Remembered before the classifier's round trip, so concurrent copies see each other.
      const entry: RepeatEntry | null = key === null ? null : repeats.record(input.roomId, input.authorId, key, now());
      if (options.webhookUrl && !verdicts.some((v) => v.action === 'HOLD')) {
        const verdict = await classify(input, body);
        if (verdict !== null) verdicts = [...verdicts, verdict];
        if (verdict?.action === 'MASK') body = verdict.body;
      }
      const decision = combineVerdicts(body, verdicts);
      if (entry && decision.action === 'BLOCK') repeats.forget(input.roomId, input.authorId, entry);
      if (entry && decision.action !== 'BLOCK' && decision.body !== input.body) entry.alias = repeatKey(decision.body);
      return decision;
    },
    recordPublished(message) {
      repeats.confirm(message.roomId, message.authorId, repeatKey(message.body), now());
    },
    dispose() {
      calls.abort();
      calls = new AbortController();
      repeats.clear();
    },
  };
}
