import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Aimed at the mistakes that make a payment check lie: un-awaited promises and Playwright calls
// (a check that finishes before it looked), conditions that can never change, and tests that
// assert nothing or were skipped without saying why.

/** golive's own helpers that fail the test when their check does not hold (expect, expect.poll inside). */
const ASSERTION_HELPERS = ['expectApiError', 'expectPaymentState', 'expectFulfilledOnce', 'expectNothingAccepted', 'orderWhen', 'settledOrder'];

export default defineConfig(
  {
    // Generated output and run artefacts (what a run writes goes to reports/; the code that writes it is reporting/).
    ignores: ['node_modules/', 'reports/', '*-local/', 'test-results/', 'playwright-report/', 'blob-report/', '.golive/'],
  },
  js.configs.recommended,
  {
    // Playwright reads a fixture's dependencies from its first parameter, so `async ({}, use)` is the idiom.
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      // `{ secret: _s, ...rest }` drops a field on purpose; `_`-named parameters are required by a signature.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // The Unified Checkout emulation is plain browser JS served as is; the TS project does not cover it.
    files: ['sandbox/sdk/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    // ES5-style on purpose: keeps Hyperswitch's parameter names in signatures it ignores, and `catch (e)`.
    rules: { 'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }] },
  },
  {
    // The single-page shop's browser module: an ES module served as is, no build step.
    files: ['sandbox/storefront-spa/public/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // The Vendure shop's storefront script: a classic browser script served as is, no build step.
    files: ['sandbox/shop-vendure/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scenarios/**/*.ts', 'self-tests/**/*.ts', 'fixtures/**/*.ts'],
    plugins: { playwright },
    rules: {
      'playwright/missing-playwright-await': 'error',
      'playwright/no-wait-for-timeout': 'error',
      // golive skips only as `test.skip(condition, reason)`, which the report shows as "not run".
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
      'playwright/expect-expect': ['error', { assertFunctionNames: ASSERTION_HELPERS }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(skip|fixme)$/][arguments.length<2]',
          message: 'Give the reason: test.skip(condition, reason) is what the report shows as "not run".',
        },
      ],
    },
  },
  {
    // Scenarios wait for a positive signal (expect.poll, web-first assertions), never for time.
    files: ['scenarios/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Wait for a positive signal (expect.poll) instead of a delay.' },
        { name: 'setInterval', message: 'Poll with expect.poll instead of a timer.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['timers/promises', 'node:timers/promises'].map((name) => ({ name, message: 'Wait for a positive signal (expect.poll) instead of a delay.' })),
        },
      ],
    },
  },
);
