import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTranslate, english, supportedLanguage, type Catalog, type SupportedLanguage, type Translate } from '../../core/i18n/translate.js';
import { onWordOverrides, wordOverrides } from '../../core/i18n/overrides.js';

/** Which strings an element needs: the payer's (every element), or the payer's and the billing team's. */
export type WordsArea = 'payer' | 'staff';

/**
 * Our translations, loaded on first need: a page in English never downloads them, and a payer's
 * page never downloads the billing team's.
 */
const translationLoaders: Record<Exclude<SupportedLanguage, 'en'>, Record<WordsArea, () => Promise<Catalog>>> = {
  es: {
    payer: () => import('../../locales/es-payer.js').then((module) => module.spanishPayerWords),
    staff: () => import('../../locales/es-staff.js').then((module) => module.spanishStaffWords),
  },
};

const loaded = new Map<string, Catalog>();
const loading = new Map<string, Promise<void>>();

function loadTranslations(lang: Exclude<SupportedLanguage, 'en'>, area: WordsArea): Promise<void> {
  const key = `${lang}|${area}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = translationLoaders[lang][area]().then(
      (catalog) => void loaded.set(key, catalog),
      // Offline, or a chunk that failed to load: the element reads English rather than waiting forever.
      (error: unknown) => console.warn(`ALIS billing widgets: the ${lang} words could not be loaded; showing English.`, error),
    );
    loading.set(key, pending);
  }
  return pending;
}

/** The `lang` in force for `element`: its own, its nearest ancestor's (across shadow roots), or the document's. */
export function languageOf(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** Every connected controller, told when any `lang` in the document changes. */
const connected = new Set<LanguageController>();
let observer: MutationObserver | null = null;

function watchLanguage(controller: LanguageController): void {
  connected.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of connected) each.resolve();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/**
 * The observer stays once made: a page that mounts and removes widgets in turn (one at a time, as a
 * single-page app's routes do) would otherwise build and drop it for every one.
 */
function unwatchLanguage(controller: LanguageController): void {
  connected.delete(controller);
}

/**
 * Gives an element its words: the language follows `lang` on the element, its ancestors or the
 * document, and a change of any of them redraws the element in the new language, once its
 * translations have loaded. Until then `pending` holds the load, which `AlisElement` waits for
 * before drawing, so a Spanish page never flashes English.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #area: WordsArea;
  #requested: string | null = null;
  #resolved = false;
  #t: Translate = english;
  #pending: Promise<void> | null = null;
  #stopOverrides: (() => void) | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, area: WordsArea) {
    this.#host = host;
    this.#area = area;
    host.addController(this);
  }

  /** The element's words in its language. */
  get t(): Translate {
    return this.#t;
  }

  /** The `lang` tag in force (`es-MX`), for dates and amounts; null where the page sets none. */
  get requestedTag(): string | null {
    return this.#requested;
  }

  /** The translations still loading, or null. */
  get pending(): Promise<void> | null {
    return this.#pending;
  }

  hostConnected(): void {
    watchLanguage(this);
    this.#stopOverrides = onWordOverrides(() => this.#apply(true));
    this.resolve();
  }

  hostDisconnected(): void {
    unwatchLanguage(this);
    this.#stopOverrides?.();
    this.#stopOverrides = null;
  }

  /** Reads the `lang` in force again, and redraws if it changed. */
  resolve(): void {
    const requested = languageOf(this.#host);
    if (this.#resolved && requested === this.#requested) return;
    this.#resolved = true;
    this.#requested = requested;
    this.#apply(true);
  }

  #apply(redraw: boolean): void {
    const lang = supportedLanguage(this.#requested);
    if (lang === 'en') {
      this.#pending = null;
      this.#setWords(lang, redraw);
      return;
    }
    const areas: WordsArea[] = this.#area === 'staff' ? ['payer', 'staff'] : ['payer'];
    const missing = areas.filter((area) => !loading.has(`${lang}|${area}`) || !loaded.has(`${lang}|${area}`));
    if (missing.length === 0) {
      this.#pending = null;
      this.#setWords(lang, redraw);
      return;
    }
    const pending = Promise.all(areas.map((area) => loadTranslations(lang, area))).then(() => {
      // A later change of language (or a removal) made this load stale: the newer one draws.
      if (this.#pending !== pending) return;
      this.#pending = null;
      this.#setWords(lang, true);
    });
    this.#pending = pending;
    this.#host.requestUpdate();
  }

  #setWords(lang: SupportedLanguage, redraw: boolean): void {
    const catalogs: Catalog[] = [];
    const own = wordOverrides(lang);
    if (own) catalogs.push(own);
    if (lang !== 'en') {
      for (const area of this.#area === 'staff' ? (['staff', 'payer'] as const) : (['payer'] as const)) {
        const catalog = loaded.get(`${lang}|${area}`);
        if (catalog) catalogs.push(catalog);
      }
    }
    this.#t = catalogs.length === 0 ? english : createTranslate(lang, catalogs);
    if (redraw) this.#host.requestUpdate();
  }
}
