import type { Money } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/**
 * Formats integer minor units as currency text. Arithmetic never happens here: the amount is
 * divided only to present it, using the currency's own number of decimals.
 */
export function formatMoney(money: Money, locale?: string): string {
  const { format, divisor } = currencyFormatter(locale, money.currency);
  return format.format(money.amountCents / divisor);
}

const currencyFormatters = new Map<string, { format: Intl.NumberFormat; divisor: number }>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

/**
 * Building an `Intl` formatter costs about as much as rendering a table row, and a list of 500
 * invoices formats three amounts a row: formatters are built once per locale and options and reused.
 */
function currencyFormatter(locale: string | undefined, currency: string): { format: Intl.NumberFormat; divisor: number } {
  const key = `${locale ?? ''}|${currency}`;
  let entry = currencyFormatters.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    entry = { format, divisor: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
    currencyFormatters.set(key, entry);
  }
  return entry;
}

function numberFormatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormatters.set(key, format);
  }
  return format;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) without shifting it through the viewer's time zone,
 * which would show the day before for anyone west of UTC.
 */
export function formatDate(isoDate: string, locale?: string, style: 'medium' | 'long' = 'medium'): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  return dateTimeFormatter(locale, 'UTC', { dateStyle: style }).format(date);
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One `Intl.DateTimeFormat` per (locale, zone, options), built once: long lists format hundreds of
 * instants, and building a formatter costs far more than using one. A zone `Intl` does not know
 * falls back to the viewer's, so a typo in the settings never blanks a page.
 */
function dateTimeFormatter(locale: string | undefined, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let formatter = dateTimeFormatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
    } catch {
      formatter = new Intl.DateTimeFormat(locale, options);
    }
    dateTimeFormatters.set(key, formatter);
  }
  return formatter;
}

/** The options behind {@link formatDateTime}: the date as `formatDate` writes it, the time and the zone's short name. */
const DATE_TIME_OPTIONS: Readonly<Record<'medium' | 'long', Intl.DateTimeFormatOptions>> = {
  medium: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  long: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

/**
 * An instant (ISO date-time or `Date`) as date and time on the community's clock, with the zone's
 * abbreviation so nobody mistakes it for their own: "Nov 25, 2026, 9:00 AM CST" (`long`: "November
 * 25, 2026 at 9:00 AM CST"). Every person-facing time goes through here with the community's
 * `timeZone`, so the same payment shows the same time in every list; the viewer's zone is used only
 * when the community's is not known yet. Not an instant → returned as given.
 */
export function formatDateTime(instant: string | Date, timeZone: string | undefined, locale: string | undefined, style: 'medium' | 'long' = 'medium'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return dateTimeFormatter(locale, timeZone, DATE_TIME_OPTIONS[style]).format(date);
}

/**
 * {@link formatDateTime}'s text in its three pieces, `date + separator + time` being exactly that
 * text ("Nov 25, 2026" + ", " + "9:00 AM CST"), so a table can keep the date and the time each on
 * one line and break only between them. Not an instant → all of it in `date`.
 */
export function formatDateTimeParts(
  instant: string | Date,
  timeZone: string | undefined,
  locale: string | undefined,
  style: 'medium' | 'long' = 'medium',
): { date: string; separator: string; time: string } {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return { date: String(instant), separator: '', time: '' };
  const formatter = dateTimeFormatter(locale, timeZone, DATE_TIME_OPTIONS[style]);
  const parts = formatter.formatToParts(date);
  const timeTypes = new Set(['hour', 'minute', 'dayPeriod', 'timeZoneName']);
  const dateTypes = new Set(['year', 'month', 'day', 'weekday', 'era']);
  // The words between the last piece of the date and the first of the time (", " or " at ").
  const firstTime = parts.findIndex((part) => timeTypes.has(part.type));
  let lastDate = -1;
  parts.forEach((part, index) => {
    if (dateTypes.has(part.type) && (firstTime < 0 || index < firstTime)) lastDate = index;
  });
  // Cut from format()'s own text: V8 writes a plain space before "AM" there, a narrow no-break
  // space in formatToParts(), and the pieces must join into exactly what formatDateTime shows.
  const text = formatter.format(date);
  const offset = (index: number) => parts.slice(0, index).reduce((length, part) => length + part.value.length, 0);
  const join = (from: number, to: number) => text.slice(offset(from), offset(to));
  if (firstTime < 0 || lastDate < 0 || offset(parts.length) !== text.length) return { date: text, separator: '', time: '' };
  return { date: join(0, lastDate + 1), separator: join(lastDate + 1, firstTime), time: join(firstTime, parts.length) };
}

/**
 * The calendar day of an instant on the community's clock ("Nov 25, 2026"): a late-evening change
 * in Chicago is not shown as the next day. For `YYYY-MM-DD` dates use {@link formatDate}. Empty
 * when there is none.
 */
export function formatDateOfInstant(instant: string | Date | null | undefined, timeZone: string | undefined, locale: string | undefined, style: 'medium' | 'long' = 'medium'): string {
  if (instant === null || instant === undefined) return '';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return dateTimeFormatter(locale, timeZone, { dateStyle: style }).format(date);
}

/**
 * An instant in `timeZone` with any `Intl` options, through the same cache (for the few places
 * that need another shape, such as the audit trail's column).
 */
export function formatInstantWith(instant: string | Date, timeZone: string | undefined, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return dateTimeFormatter(locale, timeZone, options).format(date);
}

/** A billing period such as "Nov 1 – 30, 2026", from two calendar dates. */
export function formatPeriod(startIsoDate: string, endIsoDate: string, locale?: string): string {
  const start = parseIsoDate(startIsoDate);
  const end = parseIsoDate(endIsoDate);
  if (!start || !end) return `${startIsoDate} – ${endIsoDate}`;
  return dateTimeFormatter(locale, 'UTC', { dateStyle: 'medium' }).formatRange(start, end);
}

/**
 * Basis points as a percent in `locale`: 250 → "2.5%", or "2.50%" with `minimumFractionDigits: 2`
 * (where values are compared, as in the audit trail). Divided only to present it.
 */
export function formatBasisPoints(basisPoints: number, locale?: string, options: { minimumFractionDigits?: 0 | 2 } = {}): string {
  return numberFormatter(locale, { style: 'percent', minimumFractionDigits: options.minimumFractionDigits ?? 0, maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A number of days in words: "1 day", "10 days" (the number written for `locale`, the words in `t`'s language). */
export function formatDayCount(count: number, locale?: string, t: Translate = english): string {
  return t.plural(count, { one: '{count} day', other: '{count} days' }, { count: numberFormatter(locale, {}).format(count) });
}

function parseIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
