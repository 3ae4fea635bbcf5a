import { readFileSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { rollup } from 'rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromePath, chromeArgs } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

// MSW's worker unregisters itself when the last page it controls closes. Test files come and go in
// pages of their own: when one closes just as the next is opening, the next page finds a
// registration that is being removed and no controller, and MSW's start() reloads it, which the
// runner reports as an interrupted test file. In tests the worker stays registered instead; a
// site's worker (public/) is served as MSW ships it.
const UNREGISTER = 'self.registration.unregister()';
const shippedWorker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');
if (!shippedWorker.includes(UNREGISTER)) throw new Error(`MSW's worker no longer calls ${UNREGISTER}; review the test runner's copy of it.`);
const mswWorker = shippedWorker.replace(UNREGISTER, '/* stays registered between test files */ void 0');

// The mock backend validates with Ajv and ajv-formats, which are CommonJS only (with JSON
// meta-schemas and circular requires); the test runner serves modules unbundled. Converting them
// file by file with `fromRollup(commonjs)` does not work: @rollup/plugin-commonjs (27+) needs
// Rollup's module graph to wrap circular modules, which the dev server's adapter does not have, so
// Ajv breaks either way ("does not provide an export named 'default'", or with
// `strictRequires: false` "code_1.Name is not a constructor"). Instead Rollup itself bundles the
// two packages once into one ES module, and their import specifiers are served from it (one copy
// of Ajv, shared by ajv-formats). Vite (Storybook, the demo) converts CommonJS itself.
const AJV_IMPORTS = { 'ajv/dist/2020.js': 'Ajv2020', 'ajv-formats': 'addFormats' };
const AJV_BUNDLE = '/__ajv__/bundle.js';
let ajvBundle;
function bundleAjv() {
  ajvBundle ??= (async () => {
    const entry = '\0ajv-entry';
    const build = await rollup({
      input: entry,
      plugins: [
        {
          name: 'ajv-entry',
          resolveId: (id) => (id === entry ? id : null),
          load: (id) =>
            id === entry
              ? Object.entries(AJV_IMPORTS).map(([from, name]) => `export { default as ${name} } from '${from}';`).join('\n')
              : null,
        },
        // Ajv `require`s its meta-schemas as .json files.
        { name: 'json', transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null) },
        nodeResolve({ browser: true }),
        // `auto`: a required .json module gives its default export (the JSON), not a namespace.
        commonjs({ requireReturnsDefault: 'auto' }),
      ],
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  })();
  return ajvBundle;
}
const ajvAsEsModule = {
  name: 'ajv-as-es-module',
  resolveImport: ({ source }) => (Object.hasOwn(AJV_IMPORTS, source) ? `/__ajv__/${AJV_IMPORTS[source]}.js` : undefined),
  async serve(context) {
    if (context.path === AJV_BUNDLE) return { body: await bundleAjv(), type: 'js' };
    const name = Object.values(AJV_IMPORTS).find((n) => context.path === `/__ajv__/${n}.js`);
    return name ? { body: `export { ${name} as default } from '${AJV_BUNDLE}';`, type: 'js' } : undefined;
  },
};

// test/components/fault-schedules.test.ts asks how many fault schedules to run (and from which
// seed): FAULT_SCHEDULE_RUNS=3000 npx web-test-runner test/components/fault-schedules.test.ts
const faultScheduleSettings = {
  name: 'fault-schedule-settings',
  executeCommand({ command }) {
    if (command !== 'fault-schedule-settings') return undefined;
    const whole = (value) => (value && /^\d+$/.test(value) ? Number(value) : null);
    return { runs: whole(process.env.FAULT_SCHEDULE_RUNS), seed: whole(process.env.FAULT_SCHEDULE_SEED) };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  rootDir: '.',
  // Lit's development build (with its warnings) in tests; `browser` so msw resolves its browser entry.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    // Chromium's accessibility tree for tests that check what a screen reader is given.
    a11ySnapshotPlugin(),
    // `esnext`: the tests run in a current Chromium, and any lower target makes esbuild drop import
    // attributes, so the mock's `import … from '….json' with { type: 'json' }` would reach the
    // browser without them and fail to load.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }), ajvAsEsModule, faultScheduleSettings],
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
