import { english, type Translate } from './i18n/translate.js';

/** What a payer typed into an amount field, read as integer minor units of a currency. */
export type AmountParse =
  | { kind: 'empty' }
  | { kind: 'ok'; cents: number }
  | { kind: 'invalid'; message: string };

/** The locale and currency an amount is written in. */
export interface AmountOptions {
  /** BCP 47 locale; the runtime's language when unset. */
  locale?: string | undefined;
  /** ISO 4217 currency code; `USD` when unset. */
  currency?: string | undefined;
}

/** How {@link parseAmount} reads an amount: its locale and currency, and the language of its messages. */
export interface ParseAmountOptions extends AmountOptions {
  /** The words its messages are written in; English when unset. */
  t?: Translate | undefined;
}

/** Where a locale writes the currency symbol: before the number (`$12.50`) or after it (`12,50 €`). */
export interface CurrencyAffix {
  symbol: string;
  position: 'start' | 'end';
}

/** How one locale writes one currency, worked out once from `Intl` and cached. */
interface Conventions {
  fractionDigits: number;
  decimal: string;
  group: string;
  /** The locale's own digits (e.g. Arabic-Indic) mapped to ASCII ones. */
  digits: Map<string, string>;
  /** Symbols and codes a payer may type around the number, longest first. */
  currencyTokens: string[];
  affix: CurrencyAffix;
  integerFormat: Intl.NumberFormat;
  fractionFormat: Intl.NumberFormat | undefined;
}

const maxSafeCents = BigInt(Number.MAX_SAFE_INTEGER);
const minusSigns = new Set(['-', '\u2212', '\u2010', '\u2011', '\u2012', '\u2013']);
const apostrophes = new Set(["'", '\u2019', '\u02bc', '\u2032']);
// Direction marks that right-to-left locales put around numbers; they are invisible and carry no meaning here.
const bidiMarks = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

const cache = new Map<string, Conventions>();

