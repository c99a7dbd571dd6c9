// Lint rules (npm run lint runs eslint, then prettier --check for formatting): eslint's and
// typescript-eslint's recommended sets everywhere, the rules of hooks in the client.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'drizzle/', 'server/graphql/generated/', 'client/src/gql/', '.scratch/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The type check already fails on unused names (noUnusedLocals/Parameters), and counts a const used only in a type as used.
      '@typescript-eslint/no-unused-vars': 'off',
      // Refusing control characters (server/text) and stripping terminal colours (bench) are why those regexes exist.
      'no-control-regex': 'off',
      // A `let` read in callbacks created before its one assignment (main.tsx: session, socket and Apollo refer to each other) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.test.ts', 'server/test/**'],
    // Tests read the API's JSON answers untyped on purpose; the schema's types are checked by codegen, not here.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/**/*.test.ts', 'client/src/testing/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    // The classic rules of hooks. v7's recommended set adds the React Compiler's rules (no ref reads
    // in render, no setState in effects, ...), which assume the compiler; the client is not built with it.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
