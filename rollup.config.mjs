import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

// Two outputs from the same sources:
// 1. dist/**: one ES module per source file with .d.ts beside it, dependencies left as imports,
//    for apps that npm-import the package and bundle it themselves (tree-shakable).
// 2. dist/alis-billing.js: everything, production Lit included, minified, in one file a plain
//    HTML page loads with a single <script type="module">.
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
};

const isDependency = (id) => /^(lit|@lit\/|@lit-labs\/|openapi-fetch|tslib)(\/|$)/.test(id);

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
    output: { file: 'dist/alis-billing.js', format: 'es', sourcemap: true },
    plugins: [
      // No `development` condition: Lit resolves to its production build.
      nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
