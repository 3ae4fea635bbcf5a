// Guards "an example test for every error code": every code of the document's `ErrorCode` enum has a
// test elsewhere in test/node that provokes and asserts it (through the mock's handlers, or through
// the SDK for `rate_limited`, which only a real gateway under load returns). A code added to the
// document without such a test fails here, naming the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { statusOf } from '../../src/mock-server/engine/errors.js';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';

const here = new URL('.', import.meta.url);
const testSources = readdirSync(here)
  .filter((name) => name.endsWith('.test.ts') && name !== 'error-codes.test.ts')
  .map((name) => ({ name, text: readFileSync(new URL(name, here), 'utf8') }));

function documentCodes(): string[] {
  const schemas = (openApiDocument as { components: { schemas: Record<string, { enum?: unknown[] }> } }).components.schemas;
  const codes = schemas['ErrorCode']?.enum ?? [];
  assert.ok(codes.length > 0, 'the document has no ErrorCode enum');
  return codes.map(String);
}

test('every error code of the document has a status in the engine', () => {
  for (const code of documentCodes()) {
    const status = statusOf(code as Parameters<typeof statusOf>[0]);
    assert.ok(Number.isInteger(status) && status >= 400 && status <= 599, `${code} has no error status`);
  }
});

test('every error code of the document is asserted by an example test', () => {
  const missing = documentCodes().filter((code) => !testSources.some((source) => source.text.includes(`'${code}'`)));
  assert.deepEqual(missing, [], `no test in test/node asserts these codes: ${missing.join(', ')}`);
});
