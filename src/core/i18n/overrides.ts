import type { Catalog } from './translate.js';
import { supportedLanguage, type SupportedLanguage } from './translate.js';

// A host's own words: any message, in any language we write, replaced by the community's wording
// ("Balance due" for "You owe"). Kept apart from our translations so a host never edits our files,
// and looked up first.

const overrides = new Map<SupportedLanguage, Catalog>();
const listeners = new Set<() => void>();

/**
 * Replaces messages in `lang` (`en`, `es`, or a tag such as `es-MX`) with the host's wording,
 * keyed by the English source text (see the Languages docs page). Elements on the page redraw with
 * them at once. Later calls add to, and win over, earlier ones.
 *
 * @example overrideWords('en', { 'You owe': 'Balance due' });
 */
export function overrideWords(lang: string, words: Catalog): void {
  const language = supportedLanguage(lang);
  overrides.set(language, { ...overrides.get(language), ...words });
  for (const listener of listeners) listener();
}

/** Removes every override in `lang`, or in every language without one. */
export function clearWordOverrides(lang?: string): void {
  if (lang === undefined) overrides.clear();
  else overrides.delete(supportedLanguage(lang));
  for (const listener of listeners) listener();
}

/** The host's overrides in `lang`, if any. */
export function wordOverrides(lang: SupportedLanguage): Catalog | undefined {
  return overrides.get(lang);
}

/** Calls `listener` whenever the overrides change; returns the unsubscribe. */
export function onWordOverrides(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
