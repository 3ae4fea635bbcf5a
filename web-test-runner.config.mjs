import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromePath, chromeArgs } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const mswWorker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  rootDir: '.',
  // Lit's development build (with its warnings) in tests; `browser` so msw resolves its browser entry.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // The MSW service worker must be served from the site root, or it controls nothing.
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.body = mswWorker;
        return undefined;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
      // With several test files at once, background tabs get no animation frames and fixtures hang;
      // separate windows keep every page rendering.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
