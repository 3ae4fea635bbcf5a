// Words in the reader's language, without the DOM: the core's sentences and the elements' labels
// both go through a `Translate`. English is the source language, so an English sentence is its own
// key (as gettext does): a string nobody translated yet still reads, in English, rather than as an id.

/** Values put into a message's `{name}` placeholders. Numbers are written in the message's language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message's forms by `Intl.PluralRules` category. English needs `one` and `other`; a language
 * with more categories may add them, and a missing category falls back to `other`.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * One language's messages, keyed by their English text: `'Pay invoice {number}'`, a plural by its
 * English `other` form, and a word whose meaning depends on where it stands by `context|text`
 * (`'status|Open'`).
 */
export type Catalog = Readonly<Record<string, string | PluralForms>>;

/** Turns English source text into the reader's language. */
export interface Translate {
  /** `t('Pay invoice {number}', { number })`: the message in the reader's language, placeholders filled. */
  (text: string, params?: MessageParams): string;
  /**
   * `t.plural(count, { one: '{count} payment', other: '{count} payments' })`: the form the
   * language's plural rules pick for `count`. `{count}` is filled in too.
   */
  plural(count: number, forms: { readonly one: string; readonly other: string }, params?: MessageParams): string;
  /** `t.ctx('status', 'Open')`: a word translated by where it stands (a status "Abierta", a button "Abrir"). */
  ctx(context: string, text: string, params?: MessageParams): string;
  /** The language the messages are in: `en`, `es`. */
  readonly lang: string;
}

/** The languages every string of every element is written in. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The supported language a BCP 47 tag asks for: `es-MX` reads Spanish, `en-GB` English, and a
 * language we have no words in reads English, the source.
 */
export function supportedLanguage(tag: string | null | undefined): SupportedLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as SupportedLanguage) : 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();
const countFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function formatCount(lang: string, count: number): string {
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    countFormats.set(lang, format);
  }
  return format.format(count);
}

function fill(message: string, params: MessageParams | undefined, lang: string): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(lang, value) : value;
  });
}

/**
 * A `Translate` that looks each message up in `catalogs`, the first holding it winning (a host's
 * overrides come before our translations), and reads the English source where none holds it.
 */
export function createTranslate(lang: string, catalogs: readonly Catalog[]): Translate {
  const lookup = (key: string): string | PluralForms | undefined => {
    for (const catalog of catalogs) {
      const entry = catalog[key];
      if (entry !== undefined) return entry;
    }
    return undefined;
  };
  const single = (key: string, english: string, params?: MessageParams): string => {
    const entry = lookup(key);
    const message = entry === undefined ? english : typeof entry === 'string' ? entry : entry.other;
    return fill(message, params, lang);
  };
  const translate = ((text: string, params?: MessageParams) => single(text, text, params)) as Translate;
  translate.ctx = (context, text, params) => single(`${context}|${text}`, text, params);
  translate.plural = (count, forms, params) => {
    const entry = lookup(forms.other);
    const withCount = { count, ...params };
    if (typeof entry === 'string') return fill(entry, withCount, lang);
    // English forms are chosen by English rules: a missing translation must not ask Spanish rules for English words.
    const chosen = entry ?? forms;
    const category = pluralCategory(entry ? lang : 'en', count);
    const message = (chosen as PluralForms)[category] ?? chosen.other;
    return fill(message, withCount, lang);
  };
  Object.defineProperty(translate, 'lang', { value: lang, enumerable: true });
  return translate;
}

/** The source language: what every function that writes words uses when it is given no `Translate`. */
export const english: Translate = createTranslate('en', []);
