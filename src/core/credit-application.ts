// Applying a payer's credit on account, apart from the element that asks for it: the request the
// form describes (or what to fix first), what its idempotency key stands for, and where each of the
// engine's refusals belongs on the form. Errors are keyed by field: `invoice:<id>`, `amount:<id>`,
// `allocations` (the chosen invoices as a whole) and `flow` (the application as a whole).
import { formatMoney } from './format.js';
import { spreadCredit, type CreditLine, type CreditTarget } from './credit-plan.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import type { CreditApplicationRequest, Money } from '../sdk/types.js';

/** In the allocation policy's order, or to the invoices staff choose. */
export type CreditApplicationMode = 'policy' | 'chosen';

/** Messages by field: `invoice:<id>`, `amount:<id>`, `allocations`, `flow`. */
export type CreditApplicationErrors = Record<string, string>;

/** What the form holds when review is asked for. */
export interface CreditApplicationForm {
  mode: CreditApplicationMode;
  /** The payer's open invoices in the policy's order. */
  invoices: readonly CreditTarget[];
  credit: Money;
  /** Invoice ids ticked in the chosen-invoices mode. */
  chosen: readonly string[];
  /** Typed amounts by invoice id (null while a field is empty or unreadable). */
  amounts: Readonly<Record<string, number | null>>;
  /** What an amount field itself says of what was typed: its validation message, or '' when valid (undefined: no field). */
  fieldMessage: (invoiceId: string) => string | undefined;
}

/** The sum of the chosen amounts, or null while one is missing. */
export function chosenTotal(chosen: readonly string[], amounts: Readonly<Record<string, number | null>>): number | null {
  let total = 0;
  for (const id of chosen) {
    const cents = amounts[id];
    if (cents === null || cents === undefined) return null;
    total += cents;
  }
  return total;
}

/** The request the form describes, or the field errors that keep review from opening. */
export function buildCreditApplication(
  form: CreditApplicationForm,
  locale?: string,
  t: Translate = english,
): { request: CreditApplicationRequest } | { errors: CreditApplicationErrors } {
  const { credit } = form;
  if (form.mode === 'policy') {
    // The lines the review shows, sent as they are: if a balance or the credit changed since, the
    // engine refuses rather than applying something other than what was reviewed.
    const lines = spreadCredit(form.invoices, credit.amountCents).map((line) => ({ invoiceId: line.invoiceId, amountCents: line.amountCents }));
    return { request: lines.length > 0 ? { currency: credit.currency, allocations: lines } : { currency: credit.currency } };
  }
  const errors: CreditApplicationErrors = {};
  if (form.chosen.length === 0) errors['allocations'] = t('Choose at least one invoice.');
  const allocations: NonNullable<CreditApplicationRequest['allocations']> = [];
  for (const id of form.chosen) {
    const cents = form.amounts[id] ?? null;
    const message = form.fieldMessage(id);
    if (cents === null || cents < 1 || message) errors[`amount:${id}`] = message || t('Enter an amount.');
    else allocations.push({ invoiceId: id, amountCents: cents });
  }
  const total = allocations.reduce((sum, a) => sum + a.amountCents, 0);
  if (!errors['allocations'] && allocations.length === form.chosen.length && total > credit.amountCents) {
    errors['allocations'] = t('That is {total} in all, more than the {credit} of credit on account.', {
      total: formatMoney({ amountCents: total, currency: credit.currency }, locale),
      credit: formatMoney(credit, locale),
    });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { request: { currency: credit.currency, allocations } };
}

/** The lines a request applies: its own, or the credit spread in policy order when it names none. */
export function creditApplicationLines(request: CreditApplicationRequest, invoices: readonly CreditTarget[], creditCents: number): CreditLine[] {
  return request.allocations ?? spreadCredit(invoices, creditCents);
}

/**
 * What the application's remembered idempotency key stands for: the same payer, invoices, amounts
 * and credit shown give the same key, so a retry, a double click or a second tab applies it once.
 */
export function creditApplicationFingerprint(
  request: CreditApplicationRequest,
  context: { userId: string; payerId: string; invoices: readonly CreditTarget[]; creditCents: number },
): { userId: string; target: string; amountCents: number; methodId: string; balanceCents: number } {
  const lines = creditApplicationLines(request, context.invoices, context.creditCents);
  return {
    userId: context.userId,
    target: `credit:${context.payerId}:${request.allocations ? lines.map((l) => l.invoiceId).join(',') : 'policy'}`,
    amountCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    methodId: 'credit-on-account',
    balanceCents: context.creditCents,
  };
}

/**
 * Where the engine's refusal of `request` belongs: `allocations[i].amountCents` at that invoice's
 * amount, `allocations[i].invoiceId` at its checkbox, `allocations` at the chosen invoices, anything
 * else (or nothing said by field) at the form as a whole, saying that nothing was applied.
 */
export function creditRefusalErrors(
  refusal: { code?: string; message: string; fields: Readonly<Record<string, string>> },
  request: CreditApplicationRequest,
  t: Translate = english,
): CreditApplicationErrors {
  const errors: CreditApplicationErrors = {};
  for (const [path, engineMessage] of Object.entries(refusal.fields)) {
    const message = refusedFieldSentence(engineMessage, t);
    const match = /^allocations\[(\d+)\]\.(invoiceId|amountCents)$/.exec(path);
    const line = match ? request.allocations?.[Number(match[1])] : undefined;
    if (line && match?.[2] === 'amountCents') errors[`amount:${line.invoiceId}`] ??= message;
    else if (line) errors[`invoice:${line.invoiceId}`] ??= message;
    else if (path === 'allocations' && request.allocations) errors['allocations'] ??= message;
    else errors['flow'] ??= message;
  }
  if (Object.keys(errors).length === 0) {
    errors['flow'] = t('{reason} Nothing was applied.', { reason: refusalSentence({ code: refusal.code ?? '', message: refusal.message }, t) });
  }
  return errors;
}

/** What a failure that is not the engine's refusal says: nothing was applied. */
export function creditApplicationFailedMessage(t: Translate = english): string {
  return t('Something went wrong applying the credit. Nothing was applied; please try again.');
}
