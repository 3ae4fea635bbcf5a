// Every string an element or the core writes goes through a `Translate`, whose first argument is
// the English text itself; this file reads those calls straight from the source and holds the
// Spanish catalogs to them: every message translated, with the same placeholders, plurals as
// plurals, and nothing translated that no element says any more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { spanishPayerWords } from '../../src/locales/es-payer.js';
import { spanishStaffWords } from '../../src/locales/es-staff.js';
import { createTranslate, english, type Catalog, type PluralForms } from '../../src/core/i18n/translate.js';

const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['mock-server', 'sdk', 'contract', 'generated', 'i18n'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.es.ts') ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'src/components')), ...sourceFiles(join(root, 'src/core'))];

/** A quoted literal: '…', "…" or `…` without `${`. */
const literal = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\`(?:[^\`\\$]|\\.)*\`)`;
const unquote = (quoted: string): string => quoted.slice(1, -1).replace(/\\(.)/g, '$1');

interface Message {
  key: string;
  plural: boolean;
  where: string;
}

function messagesIn(file: string): { messages: Message[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const where = relative(root, file);
  const messages: Message[] = [];
  const dynamic: string[] = [];
  const lineOf = (index: number) => `${where}:${text.slice(0, index).split('\n').length}`;
  for (const match of text.matchAll(new RegExp(String.raw`\bt\(\s*${literal}`, 'g'))) messages.push({ key: unquote(match[1]!), plural: false, where: lineOf(match.index) });
  for (const match of text.matchAll(new RegExp(String.raw`\bt\.ctx\(\s*${literal}\s*,\s*${literal}`, 'g'))) {
    messages.push({ key: `${unquote(match[1]!)}|${unquote(match[2]!)}`, plural: false, where: lineOf(match.index) });
  }
  for (const match of text.matchAll(new RegExp(String.raw`\bt\.plural\([^,]+,\s*\{\s*one:\s*${literal}\s*,\s*other:\s*${literal}\s*,?\s*\}`, 'g'))) {
    messages.push({ key: unquote(match[2]!), plural: true, where: lineOf(match.index) });
  }
  // A message built at run time cannot be found here, so it could never be translated.
  for (const match of text.matchAll(/\bt(\.ctx|\.plural)?\(\s*(?!['"`\s)])/g)) {
    if (match[1] === '.plural') {
      const after = text.slice(match.index, match.index + 400);
      if (new RegExp(String.raw`^t\.plural\([^,]+,\s*\{\s*one:\s*${literal}\s*,\s*other:\s*${literal}`).test(after)) continue;
    }
    dynamic.push(lineOf(match.index));
  }
  for (const match of text.matchAll(/\bt\(\s*`[^`]*\$\{/g)) dynamic.push(lineOf(match.index));
  return { messages, dynamic };
}

const found = files.map(messagesIn);
const messages = found.flatMap((each) => each.messages);
const spanish: Catalog = { ...spanishPayerWords, ...spanishStaffWords };
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('languages: the messages in the source', () => {
  it('are found (the extraction works)', () => {
    assert.ok(messages.length > 0, 'no t(…) call found under src/components and src/core');
  });

  it('are all literals, so each can be translated', () => {
    assert.deepEqual(
      found.flatMap((each) => each.dynamic),
      [],
      't(…), t.ctx(…) and t.plural(…) take literal English text, with {placeholders} for what varies',
    );
  });

  it('all have Spanish, with the same placeholders', () => {
    const problems: string[] = [];
    for (const { key, plural, where } of messages) {
      const entry = spanish[key];
      if (entry === undefined) {
        problems.push(`${where}: no Spanish for ${JSON.stringify(key)}`);
        continue;
      }
      if (plural && typeof entry === 'string') problems.push(`${where}: ${JSON.stringify(key)} is a plural; give its Spanish { one, other }`);
      const english = key.includes('|') && !plural ? key.slice(key.indexOf('|') + 1) : key;
      const forms = typeof entry === 'string' ? [entry] : Object.values(entry as PluralForms);
      for (const form of forms) {
        const expected = placeholders(english).filter((name) => !(plural && name === 'count'));
        const got = placeholders(form).filter((name) => !(plural && name === 'count'));
        if (JSON.stringify(expected) !== JSON.stringify(got)) problems.push(`${where}: ${JSON.stringify(key)} has {${expected.join('}, {')}} but its Spanish ${JSON.stringify(form)} has {${got.join('}, {')}}`);
      }
    }
    assert.deepEqual([...new Set(problems)], []);
  });

  it('leave no Spanish that nothing says any more', () => {
    const used = new Set(messages.map((message) => message.key));
    assert.deepEqual(
      Object.keys(spanish).filter((key) => !used.has(key)),
      [],
      'these Spanish entries match no t(…) call: remove them, or fix the English key',
    );
  });
});

describe('languages: the Spanish catalogs', () => {
  it('give one key the same Spanish wherever it is repeated', async () => {
    const spanishFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? spanishFiles(path) : entry.name.endsWith('.es.ts') ? [path] : [];
      });
    const seen = new Map<string, { text: string; where: string }>();
    const clashes: string[] = [];
    for (const path of spanishFiles(join(root, 'src'))) {
      const { spanish: catalog } = (await import(path)) as { spanish: Catalog };
      for (const [key, entry] of Object.entries(catalog)) {
        const text = JSON.stringify(entry);
        const earlier = seen.get(key);
        if (earlier && earlier.text !== text) clashes.push(`${JSON.stringify(key)}: ${earlier.text} (${earlier.where}) vs ${text} (${relative(root, path)})`);
        else if (!earlier) seen.set(key, { text, where: relative(root, path) });
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('are all gathered by es-payer.ts or es-staff.ts (npm run locales)', () => {
    const result = spawnSync(process.execPath, ['scripts/write-locale-index.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});

describe('Translate', () => {
  const t = createTranslate('es', [{ 'Pay invoice {number}': 'Pagar la factura {number}', '{count} payments': { one: '{count} pago', other: '{count} pagos' }, 'status|Open': 'Abierta' }]);

  it('fills placeholders in the translation', () => {
    assert.equal(t('Pay invoice {number}', { number: 'INV-1' }), 'Pagar la factura INV-1');
  });

  it('reads English where nothing is translated', () => {
    assert.equal(t('Not translated {x}', { x: 'yet' }), 'Not translated yet');
  });

  it('picks plural forms by the language’s rules', () => {
    assert.equal(t.plural(1, { one: '{count} payment', other: '{count} payments' }), '1 pago');
    assert.equal(t.plural(2, { one: '{count} payment', other: '{count} payments' }), '2 pagos');
    assert.equal(t.plural(1500, { one: '{count} payment', other: '{count} payments' }), '1500 pagos');
    assert.equal(english.plural(1, { one: '{count} payment', other: '{count} payments' }), '1 payment');
    assert.equal(english.plural(0, { one: '{count} payment', other: '{count} payments' }), '0 payments');
    assert.equal(english.plural(1200, { one: '{count} payment', other: '{count} payments' }), '1,200 payments');
  });

  it('translates a word by its context', () => {
    assert.equal(t.ctx('status', 'Open'), 'Abierta');
    assert.equal(t('Open'), 'Open');
    assert.equal(english.ctx('status', 'Open'), 'Open');
  });

  it('lets an earlier catalog (a host’s override) win', () => {
    const overridden = createTranslate('es', [{ 'Pay invoice {number}': 'Pague {number}' }, { 'Pay invoice {number}': 'Pagar la factura {number}' }]);
    assert.equal(overridden('Pay invoice {number}', { number: 'INV-1' }), 'Pague INV-1');
  });
});
