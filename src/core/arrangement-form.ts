// What a payer's arrangement form asks the engine for, and where the engine's refusal of it goes:
// pure, so the rules (a day 1–28, a method, amounts or shares that total 100 %, at most four
// methods) and the placement are pinned by node tests. The engine has the last word.
import { formatBasisPoints } from './format.js';
import { parsePercent } from './percent.js';
import { MAX_PULL_PARTS } from './pull-words.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import type { AlisApiError } from '../sdk/errors.js';
import type { Arrangement, ArrangementPart } from '../sdk/types.js';

/** How the billing team splits a pull across the payer's methods. */
export type ArrangementSplit = 'single' | 'fixed_amounts' | 'percentages';

/** 100% in basis points. */
export const WHOLE_SHARE = 10_000;

/** What the arrangement form holds. */
export interface ArrangementForm {
  mode: Arrangement['mode'];
  dayOfMonth: number;
  split: ArrangementSplit;
  singleMethodId: string | null;
  /** The split's methods, in the payer's order. */
  chosen: readonly string[];
  amounts: Readonly<Record<string, number | null>>;
  /** Shares as typed, per method. */
  percents: Readonly<Record<string, string>>;
}

/** A typed share ("50", "33.33", "12,5 %") in basis points, or null when it is not one from 0.01 % to 100 %. */
export function parseShare(text: string): number | null {
  const parsed = parsePercent(text, { min: 1, max: WHOLE_SHARE });
  return parsed.ok ? parsed.basisPoints : null;
}

/** The sum of the chosen methods' typed shares in basis points, or null while one cannot be read. */
export function shareTotal(form: Pick<ArrangementForm, 'chosen' | 'percents'>): number | null {
  let total = 0;
  for (const id of form.chosen) {
    const bp = parseShare(form.percents[id] ?? '');
    if (bp === null) return null;
    total += bp;
  }
  return total;
}

/** The line under a split's parts: how the shares add up, or how fixed amounts are pulled. */
export function splitHint(split: ArrangementSplit, total: number | null, locale?: string, t: Translate = english): string {
  if (split !== 'percentages') return t('At most {max} methods. Each month the amounts are pulled in this order, never more than is owed.', { max: MAX_PULL_PARTS });
  if (total === null) return t('The shares must total 100%.');
  return total === WHOLE_SHARE ? t('The shares total 100%.') : t('The shares total {total}; they must total 100%.', { total: formatBasisPoints(total, locale) });
}

/**
 * The arrangement to save, or the messages by field (`day`, `method`, `parts`, `part:<methodId>`)
 * that stop it from being sent. `fieldProblem(methodId)` is a part's amount field's own validation
 * message when it is invalid (possibly empty), null when it is valid or not on screen.
 */
export function buildArrangement(
  form: ArrangementForm,
  fieldProblem: (methodId: string) => string | null,
  locale?: string,
  t: Translate = english,
): { body: Arrangement } | { errors: Record<string, string> } {
  if (form.mode === 'self_pay') return { body: { mode: 'self_pay' } };
  const { dayOfMonth, split } = form;
  const errors: Record<string, string> = {};
  if (!(dayOfMonth >= 1 && dayOfMonth <= 28)) errors['day'] = t('Choose a day from 1 to 28.');
  if (split === 'single') {
    if (!form.singleMethodId) errors['method'] = t('Choose the method the billing team pulls from.');
    if (Object.keys(errors).length > 0) return { errors };
    return { body: { mode: 'billing_team_pulls', dayOfMonth, split: 'single', parts: [{ methodId: form.singleMethodId ?? '' }] } };
  }
  if (form.chosen.length === 0) errors['parts'] = t('Choose at least one authorized method.');
  if (form.chosen.length > MAX_PULL_PARTS) errors['parts'] = t('Choose at most {max} methods.', { max: MAX_PULL_PARTS });
  const parts: ArrangementPart[] = [];
  if (split === 'fixed_amounts') {
    for (const id of form.chosen) {
      const cents = form.amounts[id] ?? null;
      const problem = fieldProblem(id);
      if (cents === null || problem !== null) errors[`part:${id}`] = problem || t('Enter an amount.');
      else parts.push({ methodId: id, amountCents: cents });
    }
  } else {
    let total = 0;
    let readable = true;
    for (const id of form.chosen) {
      const bp = parseShare(form.percents[id] ?? '');
      if (bp === null) {
        readable = false;
        errors[`part:${id}`] = t('Enter a share from 0.01 to 100, with at most two decimals.');
      } else {
        total += bp;
        parts.push({ methodId: id, basisPoints: bp });
      }
    }
    if (readable && form.chosen.length > 0 && total !== WHOLE_SHARE) {
      errors['parts'] = t('The shares total {total}. They must total exactly 100%; nothing was saved.', { total: formatBasisPoints(total, locale) });
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { body: { mode: 'billing_team_pulls', dayOfMonth, split, parts } };
}

/**
 * Places the engine's refusal of an arrangement at the fields it names (`parts[i].…` is the i-th
 * part sent; with one method, at the method), `form` for the rest, in the reader's language
 * (by the refusal's `code`; the engine's English for English readers).
 */
export function placeArrangementRefusal(
  error: Pick<AlisApiError, 'message' | 'fields'> & { readonly code?: string },
  body: Arrangement,
  split: ArrangementSplit,
  t: Translate = english,
): Record<string, string> {
  const parts = body.mode === 'billing_team_pulls' ? body.parts : [];
  const errors: Record<string, string> = {};
  for (const [path, engineMessage] of Object.entries(error.fields)) {
    const message = refusedFieldSentence(engineMessage, t);
    const match = /^parts\[(\d+)\]/.exec(path);
    const part = match ? parts[Number(match[1])] : undefined;
    if (part && split === 'single') errors['method'] ??= message;
    else if (part) errors[`part:${part.methodId}`] ??= message;
    else if (path === 'parts') errors['parts'] ??= message;
    else if (path === 'dayOfMonth') errors['day'] ??= message;
    else errors['form'] ??= message;
  }
  if (Object.keys(errors).length === 0) errors['form'] = refusalSentence({ code: error.code ?? '', message: error.message }, t);
  return errors;
}
