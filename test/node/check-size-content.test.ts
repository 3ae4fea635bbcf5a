// The size check's content rule fails a build whose production output carries the mock backend,
// the test card fields outside their on-demand chunk, or Lit's development build. Each case is a
// tiny fake dist/ in a temp dir, checked by the real script (`--content-only`, no builds).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const script = new URL('../../scripts/check-size.mjs', import.meta.url).pathname;
const clean = 'export const ok = 1;\n';

interface FakeFile {
  source: string;
  facade?: string;
  imports?: string[];
  dynamicImports?: string[];
}

/** Runs the content check on a fake dist/ holding `files`; returns its exit code and output. */
function checkContent(files: Record<string, FakeFile>): { status: number | null; output: string } {
  const dist = mkdtempSync(join(tmpdir(), 'alis-size-'));
  try {
    mkdirSync(join(dist, 'chunks'));
    const manifest: Record<string, { facade: string | null; imports: string[]; dynamicImports: string[] }> = {};
    for (const [name, file] of Object.entries(files)) {
      writeFileSync(join(dist, name), file.source);
      manifest[name] = { facade: file.facade ?? null, imports: file.imports ?? [], dynamicImports: file.dynamicImports ?? [] };
    }
    writeFileSync(join(dist, 'bundle-manifest.json'), JSON.stringify(manifest));
    const run = spawnSync(process.execPath, [script, '--content-only', '--dist', dist], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

const testCardFields = "const c='alis-test-card__field';const b='Test mode — do not enter a real card.';\n";

describe('check-size: production content', () => {
  it('passes clean bundles, and the test card fields in their own on-demand chunk', () => {
    const { status, output } = checkContent({
      'alis-billing.js': { source: clean, imports: ['chunks/shared.js'], dynamicImports: ['chunks/test-card-fields.js'] },
      'alis-staff.js': { source: clean, imports: ['chunks/shared.js'] },
      'chunks/shared.js': { source: clean },
      'chunks/test-card-fields.js': { source: testCardFields, facade: 'src/sdk/tokenizers/test-card-fields.ts' },
    });
    assert.equal(status, 0, output);
  });

  it('fails when MSW reaches a chunk an element loads on demand', () => {
    const { status, output } = checkContent({
      'alis-billing.js': { source: clean, dynamicImports: ['chunks/alis-invoices.js'] },
      'alis-staff.js': { source: clean },
      'chunks/alis-invoices.js': { source: "console.warn('[MSW] Mocking enabled.');\n", facade: 'src/define/alis-invoices.ts' },
    });
    assert.equal(status, 1, output);
    assert.match(output, /chunks\/alis-invoices\.js: MSW/);
  });

  it('fails when the test card fields load up front, even from their own chunk', () => {
    const { status, output } = checkContent({
      'alis-billing.js': { source: clean, imports: ['chunks/test-card-fields.js'] },
      'alis-staff.js': { source: clean },
      'chunks/test-card-fields.js': { source: testCardFields, facade: 'src/sdk/tokenizers/test-card-fields.ts' },
    });
    assert.equal(status, 1, output);
    assert.match(output, /test card fields/);
  });

  it('fails when the test card fields are bundled into another chunk', () => {
    const { status, output } = checkContent({
      'alis-billing.js': { source: clean, dynamicImports: ['chunks/alis-add-payment-method.js'] },
      'alis-staff.js': { source: clean },
      'chunks/alis-add-payment-method.js': { source: testCardFields, facade: 'src/define/alis-add-payment-method.ts' },
    });
    assert.equal(status, 1, output);
    assert.match(output, /alis-add-payment-method\.js: the test card fields/);
  });

  it("fails on Lit's development build", () => {
    const { status, output } = checkContent({
      'alis-billing.js': { source: clean },
      'alis-staff.js': { source: "issueWarning('dev-mode', 'Lit is in dev mode. Not recommended for production!');\n" },
    });
    assert.equal(status, 1, output);
    assert.match(output, /alis-staff\.js: Lit's development build/);
  });
});
