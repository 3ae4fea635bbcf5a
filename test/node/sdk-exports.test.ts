// The self-contained bundles export the SDK through src/bundles/sdk-exports.ts, a list written out
// so the tokenizers' code stays out of what a page loads first. It must not drift from the SDK's
// own surface: every value src/sdk/index.ts and its tokenizers' subpath export, the bundles export too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as sdkAlone from '../../src/sdk/index.js';
import * as tokenizers from '../../src/sdk/tokenizers/index.js';
import * as bundled from '../../src/bundles/sdk-exports.js';

const sdk = { ...sdkAlone, ...tokenizers };

describe('the bundles’ SDK exports', () => {
  it('are the SDK’s own, name for name', () => {
    assert.deepEqual(Object.keys(bundled).sort(), Object.keys(sdk).sort());
  });

  it('are the SDK’s own values, except the tokenizer factories, which load their code on first use', () => {
    const differ = Object.keys(sdk).filter((name) => (sdk as Record<string, unknown>)[name] !== (bundled as Record<string, unknown>)[name]);
    assert.deepEqual(differ.sort(), ['createStripeTokenizer', 'createTestTokenizer']);
  });
});
