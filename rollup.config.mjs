import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { relative, sep } from 'node:path';
import { readdirSync } from 'node:fs';
import { collapseCssWhitespace } from './scripts/css-whitespace.mjs';

// Outputs from the same sources:
// 1. dist/**: one ES module per source file with .d.ts beside it, dependencies left as imports,
//    for apps that npm-import the package and bundle it themselves (tree-shakable).
// 2. dist/alis-billing.js: the payer elements for a resident-portal page, self-contained.
// 3. dist/alis-staff.js: the billing team's elements for a back-office page, self-contained.
//    A resident's browser never downloads the Payment Center. Both define the provider at once and
//    every other tag the first time it is in the page (src/bundles/autoload.ts), and the elements
//    load the steps they open (pay flow, add-method form, receipts, tabs) on first need, so each
//    element and step is a chunk of its own in dist/chunks/.
// 2 and 3 come from one build, so what they have in common (Lit, the SDK, the provider, shared
// parts) is one set of chunks in dist/chunks/: a page with both loads Lit once, and Lit creates its
// Trusted Types policy (`lit-html`) once, which `trusted-types lit-html` requires.
const entries = {
  index: 'src/index.ts',
  payer: 'src/payer.ts',
  staff: 'src/staff.ts',
  'sdk/index': 'src/sdk/index.ts',
  'sdk/tokenizers/index': 'src/sdk/tokenizers/index.ts',
  'components/index': 'src/components/index.ts',
  'themes/themes': 'src/themes/themes.ts',
  // React wrappers, one module per element (written from the manifest; see scripts/react-wrappers.mjs).
  ...Object.fromEntries(readdirSync('src/react').map((file) => [`react/${file.replace(/\.ts$/, '')}`, `src/react/${file}`])),
  'define/alis-billing-provider': 'src/define/alis-billing-provider.ts',
  'define/alis-invoices': 'src/define/alis-invoices.ts',
  'define/alis-pay-outstanding': 'src/define/alis-pay-outstanding.ts',
  'define/alis-payment-history': 'src/define/alis-payment-history.ts',
  'define/alis-pay-flow': 'src/define/alis-pay-flow.ts',
  'define/alis-amount-input': 'src/define/alis-amount-input.ts',
  'define/alis-payment-methods': 'src/define/alis-payment-methods.ts',
  'define/alis-add-payment-method': 'src/define/alis-add-payment-method.ts',
  'define/alis-accept-invitation': 'src/define/alis-accept-invitation.ts',
  'define/alis-payment-center': 'src/define/alis-payment-center.ts',
  'define/alis-connect-access': 'src/define/alis-connect-access.ts',
};

const isDependency = (id) => /^(lit|@lit\/|@lit-labs\/|tslib|@stripe\/stripe-js|react)(\/|$)/.test(id);

/**
 * Writes dist/bundle-manifest.json: for each file of the self-contained build, the source module it
 * stands for (an entry's or an `import()`ed define module's) and what it imports, statically and
 * on demand. scripts/check-size.mjs reads it to add up what a page loads at once and per element.
 */
function chunkManifest() {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      const files = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const source = (id) => relative(process.cwd(), id).split(sep).join('/');
        const facade = chunk.facadeModuleId ? source(chunk.facadeModuleId) : null;
        // The `import()`ed modules a chunk holds without being their facade (a grouped chunk).
        const holds = chunk.dynamicImports === undefined ? [] : Object.keys(chunk.modules).map(source).filter((id) => id.startsWith('src/define/') || id.startsWith('src/components/'));
        files[chunk.fileName] = { facade, holds, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
      }
      this.emitFile({ type: 'asset', fileName: 'bundle-manifest.json', source: `${JSON.stringify(files, null, 2)}\n` });
    },
  };
}

/** Resolution for the browser with Lit's production build: no `development` condition. */
export const productionResolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] });

/**
 * What makes the self-contained output small, after TypeScript: whitespace-free templates and terser.
 * Shared with scripts/check-size.mjs, which measures each element and the SDK alone the same way.
 */
