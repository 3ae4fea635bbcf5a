// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['.scratch/', 'dist/', 'storybook-static/', 'node_modules/', 'public/', 'src/contract/generated/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'wc/guard-super-call': 'off', // Lit's base class always defines the callbacks.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (see ARCHITECTURE.md): the billing engine runs in Node and in a service worker alike
  // and knows nothing of MSW, Lit, the DOM or the widgets; the SDK and the pure logic in core/ know
  // nothing of the widgets or the mock; the widgets reach the mock only through the SDK.
  {
    files: ['src/mock-server/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['msw', 'msw/*'], message: 'The billing engine does not know MSW: HTTP belongs to src/mock-server/routes and handlers.ts.' },
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The billing engine has no DOM or Lit.' },
            { group: ['node:*'], message: 'The billing engine runs in browsers too: no Node modules.' },
            { group: ['**/components/**', '**/core/**', '**/define/**'], message: 'The billing engine does not import the widgets or their helpers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'customElements', 'HTMLElement', 'fetch'].map((name) => ({
          name,
          message: 'The billing engine has no DOM and makes no requests: it is handed what it needs.',
        })),
      ],
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/core/**/*.ts', 'src/define/**/*.ts', 'src/events/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mock-server/**', 'msw', 'msw/*'], message: 'Widgets reach the backend only through the SDK, never the mock.' }] },
      ],
    },
  },
  {
    files: ['src/sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/**', '**/define/**', '**/core/**', 'lit', 'lit/*', '@lit/*'], message: 'The SDK stands alone: no widgets, no Lit.' },
            { group: ['**/mock-server/**', 'msw', 'msw/*'], message: 'The SDK talks to any backend; it does not know the mock.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/**', '**/define/**', 'lit', 'lit/*', '@lit/*'], message: 'core/ is pure logic the widgets use: it imports no widget and no Lit.' },
            { group: ['**/mock-server/**', 'msw', 'msw/*'], message: 'core/ never knows the mock.' },
          ],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) look like unused expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
