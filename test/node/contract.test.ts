import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderGeneratedFiles } from '../../scripts/generate-api.mjs';

test('the generated contract types and JSON document match the OpenAPI document (run `npm run generate`)', async () => {
  const files = (await renderGeneratedFiles()) as Record<string, string>;
  for (const [path, expected] of Object.entries(files)) {
    const actual = await readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
    assert.ok(actual === expected, `${path} is stale: run \`npm run generate\``);
  }
});

test('the committed MSW worker script is the one shipped with the installed msw', async () => {
  const committed = await readFile(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
  const shipped = await readFile(new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
  assert.equal(committed, shipped, 'run `npx msw init public` after upgrading msw');
});
