// Errors that graphql-js writes itself (invalid variable values, unknown fields, bad literals) quote
// what the client sent, whole. This plugin cuts those quotes (errors.ts's cutEchoes) in validation
// and execution results, over HTTP and WebSocket alike (the bridge runs yoga's validate and execute);
// our own messages already go through `echo`.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { cutEchoes } from '../errors';

function shortened<T>(error: T): T {
  if (!(error instanceof GraphQLError)) return error;
  const message = cutEchoes(error.message);
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  }) as T;
}

function shortenResult(result: unknown, setResult: (result: ExecutionResult) => void): void {
  if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
  const { errors } = result as ExecutionResult;
  if (errors?.some((error) => shortened(error) !== error)) setResult({ ...(result as ExecutionResult), errors: errors.map(shortened) });
}

export function useShortErrorEchoes(): Plugin {
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(shortened));
      };
    },
    onExecute() {
      return { onExecuteDone: ({ result, setResult }) => shortenResult(result, setResult) };
    },
    onSubscribe() {
      return { onSubscribeResult: ({ result, setResult }) => shortenResult(result, setResult) };
    },
  };
}
