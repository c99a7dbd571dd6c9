// INTROSPECTION=off: a validation rule refuses __schema and __type, over HTTP and WebSocket alike
// (the socket bridge runs yoga's validate). graphql-js's own rule rather than
// @graphql-yoga/plugin-disable-introspection, which decides per HTTP request and so would leave
// WebSocket operations (no request) open.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
