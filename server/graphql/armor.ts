// Query limits, the same over HTTP and WebSocket: these are envelop plugins in yoga's chain, and the
// WebSocket bridge runs every operation through `yoga.getEnveloped`. Every refusal is an error for
// that one operation (BAD_USER_INPUT), reported before anything executes; nothing is thrown out of
// validation, so the bridge never turns a refusal into a closed socket.
//
// Introspection cycles (`__schema { types { fields { type { fields … } } } }`) are refused by
// graphql-js's own MaxIntrospectionDepthRule, part of `specifiedRules` since 16.9; depth and cost
// skip `__schema` (their default), so GraphiQL's introspection query (depth 21) keeps working.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { handleStreamOrSingleExecutionResult, type GraphQLParams, type Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config';
import { CourtsideError } from '../errors';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/** Armor's messages start with "Syntax Error: " whatever the limit; the rest is a readable sentence. */
function limitError(error: GraphQLError): CourtsideError {
  return new CourtsideError('BAD_USER_INPUT', error.message.replace(/^Syntax Error: /, ''));
}

/** For the validation rules: report the refusal like any validation error, so validation goes on. */
const reportRefusal = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(error))],
};

function armorConfig(limits: QueryLimits): ArmorConfig {
  return {
    // Fragments add no depth and no cost of their own: only fields nest and resolve.
    maxDepth: { n: limits.depth, flattenFragments: true, ...reportRefusal },
    maxAliases: { n: limits.aliases, ...reportRefusal },
    maxDirectives: { n: limits.directives, ...reportRefusal },
    costLimit: { maxCost: limits.cost, flattenFragments: true, ...reportRefusal },
    // The token count runs inside the parser, which has no validation context: throw, and the
    // transports answer it as they answer a syntax error.
    maxTokens: {
      n: limits.tokens,
      propagateOnRejection: false,
      onReject: [
        (_context, error) => {
          throw limitError(error);
        },
      ],
    },
    // Armor's version misses "Did you mean the enum value …?" and errors raised while coercing
    // variables; useHiddenSuggestions covers both.
    blockFieldSuggestion: { enabled: false },
  };
}

/** The length of the variables as JSON; deeply nested input that JSON cannot even write counts as too long. */
function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Infinity;
  }
}

/**
 * Refuses an operation whose variables are larger than the limit, before its document is parsed.
 * Hot path: runs once per operation (a small object's JSON costs microseconds).
 */
function useVariablesLimit(maxBytes: number): Plugin {
  return {
    onParse({ context }) {
      const variables = (context as { params?: GraphQLParams }).params?.variables;
      if (variables && jsonBytes(variables) > maxBytes) {
        throw new CourtsideError('BAD_USER_INPUT', `The variables are too large: the limit is ${maxBytes} bytes of JSON.`);
      }
    },
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function hideSuggestions(errors: readonly Error[] | undefined): void {
  for (const error of errors ?? []) {
    if (error.message.includes('Did you mean')) error.message = error.message.replace(SUGGESTION, '');
  }
}

/** Strips graphql-js's "Did you mean …?" from every error, so the schema cannot be guessed field by field. */
function useHiddenSuggestions(): Plugin {
  const onResult = ({ result }: { result: { errors?: readonly GraphQLError[] } }) => hideSuggestions(result.errors);
  return {
    onValidate:
      () =>
      ({ result }) =>
        hideSuggestions(result),
    onExecute: () => ({ onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, onResult) }),
    onSubscribe: () => ({ onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, onResult) }),
  };
}

/** Every query limit, for yoga's `plugins`. */
export function queryLimitPlugins(limits: QueryLimits): Plugin[] {
  return [useVariablesLimit(limits.variablesBytes), EnvelopArmorPlugin(armorConfig(limits)) as Plugin, useHiddenSuggestions()];
}
