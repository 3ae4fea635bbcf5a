#!/usr/bin/env node
// Writes src/locales/es-payer.ts and es-staff.ts, which gather every `*.es.ts` beside the modules
// they translate. A billing team's module (under payment-center, connect-access, access-profiles,
// audit-trail, or any file that starts with `// area: staff`) goes to the staff chunk, so a payer's
// Spanish page never downloads the Payment Center's words. `--check` fails if the files are stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const STAFF_FOLDERS = ['payment-center', 'connect-access', 'access-profiles', 'audit-trail'];

function spanishFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? spanishFiles(path) : entry.name.endsWith('.es.ts') ? [path] : [];
    })
    .sort();
}

function areaOf(path) {
  const text = readFileSync(path, 'utf8');
  if (/^\/\/ area: staff/m.test(text.split('\n')[0] ?? '')) return 'staff';
  return STAFF_FOLDERS.some((folder) => path.includes(`/components/${folder}/`)) ? 'staff' : 'payer';
}

function gatherer(area, files, intro) {
  const imports = files.map((path, index) => {
    const from = `../${relative('src', path).replace(/\.ts$/, '.js')}`;
    return `import { spanish as words${index} } from '${from}';`;
  });
  const name = area === 'payer' ? 'spanishPayerWords' : 'spanishStaffWords';
  return [
    '// Written by scripts/write-locale-index.mjs: do not edit. Run `npm run locales` after adding a `*.es.ts`.',
    ...intro.map((line) => `// ${line}`),
    "import type { Catalog } from '../core/i18n/translate.js';",
    ...imports,
    '',
    `export const ${name}: Catalog = {${files.map((_, index) => ` ...words${index}`).join(',')}${files.length ? ' ' : ''}};`,
    '',
  ].join('\n');
}

const all = spanishFiles('src');
const outputs = {
  'src/locales/es-payer.ts': gatherer('payer', all.filter((path) => areaOf(path) === 'payer'), [
    'Spanish for everything a payer’s page shows: every payer element, the shared states and the core’s',
    'sentences. One chunk, loaded only where a page asks for Spanish.',
  ]),
  'src/locales/es-staff.ts': gatherer('staff', all.filter((path) => areaOf(path) === 'staff'), [
    'Spanish for the billing team’s elements, loaded after es-payer.ts, which they also read.',
  ]),
};

const check = process.argv.includes('--check');
let stale = false;
for (const [path, text] of Object.entries(outputs)) {
  const current = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current === text) continue;
  if (check) {
    console.error(`${path} is stale: run npm run locales`);
    stale = true;
  } else writeFileSync(path, text);
}
process.exit(stale ? 1 : 0);
