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
