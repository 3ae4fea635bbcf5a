import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { collapseCssWhitespace } from './scripts/css-whitespace.mjs';

// Outputs from the same sources:
// 1. dist/**: one ES module per source file with .d.ts beside it, dependencies left as imports,
//    for apps that npm-import the package and bundle it themselves (tree-shakable).
// 2. dist/alis-billing.js: the payer elements for a resident-portal page, self-contained.
// 3. dist/alis-staff.js: the billing team's elements for a back-office page, self-contained.
//    A resident's browser never downloads the Payment Center.
// 2 and 3 come from one build, so what they have in common (Lit, the SDK, the provider, shared
// parts) is one set of chunks in dist/chunks/: a page with both loads Lit once, and Lit creates its
// Trusted Types policy (`lit-html`) once, which `trusted-types lit-html` requires.
const entries = {
  index: 'src/index.ts',
  payer: 'src/payer.ts',
  staff: 'src/staff.ts',
  'sdk/index': 'src/sdk/index.ts',
  'components/index': 'src/components/index.ts',
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

const isDependency = (id) => /^(lit|@lit\/|@lit-labs\/|openapi-fetch|tslib|@stripe\/stripe-js)(\/|$)/.test(id);

/**
 * The bundles a plain page loads with one <script type="module"> each, production Lit included and
 * minified. Code both need, and what only some pages need (Stripe's loader, the test-mode card
 * fields), is split into dist/chunks/, fetched relative to the bundle's own URL (statically
 * imported chunks at once, the others on first use).
 */
const selfContained = {
  input: { 'alis-billing': 'src/payer.ts', 'alis-staff': 'src/staff.ts' },
  output: {
    dir: 'dist',
    entryFileNames: '[name].js',
    // Rollup names a chunk after one of its modules; the common one is named for what it is.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // No `development` condition: Lit resolves to its production build.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
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
