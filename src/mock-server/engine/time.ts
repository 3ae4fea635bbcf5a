// Calendar arithmetic in the community's time zone. Dates are ISO `YYYY-MM-DD` strings (they compare
// correctly as strings); instants are ISO date-times in UTC.

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The calendar date of `instant` in `timeZone` ("today" on the community clock). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const w = wallTime(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant at which the wall clock in `timeZone` shows `date` at `time` (`HH:MM`). */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [year, month, day] = splitDate(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset depends on the instant itself (DST), so correct the guess twice.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const w = wallTime(new Date(guess), timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** `[year, month (1–12), day]` of an ISO date. */
export function splitDate(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/** The date `days` after (or before, if negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first day of the month `months` after the month of `date`. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m] = splitDate(date);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  return addDays(addMonths(date, 1), -1);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The date `count` business days (Monday–Friday; holidays are not modelled) after `date`. */
export function addBusinessDays(date: IsoDate, count: number): IsoDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    const day = weekday(current);
    if (day !== 0 && day !== 6) left--;
  }
  return current;
}

/** The next date on or after `from` whose day of month is `dayOfMonth` (1–28, so every month has it). */
export function nextDayOfMonth(from: IsoDate, dayOfMonth: number): IsoDate {
  const [y, m, d] = splitDate(from);
  const candidate = `${pad(y, 4)}-${pad(m)}-${pad(dayOfMonth)}`;
  return d <= dayOfMonth ? candidate : addDays(addMonths(from, 1), dayOfMonth - 1);
}

/** The English month name and year of `date`, e.g. "November 2026" (engine text is not localized). */
export function monthLabel(date: IsoDate): string {
  const [y, m] = splitDate(date);
  return `${MONTHS[m - 1] ?? ''} ${y}`;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const wordFormatters = new Map<string, Intl.DateTimeFormat>();

/** One English formatter per zone and shape, built once (receipts go out by the thousand). */
function wordFormatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = wordFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    wordFormatters.set(key, f);
  }
  return f;
}

/**
 * An instant in words on the community's clock with the zone's abbreviation, as the widgets show
 * it (core/format.ts `formatDateTime`, which the engine may not import): "Nov 25, 2026, 9:00 AM
 * CST", or `long` "November 25, 2026 at 9:00 AM CST". Engine text is English.
 */
export function dateTimeWords(instant: Date | string, timeZone: string, style: 'medium' | 'long' = 'medium'): string {
  const month = style === 'long' ? 'long' : 'short';
  return wordFormatter(timeZone, { year: 'numeric', month, day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(instant));
}

/** The community's calendar day of an instant, as the widgets write it: "Nov 25, 2026". */
export function dateWords(instant: Date | string, timeZone: string): string {
  return wordFormatter(timeZone, { dateStyle: 'medium' }).format(new Date(instant));
}
