/**
 * An instant (ISO date-time) formatted in `timeZone` — the community's, so a late-evening change in
 * Chicago is not shown as the next day — or in the viewer's zone if the backend's is unknown.
 */
export function formatInstant(iso: string, timeZone: string | undefined, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

/**
 * An instant (ISO date-time) as a calendar date in `timeZone` (the community's), so a late-evening
 * invitation in Chicago is not shown as the next day; empty when there is none.
 */
export function formatInstantDate(isoInstant: string | null | undefined, timeZone: string | undefined, locale?: string): string {
  return isoInstant ? formatInstant(isoInstant, timeZone, locale, { dateStyle: 'medium' }) : '';
}