export const minifyPlugins = () => [
  // Whitespace in html`` templates collapses to one space (never removed: "Pay ${amount} now"
  // keeps its spaces) and empty attributes stay (`<option value="">` means "everyone", not its
  // text). css`` templates lose comments and needless whitespace only (scripts/css-whitespace.mjs):
  // their token() placeholders sit inside declarations, which Lightning CSS cannot parse.
  minifyHTML({
    failOnError: true,
    options: {
      minifyOptions: { collapseWhitespace: true, conservativeCollapse: true, removeEmptyAttributes: false, minifyCSS: collapseCssWhitespace },
    },
  }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * The bundles a plain page loads with one <script type="module"> each, production Lit included and
 * minified. Code both need, and what only some pages need (Stripe's loader, the test-mode card
 * fields), is split into dist/chunks/, fetched relative to the bundle's own URL (statically
 * imported chunks at once, the others on first use).
 */
/**
 * Groups what the usual first screen of each page needs into few files: a file gzips better with
 * its neighbours than on its own, and splitting only by which `import()` needs what cut the payer
 * page into 19 files (51.5 kB gzipped one by one, 40 kB together). What both pages' first screens
 * need (Lit, the SDK, the provider, states) goes to `first-screen`; what only the four usual payer
 * widgets need to `payer-first-screen` (or `-shared`, for what a staff tab also uses, so that tab
 * does not load the payer widgets); likewise `staff-first-screen` for the Payment Center on its
 * first tab. The bundle entries' own modules join `first-screen`, so a page with only the guide
 * does not load the four widgets. Everything else is split as rollup sees fit and loads on first need.
 */
function firstScreenChunks() {
  const PAYER_ENTRY = 'src/bundles/alis-billing.ts';
  const STAFF_ENTRY = 'src/bundles/alis-staff.ts';
  // The bundle imports these four widgets' classes and defines each in a task of its own.
  const PAYER_WIDGETS = ['pay-outstanding/pay-outstanding', 'invoices/invoices', 'payment-history/payment-history', 'payment-methods/payment-methods'].map(
    (path) => `src/components/${path}.ts`,
  );
  const STAFF_WIDGETS = ['src/define/alis-payment-center.ts', 'src/components/payment-center/undeposited-panel.ts'];
  const source = (id) => relative(process.cwd(), id).split(sep).join('/');
  let groups;
  const closure = (roots, getModuleInfo, ids, { dynamic = false } = {}) => {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      const info = getModuleInfo(id);
      for (const next of info?.importedIds ?? []) visit(next);
      if (dynamic) for (const next of info?.dynamicallyImportedIds ?? []) visit(next);
    };
    for (const root of roots) {
      const id = ids.find((candidate) => source(candidate) === root);
      if (id) visit(id);
    }
    return seen;
  };
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!groups) {
      const ids = [...getModuleIds()];
      const payerEntry = closure([PAYER_ENTRY], getModuleInfo, ids);
      const staffEntry = closure([STAFF_ENTRY], getModuleInfo, ids);
      // The payer entry loads the provider with `import()`, at once: it is part of the first screen.
      const payerFirst = closure([PAYER_ENTRY, 'src/define/alis-billing-provider.ts', ...PAYER_WIDGETS], getModuleInfo, ids);
      const staffFirst = closure([STAFF_ENTRY, ...STAFF_WIDGETS], getModuleInfo, ids);
      groups = {
        payerEntry, staffEntry, payerFirst, staffFirst,
        payerAll: closure([PAYER_ENTRY], getModuleInfo, ids, { dynamic: true }),
        staffAll: closure([STAFF_ENTRY], getModuleInfo, ids, { dynamic: true }),
      };
    }
    const { payerEntry, staffEntry, payerFirst, staffFirst, payerAll, staffAll } = groups;
    // The entries' own code (which tags they autoload) stays in the entries: in a shared chunk a
    // staff page would run the payer bundle's autoload too.
    if (source(id) === PAYER_ENTRY || source(id) === STAFF_ENTRY) return undefined;
    // Each module goes to exactly one group: rollup moves a grouped module's unassigned
    // dependencies into its group, which would make the staff tabs import the payer widgets.
    // What the payer entry runs before anything else (the SDK, the early reads, what it exports)
    // is a small chunk of its own, so its first requests do not wait for Lit and the widgets.
    if (payerEntry.has(id)) return 'head';
    // What only the staff entry runs at once (which tags and panels it loads, its events) stays off
    // the payer page.
    if (staffEntry.has(id) && !payerFirst.has(id)) return 'staff-head';
    if ((payerFirst.has(id) && staffFirst.has(id)) || staffEntry.has(id)) return 'first-screen';
    if (payerFirst.has(id)) return staffAll.has(id) ? 'payer-first-screen-shared' : 'payer-first-screen';
    if (staffFirst.has(id)) return payerAll.has(id) ? 'staff-first-screen-shared' : 'staff-first-screen';
    return undefined;
  };
}

const selfContained = {
  input: { 'alis-billing': 'src/bundles/alis-billing.ts', 'alis-staff': 'src/bundles/alis-staff.ts' },
  output: {
    dir: 'dist',
    entryFileNames: '[name].js',
    // Rollup names a chunk after one of its modules; the common one is named for what it is.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry || chunk.name.includes('first-screen') || chunk.name.endsWith('head') ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
    // Each tag and step being its own `import()`, rollup would cut the modules they share into dozens
    // of sub-kilobyte chunks, each a request that gzips badly on its own. Small ones are merged
    // into a chunk that loads anyway where that runs no side effect early (pure modules only). The
    // payer page of four widgets, gzipped file by file (issue 15): 45.6 kB in 22 files unmerged,
    // 45.4 kB in 17 at 2 kB, 47.1 kB in 15 at 4 kB, 49.7 kB in 13 at 8 kB (merging larger chunks
    // adds code a page does not use).
    experimentalMinChunkSize: 2_000,
    manualChunks: firstScreenChunks(),
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    productionResolve(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
    ...minifyPlugins(),
    chunkManifest(),
  ],
};

export default [
  {
    input: entries,
    external: isDependency,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: true, declarationDir: 'dist' }),
    ],
  },
  selfContained,
];
