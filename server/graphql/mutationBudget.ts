// Every signed-in user's mutations share one budget (MUTATION_RATE_LIMIT), each root field costing
// one token, so reactions, typing or cheering cannot be used to flood. Message sends have their own
// per-room limit on top (moderation/postingGate.ts).
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Budget } from '../moderation/budget';
import { rateLimited } from '../moderation/postingGate';
import type { Context } from './context';

export function useMutationBudget(budget: Budget, enabled: boolean): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!enabled) return;
      const operation = getOperationAST(args.document, args.operationName);
      const viewer = (args.contextValue as Context).viewer;
      if (operation?.operation !== 'mutation' || !viewer) return;
      const spent = budget.spend(viewer.user.id, operation.selectionSet.selections.length);
      if (!spent.ok) setResultAndStopExecution({ errors: [rateLimited(spent.retryAfterMs, 'You are doing that too often')] });
    },
  };
}
