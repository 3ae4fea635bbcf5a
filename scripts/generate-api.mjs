#!/usr/bin/env node
// Generates, from the OpenAPI document (the single source of truth for the HTTP API), the two
// forms the code reads it in, both in src/contract/generated/ where the SDK and the mock alike
// may import them:
// - openapi-schema.ts — its types (openapi-typescript), re-exported by src/contract/types.ts;
// - alis-billing.openapi.json — the document itself, for the mock's validator. JSON rather than a
//   TS literal, so it is imported as data (`with { type: 'json' }`) and no compiler reads it as code.
// `--check` writes nothing and fails when either file is stale, so contract drift fails CI.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const documentUrl = new URL('openapi/alis-billing.openapi.yaml', root);
const banner = '// Generated from openapi/alis-billing.openapi.yaml by scripts/generate-api.mjs. Do not edit.\n';

export async function renderGeneratedFiles() {
  const source = await readFile(documentUrl, 'utf8');
  const document = parse(source);
  const ast = await openapiTS(document, { alphabetize: false, exportType: true });
  return {
    'src/contract/generated/openapi-schema.ts': `${banner}/* eslint-disable */\n${astToString(ast)}`,
    'src/contract/generated/alis-billing.openapi.json': `${JSON.stringify(document, null, 2)}\n`,
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await renderGeneratedFiles();
  let stale = 0;
  for (const [relativePath, contents] of Object.entries(files)) {
    const path = fileURLToPath(new URL(relativePath, root));
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current === contents) continue;
    if (check) {
      console.error(`stale: ${relativePath} — run \`npm run generate\``);
      stale++;
    } else {
      await writeFile(path, contents);
      console.log(`wrote ${relativePath}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
