// Percentages typed by people, as whole basis points (1 % = 100 basis points), without floating
// point: "1.75", "1,75", "2", "0.5 %" and "33.33" are read digit by digit. The Payment Center's fee
// settings and the split of an automatic collection between methods both use it.

/** Why a typed percentage was not taken. */
export type PercentRefusal =
  /** Not a number in percent at all (letters, a minus sign, more than three whole digits). */
  | 'not_a_percent'
  /** More than two decimals: basis points are whole. */
  | 'too_many_decimals'
  /** Outside the range the caller allows. */
  | 'out_of_range';

/** A typed percentage read: its basis points, or why it was refused. */
export type PercentParse = { ok: true; basisPoints: number } | { ok: false; refusal: PercentRefusal };

/** The range a percentage may take, in basis points (both ends included). */
export interface PercentRange {
  min: number;
  max: number;
}

/**
 * Reads `text` as a percentage with at most two decimals ("," or "." as the separator, an optional
 * "%" and spaces around) into whole basis points within `range`.
 */
export function parsePercent(text: string, range: PercentRange): PercentParse {
  const match = /^\s*(\d{0,3})(?:[.,](\d*))?\s*%?\s*$/.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, refusal: 'not_a_percent' };
  if (fraction.length > 2) return { ok: false, refusal: 'too_many_decimals' };
  const basisPoints = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (basisPoints < range.min || basisPoints > range.max) return { ok: false, refusal: 'out_of_range' };
  return { ok: true, basisPoints };
}

/** Basis points as a person would type them back: 2500 → "25", 3333 → "33.33", 1250 → "12.5". */
export function basisPointsAsTyped(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = basisPoints % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

/** Basis points as a percent number with two decimals in the locale's digits, no sign: 250 → "2.50" ("2,50" in de-DE). */
export function basisPointsAsPercentNumber(basisPoints: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(basisPoints / 100);
}
