// Lint: typescript-eslint's recommended rules, type-aware where they catch real bugs (floating promises).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A package's dist/ is its private layout: it moves between patch releases, and its public entry point is the contract.
const LIBRARY_INTERNALS = { group: ['**/dist/**'], message: "Import from the package's public entry point, not its dist/." };
// Commands must run in a unit of work; the library's bus alone would run them outside any transaction.
const BARE_COMMAND_BUS = {
  name: '@nestjs/cqrs',
  importNames: ['CommandBus'],
  message: 'Send commands with TransactionalCommandBus (@promenade/platform): it runs each in one unit of work.',
};
// A handler's id keys its stored inbox rows and dead letters; the library's decorator would leave it to the class name.
const BARE_EVENTS_HANDLER = {
  name: '@nestjs/cqrs',
  importNames: ['EventsHandler'],
  message: 'use @EventHandler(id, ...) from @promenade/messaging',
};

export default tseslint.config(
  { ignores: ['dist/**', 'libs/schematics/dist/**', 'node_modules/**', 'coverage/**', '.data/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [BARE_COMMAND_BUS, BARE_EVENTS_HANDLER], patterns: [LIBRARY_INTERNALS] }],
    },
  },
  {
    // The one place that wraps the library's bus.
    files: ['libs/persistence/src/unit-of-work-command-bus*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [BARE_EVENTS_HANDLER], patterns: [LIBRARY_INTERNALS] }] },
  },
  {
    // The framework's @EventHandler applies the library's decorator, id added.
    files: ['libs/messaging/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [BARE_COMMAND_BUS], patterns: [LIBRARY_INTERNALS] }] },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
