// Which parts a staff pull asks for, from what the form holds: one method for one amount, or a
// split with an amount per method. Pure, so the rules (a method chosen, an amount each, at most
// four methods, never more than is owed) are pinned by node tests; the engine has the last word.
import { formatMoney } from './format.js';
import { MAX_PULL_PARTS } from './pull-words.js';
import { pullableMethods } from './pull-methods.js';
import { english, type Translate } from './i18n/translate.js';
import type { Money, Payer, PaymentMethod, PullPaymentRequest } from '../sdk/types.js';

/** What the pull form holds. */
export interface PullForm {
  splitMode: boolean;
  singleMethodId: string | null;
  singleAmount: number | null;
  /** The split's methods, in the payer's order. */
  chosen: readonly string[];
  amounts: Readonly<Record<string, number | null>>;
}

/** The sum of the split's typed amounts, or null while one is missing. */
export function splitTotal(form: Pick<PullForm, 'chosen' | 'amounts'>): number | null {
  let total = 0;
  for (const id of form.chosen) {
    const cents = form.amounts[id];
    if (cents === null || cents === undefined) return null;
    total += cents;
  }
  return total;
}

/**
 * The parts to quote, or the messages by field (`method`, `amount`, `parts`, `part:<methodId>`)
 * that keep review from opening. `fieldProblem(key)` is an amount field's own validation message
 * when it is invalid (possibly empty), null when it is valid or not on screen.
 */
export function buildPullParts(
  form: PullForm,
  balance: Money,
  fieldProblem: (key: string) => string | null,
  locale?: string,
  t: Translate = english,
): { parts: PullPaymentRequest['parts'] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const amountError = (cents: number | null, key: string): string | null => {
    const problem = fieldProblem(key);
    return cents === null || problem !== null ? problem || t('Enter an amount.') : null;
  };
  if (!form.splitMode) {
    if (!form.singleMethodId) errors['method'] = t('Choose the method to pull from.');
    const amount = amountError(form.singleAmount, 'amount');
    if (amount !== null) errors['amount'] = amount;
    if (Object.keys(errors).length > 0 || !form.singleMethodId || form.singleAmount === null) return { errors };
    return { parts: [{ methodId: form.singleMethodId, amountCents: form.singleAmount }] };
  }
  if (form.chosen.length === 0) errors['parts'] = t('Choose at least one authorized method.');
  if (form.chosen.length > MAX_PULL_PARTS) errors['parts'] = t('Choose at most {max} methods.', { max: MAX_PULL_PARTS });
  const parts: PullPaymentRequest['parts'] = [];
  for (const id of form.chosen) {
    const cents = form.amounts[id] ?? null;
    const problem = amountError(cents, `part:${id}`);
    if (problem !== null || cents === null) errors[`part:${id}`] = problem ?? t('Enter an amount.');
    else parts.push({ methodId: id, amountCents: cents });
  }
  const total = parts.reduce((sum, p) => sum + p.amountCents, 0);
  if (!errors['parts'] && parts.length === form.chosen.length && total > balance.amountCents) {
    errors['parts'] = t('The parts add up to {total}, more than the {balance} outstanding.', {
      total: formatMoney({ amountCents: total, currency: balance.currency }, locale),
      balance: formatMoney(balance, locale),
    });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { parts };
}

/** The parts the due-pulls list proposes for a pull (method and amount in cents). */
export interface PullPrefillParts {
  parts: { methodId: string; amountCents: number }[];
}

/**
 * The form a pull starts from: the prefill's parts that may still be pulled from (a split when
 * there are several), else the arranged method, else the first pullable one, for the whole balance.
 */
export function pullFormFor(payer: Pick<Payer, 'methods' | 'outstanding' | 'arrangement'>, prefill: PullPrefillParts | undefined): PullForm {
  const offered = new Set(pullableMethods(payer.methods).map((m) => m.id));
  const parts = (prefill?.parts ?? []).filter((p) => offered.has(p.methodId));
  if (parts.length > 1) {
    return {
      splitMode: true,
      chosen: payer.methods.map((m) => m.id).filter((id) => parts.some((p) => p.methodId === id)),
      amounts: Object.fromEntries(parts.map((p) => [p.methodId, p.amountCents])),
      singleMethodId: parts[0]?.methodId ?? null,
      singleAmount: payer.outstanding.amountCents,
    };
  }
  const arranged = payer.arrangement.parts.map((p) => p.method.id).find((id) => offered.has(id));
  const [only] = parts;
  return {
    splitMode: false,
    singleMethodId: only?.methodId ?? arranged ?? payer.methods.find((m) => offered.has(m.id))?.id ?? null,
    singleAmount: only?.amountCents ?? payer.outstanding.amountCents,
    chosen: [],
    amounts: {},
  };
}

/**
 * The form without methods that can no longer be pulled from (after a reload): they show disabled,
 * so staff could not untick them, and must not be sent again. What was typed for the rest stays,
 * and a single method is never switched on staff's behalf: they choose again.
 */
export function withoutUnpullable(form: PullForm, methods: readonly Pick<PaymentMethod, 'id' | 'usable' | 'unusableReason' | 'recurringAuthorization'>[]): PullForm {
  const usable = new Set(pullableMethods(methods).map((m) => m.id));
  const chosen = form.chosen.some((id) => !usable.has(id)) ? form.chosen.filter((id) => usable.has(id)) : form.chosen;
  const amounts = chosen === form.chosen ? form.amounts : Object.fromEntries(Object.entries(form.amounts).filter(([id]) => usable.has(id)));
  const singleMethodId = form.singleMethodId !== null && !usable.has(form.singleMethodId) ? null : form.singleMethodId;
  return { ...form, chosen, amounts, singleMethodId };
}
