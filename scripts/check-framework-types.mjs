#!/usr/bin/env node
// The built package's types, checked as apps use them: a React 19 page (test/types/react-jsx.tsx)
// against the JSX types generated from custom-elements.json, Vue's GlobalComponents
// (test/types/vue.ts), a Node-only app
// (test/types/node-sdk.ts) against the SDK with no DOM library and no skipLibCheck, and every tag a
// define module registers present in VS Code's custom data and JetBrains' web-types. Part of
// `npm test`, after the build.
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

let failed = 0;
const report = (ok, what) => {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
};

function typeCheck(project, what) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { encoding: 'utf8' });
  report(tsc.status === 0, what);
  if (tsc.status !== 0) console.log(`${tsc.stdout}${tsc.stderr}`.trim().replace(/^/gm, '      '));
}
typeCheck('test/types/tsconfig.json', 'a React 19 page type-checks against the JSX types, and its deliberate mistakes are caught');
typeCheck('test/types/tsconfig.node.json', 'a Node-only app type-checks against /sdk without the DOM library or skipLibCheck');
typeCheck('test/types/tsconfig.vue.json', 'Vue templates see every tag through GlobalComponents, with typed props');
typeCheck('examples/react/tsconfig.json', 'the React example type-checks against the generated wrappers and their typed event props');
typeCheck('test/types/tsconfig.svelte.json', 'Svelte markup sees every tag through svelteHTML, with typed props');

const tags = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));
const vscode = JSON.parse(readFileSync('dist/types/vscode.html-custom-data.json', 'utf8'));
const webTypes = JSON.parse(readFileSync('dist/types/web-types.json', 'utf8'));
const missing = (names) => tags.filter((tag) => !names.includes(tag));
report(missing(vscode.tags.map((tag) => tag.name)).length === 0, `VS Code custom data lists every tag (${vscode.tags.length}) ${missing(vscode.tags.map((tag) => tag.name)).join(' ')}`);
report(missing(webTypes.contributions.html.elements.map((element) => element.name)).length === 0, `JetBrains web-types list every tag ${missing(webTypes.contributions.html.elements.map((element) => element.name)).join(' ')}`);
const payFlow = vscode.tags.find((tag) => tag.name === 'alis-pay-flow');
report(payFlow && payFlow.attributes.every((attribute) => ['locale', 'heading-level'].includes(attribute.name)), 'no internal state offered as an attribute (alis-pay-flow: locale, heading-level)');
process.exit(failed ? 1 : 0);