function conventionsFor(options: AmountOptions): Conventions {
  const currency = (options.currency ?? 'USD').toUpperCase();
  const { locale } = options;
  const key = `${locale ?? ''}|${currency}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const fractionDigits = money.resolvedOptions().maximumFractionDigits ?? 2;

  const numberParts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const decimal = numberParts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = numberParts.find((part) => part.type === 'group')?.value ?? ',';

  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map<string, string>();
  for (let digit = 0; digit <= 9; digit++) digits.set(plain.format(digit), String(digit));

  const tokens = new Set<string>([currency]);
  for (const tokenLocale of [locale, 'en-US', 'en-GB']) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const part = new Intl.NumberFormat(tokenLocale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((p) => p.type === 'currency');
      if (part) tokens.add(normalise(part.value, digits).trim());
    }
  }

  const moneyParts = money.formatToParts(1);
  const symbolIndex = moneyParts.findIndex((part) => part.type === 'currency');
  const numberIndex = moneyParts.findIndex((part) => part.type === 'integer');

  const conventions: Conventions = {
    fractionDigits,
    decimal,
    group,
    digits,
    currencyTokens: [...tokens].filter(Boolean).sort((a, b) => b.length - a.length),
    affix: {
      symbol: moneyParts[symbolIndex]?.value ?? currency,
      position: symbolIndex > numberIndex ? 'end' : 'start',
    },
    integerFormat: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    fractionFormat:
      fractionDigits > 0 ? new Intl.NumberFormat(locale, { minimumIntegerDigits: fractionDigits, useGrouping: false }) : undefined,
  };
  cache.set(key, conventions);
  return conventions;
}

/**
 * NFKC folds full-width digits and punctuation (from East Asian keyboards) and every kind of
 * no-break or thin space into plain ASCII; the locale's own digits become ASCII digits.
 */
function normalise(text: string, digits: Map<string, string>): string {
  const folded = text.normalize('NFKC').replace(bidiMarks, '');
  return Array.from(folded, (char) => digits.get(char) ?? char).join('');
}

/**
 * Formats integer minor units for an amount field: the locale's grouping and decimal separator and
 * the currency's number of decimals, without a currency symbol (the field shows that beside it).
 * `123456` in `en-US` is `1,234.56`; in `de-DE` it is `1.234,56`. Exact for every safe integer:
 * the units are split with integer arithmetic, never divided as a float.
 */
export function formatAmountForInput(cents: number, options: AmountOptions = {}): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`formatAmountForInput expects a whole number of minor units; got ${cents}.`);
  }
  const conventions = conventionsFor(options);
  const units = BigInt(Math.abs(cents));
  const scale = 10n ** BigInt(conventions.fractionDigits);
  let text = conventions.integerFormat.format(units / scale);
  if (conventions.fractionFormat) {
    text += conventions.decimal + conventions.fractionFormat.format(units % scale);
  }
  return cents < 0 ? `-${text}` : text;
}

/** The currency symbol as the locale writes it, and on which side of the number. */
export function currencyAffix(options: AmountOptions = {}): CurrencyAffix {
  return { ...conventionsFor(options).affix };
}

type Piece = { type: 'digits'; value: string } | { type: 'separator'; char: string; role: 'group' | 'decimal' | 'either' };

/**
 * Reads what a payer typed as integer minor units. Accepts surrounding spaces, the currency's symbol
 * or code on either side, grouping with `,` `.` spaces or apostrophes, and `.` or `,` as the
 * decimal separator. A lone separator followed by exactly three digits is grouping only where the
 * locale groups with that character (`1,234` in `en-US`, `1.234` in `de-DE`); otherwise it is the
 * decimal separator, so `12,5` is twelve and a half everywhere. Anything it cannot read with
 * certainty is `invalid` with a sentence saying what to change; it never returns `NaN` or a float.
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): AmountParse {
  const conventions = conventionsFor(options);
  const t = options.t ?? english;
  const invalid = (message: string): AmountParse => ({ kind: 'invalid', message });
  const onlyOne = (char: string) => invalid(char === ',' ? t('Use only one decimal comma.') : t('Use only one decimal point.'));

  const stripped = stripSignAndCurrency(normalise(text, conventions.digits).trim(), conventions.currencyTokens);
  if (stripped.negative) return invalid(t("The amount can't be negative."));
  if (stripped.rest === '') return { kind: 'empty' };

  const pieces = toPieces(stripped.rest, conventions);
  if (!pieces) return invalid(t('Enter the amount in numbers, like {example}.', { example: example(conventions, options) }));
  const malformed = () => invalid(t('Check the amount; it should look like {example}.', { example: example(conventions, options) }));
  if (!pieces.some((piece) => piece.type === 'digits')) return malformed();
  for (let i = 1; i < pieces.length; i++) {
    if (pieces[i]?.type === 'separator' && pieces[i - 1]?.type === 'separator') return malformed();
  }

  const decimal = findDecimalSeparator(pieces, conventions);
  if (decimal.kind === 'several') return onlyOne(decimal.char);

  const integerPieces = decimal.kind === 'at' ? pieces.slice(0, decimal.index) : pieces;
  const fractionPieces = decimal.kind === 'at' ? pieces.slice(decimal.index + 1) : [];
  if (fractionPieces.some((piece) => piece.type === 'separator')) return malformed();
  const [fractionPiece] = fractionPieces;
  const fraction = fractionPiece?.type === 'digits' ? fractionPiece.value : '';

  const groups = splitGroups(integerPieces);
  if (!groupsAreWellFormed(groups)) {
    // `1.2.3` in en-US: the payer meant a decimal point more than once, not thousands.
    if (decimal.kind === 'grouping' && decimal.char !== conventions.group) return onlyOne(decimal.char);
    return malformed();
  }

  if (fraction.length > conventions.fractionDigits) {
    const comma = decimal.kind === 'at' && decimal.char === ',';
    const most = conventions.fractionDigits;
    if (most === 0) {
      return invalid(comma ? t('Enter a whole amount, with no digits after the decimal comma.') : t('Enter a whole amount, with no digits after the decimal point.'));
    }
    return invalid(
      comma
        ? t.plural(most, { one: 'Use at most {count} digit after the decimal comma.', other: 'Use at most {count} digits after the decimal comma.' })
        : t.plural(most, { one: 'Use at most {count} digit after the decimal point.', other: 'Use at most {count} digits after the decimal point.' }),
    );
  }

  // Integer and fraction are joined as digit strings: no float ever holds the amount.
  const minorUnits = groups.join('') + fraction.padEnd(conventions.fractionDigits, '0');
  const value = BigInt(minorUnits === '' ? '0' : minorUnits);
  if (value > maxSafeCents) return invalid(t('That amount is too large.'));
  return { kind: 'ok', cents: Number(value) };
}

/** Peels minus signs, accounting parentheses and currency symbols or codes off both ends. */
function stripSignAndCurrency(text: string, currencyTokens: string[]): { rest: string; negative: boolean } {
  let rest = text;
  let minus = false;
  let open = false;
  let close = false;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    if (minusSigns.has(rest[0] ?? '')) {
      minus = true;
      rest = rest.slice(1);
      changed = true;
    } else if (minusSigns.has(rest.at(-1) ?? '')) {
      minus = true;
      rest = rest.slice(0, -1);
      changed = true;
    } else if (rest.startsWith('(')) {
      open = true;
      rest = rest.slice(1);
      changed = true;
    } else if (rest.endsWith(')')) {
      close = true;
      rest = rest.slice(0, -1);
      changed = true;
    } else {
      const upper = rest.toUpperCase();
      const prefix = currencyTokens.find((token) => upper.startsWith(token.toUpperCase()));
      const suffix = prefix ? undefined : currencyTokens.find((token) => upper.endsWith(token.toUpperCase()));
      if (prefix) rest = rest.slice(prefix.length);
      else if (suffix) rest = rest.slice(0, -suffix.length);
      changed = Boolean(prefix ?? suffix);
    }
    rest = rest.trim();
  }
  // A lone parenthesis is a typo, not a sign: put it back so the reader reports it.
  if (open !== close) rest = `${open ? '(' : ''}${rest}${close ? ')' : ''}`;
  return { rest, negative: minus || (open && close) };
}

/** Splits text into digit runs and separators; `undefined` when it holds anything else. */
function toPieces(text: string, conventions: Conventions): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (const char of text) {
    const last = pieces.at(-1);
    if (char >= '0' && char <= '9') {
      if (last?.type === 'digits') last.value += char;
      else pieces.push({ type: 'digits', value: char });
    } else if (char === '.' || char === ',') {
      pieces.push({ type: 'separator', char, role: 'either' });
    } else if (char === conventions.decimal) {
      pieces.push({ type: 'separator', char, role: 'decimal' });
    } else if (char === conventions.group || /\s/.test(char) || apostrophes.has(char)) {
      pieces.push({ type: 'separator', char, role: 'group' });
    } else {
      return undefined;
    }
  }
  return pieces;
}

type DecimalSeparator =
  | { kind: 'none' }
  | { kind: 'at'; index: number; char: string }
  | { kind: 'grouping'; char: string }
  | { kind: 'several'; char: string };

function findDecimalSeparator(pieces: Piece[], conventions: Conventions): DecimalSeparator {
  const separators = pieces.flatMap((piece, index) => (piece.type === 'separator' ? [{ ...piece, index }] : []));
  const definite = separators.filter((separator) => separator.role === 'decimal');
  const either = separators.filter((separator) => separator.role === 'either');

  const [at] = definite;
  if (definite.length > 1 && at) return { kind: 'several', char: at.char };
  if (at) {
    // `.` and `,` after the locale's own decimal mark cannot be grouping.
    if (either.some((separator) => separator.index > at.index)) return { kind: 'several', char: at.char };
    return { kind: 'at', index: at.index, char: at.char };
  }
  if (either.length === 0) return { kind: 'none' };

  const last = either[either.length - 1];
  if (either.some((separator) => separator.char !== last.char)) {
    // Both `.` and `,`: whichever comes last is the decimal separator (`1.234,56`, `1,234.56`).
    if (either.filter((separator) => separator.char === last.char).length > 1) return { kind: 'several', char: last.char };
    return { kind: 'at', index: last.index, char: last.char };
  }
  if (either.length > 1) return { kind: 'grouping', char: last.char };

  const before = pieces[last.index - 1];
  const after = pieces[last.index + 1];
  const looksLikeThousands = before?.type === 'digits' && after?.type === 'digits' && after.value.length === 3;
  if (looksLikeThousands && last.char === conventions.group) return { kind: 'grouping', char: last.char };
  return { kind: 'at', index: last.index, char: last.char };
}

function splitGroups(pieces: Piece[]): string[] {
  const groups: string[] = [''];
  for (const piece of pieces) {
    if (piece.type === 'digits') groups[groups.length - 1] += piece.value;
    else groups.push('');
  }
  return groups;
}

/**
 * Thousands separators must sit where a person would put them: 1–3 digits first (not a lone
 * leading zero), then groups of three, or of two as in Indian grouping (`1,23,456`), with three last.
 */
function groupsAreWellFormed(groups: string[]): boolean {
  if (groups.length === 1) return true;
  const first = groups[0] ?? '';
  const last = groups[groups.length - 1] ?? '';
  if (first.length < 1 || first.length > 3 || first.startsWith('0')) return false;
  if (last.length !== 3) return false;
  return groups.slice(1, -1).every((group) => group.length === 2 || group.length === 3);
}

/** `1,234.56` in the payer's own conventions, for messages. */
function example(conventions: Conventions, options: AmountOptions): string {
  const { fractionDigits } = conventions;
  const fraction = '5678'.padEnd(fractionDigits, '0').slice(0, fractionDigits);
  return formatAmountForInput(Number(`1234${fraction}`), options);
}
