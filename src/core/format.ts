import type { Money } from '../sdk/types.js';

/**
 * Formats integer minor units as currency text. Arithmetic never happens here: the amount is
 * divided only to present it, using the currency's own number of decimals.
 */
export function formatMoney(money: Money, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const fractionDigits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountCents / 10 ** fractionDigits);
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) without shifting it through the viewer's time zone,
 * which would show the day before for anyone west of UTC.
 */
export function formatDate(isoDate: string, locale?: string, style: 'medium' | 'long' = 'medium'): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A billing period such as "Nov 1 – 30, 2026", from two calendar dates. */
export function formatPeriod(startIsoDate: string, endIsoDate: string, locale?: string): string {
  const start = parseIsoDate(startIsoDate);
  const end = parseIsoDate(endIsoDate);
  if (!start || !end) return `${startIsoDate} – ${endIsoDate}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(start, end);
}

/**
 * Basis points as a percent in `locale`: 250 → "2.5%", or "2.50%" with `minimumFractionDigits: 2`
 * (where values are compared, as in the audit trail). Divided only to present it.
 */
export function formatBasisPoints(basisPoints: number, locale?: string, options: { minimumFractionDigits?: 0 | 2 } = {}): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: options.minimumFractionDigits ?? 0, maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A number of days in words: "1 day", "10 days". */
export function formatDayCount(count: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? 'day' : 'days'}`;
}

function parseIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
