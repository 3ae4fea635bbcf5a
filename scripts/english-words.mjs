// The English words our elements say, read from the source: the words of every t('…'),
// t.ctx(…, '…') and t.plural(…) message under src/components and src/core, less those our Spanish
// also uses ("total", "no", "email"). A Spanish page that shows one of them shows English we wrote
// and did not translate (check-storybook.mjs uses this on every story).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function files(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['mock-server', 'sdk', 'contract', 'generated', 'i18n'].includes(entry.name) ? [] : files(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const literal = String.raw`'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|\`((?:[^\`\\$]|\\.)*)\``;
const wordsOf = (text) => (text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}[\p{L}’']*\p{L}|\p{L}/gu) ?? []).map((word) => word.replace(/[’']s$/, ''));

/** Words of the English messages, and words of the Spanish translations. */
export function messageWords(root = '.') {
  const english = new Set();
  const sources = [...files(join(root, 'src/components'), (name) => name.endsWith('.ts') && !name.endsWith('.es.ts')), ...files(join(root, 'src/core'), (name) => name.endsWith('.ts') && !name.endsWith('.es.ts'))];
  for (const path of sources) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(new RegExp(String.raw`\bt(?:\.ctx\(\s*(?:${literal})\s*,|\.plural\([^,]+,\s*\{\s*one:|\()\s*(?:${literal})`, 'g'))) {
      const message = match.slice(4).find((group) => group !== undefined) ?? '';
      for (const word of wordsOf(message)) english.add(word);
    }
    for (const match of text.matchAll(new RegExp(String.raw`\bt\.plural\([^,]+,\s*\{\s*one:\s*(?:${literal})\s*,\s*other:\s*(?:${literal})`, 'g'))) {
      for (const group of match.slice(1)) if (group) for (const word of wordsOf(group)) english.add(word);
    }
  }
  const spanish = new Set();
  const catalogs = [...files(join(root, 'src'), (name) => name.endsWith('.es.ts'))];
  for (const path of catalogs) {
    const text = readFileSync(path, 'utf8');
    // Values follow a colon: `'English': 'Español'`, `{ one: '…', other: '…' }`.
    for (const match of text.matchAll(new RegExp(String.raw`:\s*(?:${literal})`, 'g'))) {
      const value = match.slice(1).find((group) => group !== undefined) ?? '';
      for (const word of wordsOf(value)) spanish.add(word);
    }
  }
  return { english, spanish };
}

/** English words a Spanish page must not show: ours, less the ones Spanish shares. */
export function untranslatedWords(root = '.') {
  const { english, spanish } = messageWords(root);
  return new Set([...english].filter((word) => !spanish.has(word) && word.length > 1));
}
