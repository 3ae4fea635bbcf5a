// What a staff pull says and where its refusals go: pure functions of the engine's quote, payments
// and refusals, so the wording and the placement are pinned by node tests and the element only
// draws them. Money is formatted only through `formatMoney` (Intl).
import { formatMoney } from './format.js';
import { formatInstantDate } from './instant.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import type { AlisApiError } from '../sdk/errors.js';
import type { AllocationPolicy, Money, Payer, Payment, PaymentMethod, PullPaymentRequest, PullQuote } from '../sdk/types.js';

/** The most methods one pull may be split across. */
export const MAX_PULL_PARTS = 4;

/** Where the community's policy puts a pull's money, as the review says it. */
export function allocationPolicyWords(policy: AllocationPolicy, t: Translate = english): string {
  switch (policy) {
    case 'oldest_first':
      return t('the open invoices, oldest due date first');
    case 'newest_first':
      return t('the open invoices, most recent first');
    case 'unapplied_credit':
      return t('a credit on the account, for the billing team to apply');
  }
}

/** The invoices a part settles ("INV-0012, INV-0013"), and any credit it leaves on the account. */
export function settlesText(allocations: PullQuote['parts'][number]['allocations'], unapplied: Money, locale?: string, t: Translate = english): string {
  const invoices = allocations.map((a) => a.invoiceNumber).join(', ');
  const credit = unapplied.amountCents > 0 ? t('{amount} as credit on the account', { amount: formatMoney(unapplied, locale) }) : '';
  return [invoices, credit].filter(Boolean).join('; ') || t.ctx('what a pull settles', 'Nothing');
}

/** Whose authorization the pull is made under, each dated in the community's time zone like every other date. */
export function authorizationSentence(
  payer: Pick<Payer, 'party'>,
  request: Pick<PullPaymentRequest, 'parts'>,
  methods: ReadonlyMap<string, Pick<PaymentMethod, 'label' | 'recurringAuthorization'>>,
  timeZone: string,
  locale?: string,
  t: Translate = english,
): string {
  const grants = request.parts.map((part) => {
    const method = methods.get(part.methodId);
    const auth = method?.recurringAuthorization;
    if (!method || !auth) return null;
    return t('{method} by {person} on {date}', { method: method.label, person: auth.authorizedBy, date: formatInstantDate(auth.authorizedAt, timeZone, locale) });
  });
  const known = grants.filter((g): g is string => g !== null);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(known);
  return t("Pulled under {payer}'s authorization for recurring payments: {grants}.", { payer: payer.party.name, grants: list });
}

/** The result step's heading and sentence: declined (nothing taken), one payment, or one per method. */
export function pullResultWords(
  payments: readonly Pick<Payment, 'status' | 'amount'>[],
  payerName: string,
  locale?: string,
  t: Translate = english,
): { heading: string; sentence: string; declined: boolean } {
  const declined = payments.every((p) => p.status === 'failed');
  const [only] = payments;
  if (declined) return { heading: t('The pull was declined'), sentence: t('Nothing was taken from {payer}.', { payer: payerName }), declined };
  if (payments.length === 1 && only) {
    return {
      heading: t('Payment pulled'),
      sentence: t('Pulled {amount} from {payer}. It is listed in Undeposited Payments until it is deposited.', { amount: formatMoney(only.amount, locale), payer: payerName }),
      declined,
    };
  }
  return {
    heading: t('Payments pulled'),
    sentence: t.plural(
      payments.length,
      {
        one: 'Made {count} payment from {payer}, one per method. It is listed in Undeposited Payments until it is deposited.',
        other: 'Made {count} payments from {payer}, one per method. They are listed in Undeposited Payments until they are deposited.',
      },
      { payer: payerName },
    ),
    declined,
  };
}

/** What a made pull announces: its payments' references. */
export function pulledAnnouncement(payments: readonly Pick<Payment, 'reference'>[], t: Translate = english): string {
  const references = payments.map((p) => p.reference).join(', ');
  return t.plural(payments.length, { one: 'Payment pulled. Reference {references}.', other: 'Payments pulled. References {references}.' }, { references });
}

/**
 * The notice for `balance_changed`: the engine's sentence, the new balance beside the one reviewed
 * (or that nothing is left to pull), and that nothing was pulled.
 */
export function pullBalanceChangedNotice(message: string, previous: Money | null, currentCents: number | null, locale?: string, t: Translate = english): string {
  if (previous === null || currentCents === null) return t('{reason} Nothing was pulled.', { reason: message });
  const now = formatMoney({ amountCents: currentCents, currency: previous.currency }, locale);
  return currentCents > 0
    ? t('{reason} The outstanding balance is now {now} (it was {before}). Nothing was pulled.', { reason: message, now, before: formatMoney(previous, locale) })
    : t('{reason} The outstanding balance is now {now}, so there is nothing to pull. Nothing was pulled.', { reason: message, now });
}

/** A pull that failed for no reason the engine gave. */
export function pullFailedMessage(t: Translate = english): string {
  return t('Something went wrong sending the pull. Nothing was pulled; please try again.');
}

/** The quote changed and the engine gave no new one to compare with. */
export function pullChangedSinceReviewSentence(t: Translate = english): string {
  return t('The pull changed since you reviewed it. Review the new total and pull again.');
}

/**
 * Places an engine refusal of a pull at the form's fields, by key: `amount` and `method` (one
 * method), `part:<methodId>` and `parts` (a split), `flow` for the rest. `parts[i].…` names the
 * i-th part sent; `amount_exceeds_balance` gives its whole sentence (with the balance) to the amount.
 */
export function placePullRefusal(
  error: Pick<AlisApiError, 'code' | 'message' | 'fields'>,
  request: Pick<PullPaymentRequest, 'parts'>,
  split: boolean,
  t: Translate = english,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const whole = refusalSentence(error, t);
  if (error.code === 'amount_exceeds_balance') errors[split ? 'parts' : 'amount'] = whole;
  for (const [path, engineMessage] of Object.entries(error.fields)) {
    const message = refusedFieldSentence(engineMessage, t);
    const match = /^parts\[(\d+)\]/.exec(path);
    const part = match ? request.parts[Number(match[1])] : undefined;
    if (part && !split) errors[path.endsWith('amountCents') ? 'amount' : 'method'] ??= message;
    else if (part) errors[`part:${part.methodId}`] ??= message;
    else if (path === 'parts') errors[split ? 'parts' : 'amount'] ??= message;
    else errors['flow'] ??= message;
  }
  if (Object.keys(errors).length === 0) errors['flow'] = whole;
  return errors;
}
