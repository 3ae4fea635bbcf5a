// What a staff pull says and where its refusals go: pure functions of the engine's quote, payments
// and refusals, so the wording and the placement are pinned by node tests and the element only
// draws them. Money is formatted only through `formatMoney` (Intl).
import { formatMoney } from './format.js';
import { formatInstantDate } from './instant.js';
import type { AlisApiError } from '../sdk/errors.js';
import type { AllocationPolicy, Money, Payer, Payment, PaymentMethod, PullPaymentRequest, PullQuote } from '../sdk/types.js';

/** The most methods one pull may be split across. */
export const MAX_PULL_PARTS = 4;

/** Where the community's policy puts a pull's money, as the review says it. */
export const allocationPolicyWords: Readonly<Record<AllocationPolicy, string>> = {
  oldest_first: 'the open invoices, oldest due date first',
  newest_first: 'the open invoices, most recent first',
  unapplied_credit: 'a credit on the account, for the billing team to apply',
};

/** The invoices a part settles ("INV-0012, INV-0013"), and any credit it leaves on the account. */
export function settlesText(allocations: PullQuote['parts'][number]['allocations'], unapplied: Money, locale?: string): string {
  const invoices = allocations.map((a) => a.invoiceNumber).join(', ');
  const credit = unapplied.amountCents > 0 ? `${formatMoney(unapplied, locale)} as credit on the account` : '';
  return [invoices, credit].filter(Boolean).join('; ') || 'Nothing';
}

/** Whose authorization the pull is made under, each dated in the community's time zone like every other date. */
export function authorizationSentence(
  payer: Pick<Payer, 'party'>,
  request: Pick<PullPaymentRequest, 'parts'>,
  methods: ReadonlyMap<string, Pick<PaymentMethod, 'label' | 'recurringAuthorization'>>,
  timeZone: string,
  locale?: string,
): string {
  const grants = request.parts.map((part) => {
    const method = methods.get(part.methodId);
    const auth = method?.recurringAuthorization;
    if (!method || !auth) return null;
    return `${method.label} by ${auth.authorizedBy} on ${formatInstantDate(auth.authorizedAt, timeZone, locale)}`;
  });
  const known = grants.filter((g): g is string => g !== null);
  return `Pulled under ${payer.party.name}'s authorization for recurring payments: ${new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(known)}.`;
}

/** The result step's heading and sentence: declined (nothing taken), one payment, or one per method. */
export function pullResultWords(payments: readonly Pick<Payment, 'status' | 'amount'>[], payerName: string, locale?: string): { heading: string; sentence: string; declined: boolean } {
  const declined = payments.every((p) => p.status === 'failed');
  const [only] = payments;
  if (declined) return { heading: 'The pull was declined', sentence: `Nothing was taken from ${payerName}.`, declined };
  if (payments.length === 1 && only) {
    return {
      heading: 'Payment pulled',
      sentence: `Pulled ${formatMoney(only.amount, locale)} from ${payerName}. It is listed in Undeposited Payments until it is deposited.`,
      declined,
    };
  }
  return {
    heading: 'Payments pulled',
    sentence: `Made ${payments.length} payments from ${payerName}, one per method. They are listed in Undeposited Payments until they are deposited.`,
    declined,
  };
}

/** What a made pull announces: its payments' references. */
export function pulledAnnouncement(payments: readonly Pick<Payment, 'reference'>[]): string {
  return `${payments.length === 1 ? 'Payment' : 'Payments'} pulled. Reference ${payments.map((p) => p.reference).join(', ')}.`;
}

/**
 * The notice for `balance_changed`: the engine's sentence, the new balance beside the one reviewed
 * (or that nothing is left to pull), and that nothing was pulled.
 */
export function pullBalanceChangedNotice(message: string, previous: Money | null, currentCents: number | null, locale?: string): string {
  if (previous === null || currentCents === null) return `${message} Nothing was pulled.`;
  const now = formatMoney({ amountCents: currentCents, currency: previous.currency }, locale);
  return currentCents > 0
    ? `${message} The outstanding balance is now ${now} (it was ${formatMoney(previous, locale)}). Nothing was pulled.`
    : `${message} The outstanding balance is now ${now}, so there is nothing to pull. Nothing was pulled.`;
}

/** A pull that failed for no reason the engine gave. */
export const pullFailedMessage = 'Something went wrong sending the pull. Nothing was pulled; please try again.';

/** The quote changed and the engine gave no new one to compare with. */
export const pullChangedSinceReviewSentence = 'The pull changed since you reviewed it. Review the new total and pull again.';

/**
 * Places an engine refusal of a pull at the form's fields, by key: `amount` and `method` (one
 * method), `part:<methodId>` and `parts` (a split), `flow` for the rest. `parts[i].…` names the
 * i-th part sent; `amount_exceeds_balance` gives its whole sentence (with the balance) to the amount.
 */
export function placePullRefusal(error: Pick<AlisApiError, 'code' | 'message' | 'fields'>, request: Pick<PullPaymentRequest, 'parts'>, split: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error.code === 'amount_exceeds_balance') errors[split ? 'parts' : 'amount'] = error.message;
  for (const [path, message] of Object.entries(error.fields)) {
    const match = /^parts\[(\d+)\]/.exec(path);
    const part = match ? request.parts[Number(match[1])] : undefined;
    if (part && !split) errors[path.endsWith('amountCents') ? 'amount' : 'method'] ??= message;
    else if (part) errors[`part:${part.methodId}`] ??= message;
    else if (path === 'parts') errors[split ? 'parts' : 'amount'] ??= message;
    else errors['flow'] ??= message;
  }
  if (Object.keys(errors).length === 0) errors['flow'] = error.message;
  return errors;
}
