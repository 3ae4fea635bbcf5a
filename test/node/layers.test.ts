// The layers hold because lint refuses what would cross them: each forbidden import, in a file of
// the layer it would break, is reported by `npm run lint` with the rule's own sentence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The messages lint gives `code` as if it were the file at `filePath`. */
async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layers', () => {
  const crossings: Array<[string, string, RegExp]> = [
    ['src/mock-server/engine/x.ts', "import { http } from 'msw';\nexport const h = http;\n", /does not know MSW/],
    ['src/mock-server/engine/x.ts', "import { html } from 'lit';\nexport const t = html;\n", /no DOM or Lit/],
    ['src/mock-server/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", /no Node modules/],
    ['src/mock-server/engine/x.ts', "import { formatMoney } from '../../core/format.js';\nexport const f = formatMoney;\n", /does not import the widgets/],
    ['src/mock-server/engine/x.ts', 'export const d = document.title;\n', /has no DOM/],
    ['src/components/invoices/x.ts', "import { mockBackend } from '../../mock-server/handlers.js';\nexport const b = mockBackend;\n", /only through the SDK/],
    ['src/sdk/x.ts', "import { AlisInvoices } from '../components/invoices/invoices.js';\nexport const i = AlisInvoices;\n", /SDK stands alone/],
    ['src/sdk/x.ts', "import { mockBackend } from '../mock-server/handlers.js';\nexport const b = mockBackend;\n", /does not know the mock/],
    ['src/core/x.ts', "import { LitElement } from 'lit';\nexport const l = LitElement;\n", /imports no widget and no Lit/],
    ['src/contract/x.ts', "import type { Money } from '../sdk/types.js';\nexport type M = Money;\n", /contract alone/],
    ['src/contract/x.ts', "import { mockBackend } from '../mock-server/handlers.js';\nexport const b = mockBackend;\n", /contract alone/],
    ['src/contract/x.ts', "import { formatMoney } from '../core/format.js';\nexport const f = formatMoney;\n", /contract alone/],
    ['src/mock-server/engine/x.ts', "import type { Money } from '../../sdk/types.js';\nexport type M = Money;\n", /does not use the SDK/],
    ['src/mock-server/routes/x.ts', "import { createAlisClient } from '../../sdk/index.js';\nexport const c = createAlisClient;\n", /does not use the SDK/],
    ['src/mock-server/x.ts', "import type { components } from '../sdk/generated/openapi-schema.js';\nexport type C = components;\n", /does not use the SDK/],
    ['src/mock-server/routes/x.ts', "import { formatMoney } from '../../core/format.js';\nexport const f = formatMoney;\n", /does not import the widgets/],
  ];
  for (const [filePath, code, expected] of crossings) {
    it(`refuses ${code.split('\n')[0]} in ${filePath}`, async () => {
      const messages = await layerMessages(filePath, code);
      assert.ok(messages.some((m) => expected.test(m)), `expected ${expected} among ${JSON.stringify(messages)}`);
    });
  }

  it('lets each layer import what it may', async () => {
    assert.deepEqual(await layerMessages('src/mock-server/engine/x.ts', "import type { components } from '../../contract/types.js';\nexport type C = components;\n"), []);
    assert.deepEqual(await layerMessages('src/mock-server/openapi/x.ts', "import document from '../../contract/generated/alis-billing.openapi.json' with { type: 'json' };\nexport const d = document;\n"), []);
    assert.deepEqual(await layerMessages('src/sdk/x.ts', "import type { components } from '../contract/types.js';\nexport type C = components;\n"), []);
    assert.deepEqual(await layerMessages('src/contract/x.ts', "export type { components } from './generated/openapi-schema.js';\n"), []);
    assert.deepEqual(await layerMessages('src/components/invoices/x.ts', "import { createAlisClient } from '../../sdk/index.js';\nexport const c = createAlisClient;\n"), []);
    assert.deepEqual(await layerMessages('src/core/x.ts', "import { AlisApiError } from '../sdk/errors.js';\nexport const e = AlisApiError;\n"), []);
  });
});
