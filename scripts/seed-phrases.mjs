// The mock seed's own text: names, streets, memos, method labels, profile names and descriptions,
// office hours, and the hostile-data stories' names. It is data, in the language the community wrote it (English here), and a widget
// shows it as it is; check-storybook.mjs removes these phrases from a Spanish page before looking
// for English words, so only our own untranslated words are found.
import { tsImport } from 'tsx/esm/api';

export async function seedPhrases() {
  const { createSeedState } = await tsImport('../src/mock-server/engine/seed.ts', import.meta.url);
  const phrases = new Set();
  const seen = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (/\p{L}/u.test(value) && !/^[a-z0-9_-]+$/.test(value)) phrases.add(value);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const child of value instanceof Map ? value.values() : Object.values(value)) walk(child);
  };
  walk(createSeedState());
  // The hostile-data stories fill the seed with these (test/support/hostile-data.ts): data too.
  const { HOSTILE } = await tsImport('../test/support/hostile-data.ts', import.meta.url);
  walk(HOSTILE);
  // The banks the mock names for well-known routing numbers.
  const { BANK_NAMES } = await tsImport('../src/mock-server/engine/payment-methods.ts', import.meta.url);
  walk(BANK_NAMES);
  // Longest first, so a phrase is removed before any shorter phrase inside it.
  return [...phrases].sort((a, b) => b.length - a.length);
}
