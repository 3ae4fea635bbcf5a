import { formatDateOfInstant, formatInstantWith } from './format.js';

/**
 * An instant (ISO date-time) formatted in `timeZone` — the community's, so a late-evening change in
 * Chicago is not shown as the next day — or in the viewer's zone if the backend's is unknown.
 * Formatters are cached (see `format.ts`); prefer `formatDateTime` there for date and time.
 */
export function formatInstant(iso: string, timeZone: string | undefined, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  return formatInstantWith(iso, timeZone, locale, options);
}

/**
 * An instant (ISO date-time) as a calendar date in `timeZone` (the community's), so a late-evening
 * invitation in Chicago is not shown as the next day; empty when there is none.
 */
export function formatInstantDate(isoInstant: string | null | undefined, timeZone: string | undefined, locale?: string): string {
  return formatDateOfInstant(isoInstant, timeZone, locale);
}
