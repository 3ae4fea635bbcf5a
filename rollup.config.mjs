import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

// Two outputs from the same sources:
// 1. dist/**: one ES module per source file with .d.ts beside it, dependencies left as imports,
//    for apps that npm-import the package and bundle it themselves (tree-shakable).
// 2. dist/alis-billing.js: everything, production Lit included, minified, in one file a plain
//    HTML page loads with a single <script type="module">; code only some pages need is split
//    into dist/alis-billing-chunks/, which that file loads on first use.
const entries = {
  index: 'src/index.ts',
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
};

const isDependency = (id) => /^(lit|@lit\/|@lit-labs\/|openapi-fetch|tslib|@stripe\/stripe-js)(\/|$)/.test(id);

export default [
  {
    input: entries,
    external: isDependency,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: true, declarationDir: 'dist' }),
    ],
  },
  {
    input: 'src/index.ts',
    // One file to load; what only some pages need (Stripe's loader, the test-mode card fields) is
    // split into chunks beside it, fetched on first use relative to the script's own URL.
    output: {
      dir: 'dist',
      entryFileNames: 'alis-billing.js',
      chunkFileNames: 'alis-billing-chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      // No `development` condition: Lit resolves to its production build.
      nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
