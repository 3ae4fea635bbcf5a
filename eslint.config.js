// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

// What no file of the mock backend imports: it answers the same contract as the SDK, whose types both
// read from src/contract/, but it is a backend and uses neither the client nor the widgets. (Today it
// needs nothing from src/sdk/; the engine's types were the only link, and they moved to src/contract/.)
const mockServerBoundaries = [
  { group: ['**/sdk', '**/sdk/**'], message: 'The mock backend does not use the SDK: the contract types are in src/contract/types.ts.' },
  { group: ['**/components/**', '**/core/**', '**/define/**', '**/events/**'], message: 'The mock backend does not import the widgets or their helpers.' },
];

export default tseslint.config(
  {
    ignores: ['.scratch/', '.examples-build/', '.sb-*/', 'dist/', 'storybook-static/', 'node_modules/', 'public/', 'src/contract/generated/', 'custom-elements.json'],
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
  // The layers (see ARCHITECTURE.md): the contract (src/contract/) stands alone; the mock backend
  // and the SDK both read it and never each other; the billing engine runs in Node and in a service
  // worker alike and knows nothing of MSW, Lit, the DOM or the widgets; the SDK and the pure logic in
  // core/ know nothing of the widgets or the mock; the widgets reach the mock only through the SDK.
  // A file matched by two zones gets the later one's patterns only, so the engine's zone repeats the
  // mock-wide boundaries.
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sdk', '**/sdk/**', '**/mock-server/**', '**/components/**', '**/core/**', '**/define/**', '**/events/**', 'msw', 'msw/*', 'lit', 'lit/*', '@lit/*'],
              message: 'src/contract/ is the contract alone: the SDK and the mock both import it, so it imports neither, nor anything above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/mock-server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: mockServerBoundaries }] },
  },
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
            ...mockServerBoundaries,
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
