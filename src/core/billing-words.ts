// The sentences the payer widgets say about whose billing they show and who may pay it: pure
// functions of `GET /me` and the engine's answers, so every widget words the same rule the same way
// and node tests can pin the words down. Money is formatted only through `formatMoney` (Intl).
import { billingAccess, officeContact, partyName, type BillingAccess } from './billing-access.js';
import { mentionsDueToOthers } from './outstanding-shape.js';
import { formatDate, formatDateOfInstant, formatMoney } from './format.js';
import type { AdvanceNotice, CommunitySettings, DueToOthers, Invoice, Me, PartyRef, PaymentStatus } from '../sdk/types.js';

/** The filters `<alis-invoices>` offers. */
export type InvoiceListFilter = 'all' | 'open' | 'paid';

/** The filters `<alis-payment-history>` offers: `all`, or one payment status. */
export type PaymentListFilter = 'all' | PaymentStatus;

/** "You" for the signed-in user, otherwise the person's name with their relationship. */
export function personLabel(me: Pick<Me, 'party'>, party: Pick<PartyRef, 'id' | 'name' | 'relationship'>): string {
  return me.party !== null && party.id === me.party.id ? 'You' : partyName(party);
}

/** Whether the list is the resident's own (the user sees the resident's billing and is not the resident). */
function seesSomeoneElsesAccount(me: Pick<Me, 'party' | 'resident'>, access: BillingAccess): boolean {
  const seesResident = access === 'view' || access === 'view_and_pay';
  return seesResident && me.resident !== null && me.party?.id !== me.resident.id;
}

/** "Harold Jensen's"; a name ending in s also takes 's ("Eleanor Brooks's"), as most style guides keep it. */
export function possessive(name: string): string {
  return `${name}'s`;
}

/**
 * The invoice list's heading when the host gives none: "Invoices for Harold Jensen" when the user
 * sees a resident's billing, "Invoices addressed to you" when they see only theirs, else "Invoices".
 */
export function invoicesHeading(me: Me): string {
  const access = billingAccess(me);
  if (seesSomeoneElsesAccount(me, access) && me.resident) return `Invoices for ${me.resident.name}`;
  if (access === 'view' || access === 'view_and_pay') return 'Your invoices';
  if (access === 'pay') return 'Invoices addressed to you';
  return 'Invoices';
}

/**
 * Said on an open invoice the user can see but not pay because it is addressed to someone else:
 * to whom, and how to have it re-addressed (staff do it in ALIS under Options > Edit).
 */
export function readdressSentence(invoice: Pick<Invoice, 'number' | 'addressee'>, office: CommunitySettings['billingOffice']): string {
  return (
    `Invoice ${invoice.number} is addressed to ${partyName(invoice.addressee)}, so only they can pay it online. ` +
    `If you should pay it, the billing office can address it to you (in ALIS, under Options > Edit): ${officeContact(office)}.`
  );
}

/** The one sentence a view-only user reads instead of Pay buttons. */
export function viewOnlySentence(me: Me): string {
  const whose = seesSomeoneElsesAccount(me, 'view') && me.resident ? `${possessive(me.resident.name)} billing` : 'your billing';
  return `Your access lets you view ${whose} but not pay online. If you should pay, contact ${officeContact(me.community.billingOffice)}.`;
}

/** Said while the payment gateway (ALIS Pay) is off and the user would otherwise pay here. */
export function gatewayOffSentence(community: Pick<CommunitySettings, 'communityName' | 'billingOffice'>, stillShown: 'invoices' | 'balance' | 'payments'): string {
  const rest =
    stillShown === 'invoices'
      ? 'You can still review the invoices here. '
      : stillShown === 'payments'
        ? 'Past payments are still listed here. '
        : '';
  return `Online payments are not available at ${community.communityName} right now. ${rest}To pay, contact ${officeContact(community.billingOffice)}.`;
}

/**
 * Said where "+ Add payment method" would be while the gateway is off. Only saving a new method is
 * refused then; the engine still accepts renaming, choosing the default, removing and allowing
 * automatic payments (harmless: the billing team cannot collect until the gateway is back on).
 */
export function savingMethodsOffSentence(community: Pick<CommunitySettings, 'communityName' | 'billingOffice'>): string {
  return (
    `Saving new payment methods is switched off at ${community.communityName} for now. ` +
    'You can still rename your saved methods, choose your default and remove one; the billing team collects nothing automatically until online payments are back on. ' +
    `To pay, contact ${officeContact(community.billingOffice)}.`
  );
}

/**
 * Said to a user whose profile does not include managing payment methods, wherever they meet
 * methods (the list, the pay flow, the add form); `paysBills` when the profile still pays with
 * saved ones.
 */
export function noMethodsAccessSentence(community: Pick<CommunitySettings, 'billingOffice'>, paysBills: boolean): string {
  const start = paysBills
    ? 'Your access lets you pay with saved payment methods but not add, change or remove them.'
    : 'Your access does not include payment methods.';
  return `${start} If you should manage payment methods, contact ${officeContact(community.billingOffice)}.`;
}

/** The invoice list's empty state, worded for whose invoices the user sees. */
export function emptyInvoicesMessage(me: Me, filter: InvoiceListFilter): string {
  const access = billingAccess(me);
  if (access === 'pay') {
    const scope = me.resident
      ? ` You see only invoices addressed to you; any others on ${possessive(me.resident.name)} account are not listed here.`
      : ' You see only invoices addressed to you.';
    switch (filter) {
      case 'open':
        return `Nothing addressed to you is due.${scope}`;
      case 'paid':
        return `No paid invoices are addressed to you yet.${scope}`;
      default:
        return `No invoices are addressed to you yet.${scope}`;
    }
  }
  const subject = seesSomeoneElsesAccount(me, access) && me.resident ? `${me.resident.name} has` : 'You have';
  switch (filter) {
    case 'open':
      return `${subject} no open invoices. Nothing is due.`;
    case 'paid':
      return `${subject} no paid invoices yet.`;
    default:
      return `${subject} no invoices yet.`;
  }
}

/** How "None of … " ends for each status filter. */
const noPaymentWords: Record<Exclude<PaymentListFilter, 'all'>, string> = {
  pending: 'is processing right now',
  succeeded: 'succeeded yet',
  failed: 'failed',
  returned: 'was returned by the bank',
  refunded: 'was refunded',
  partially_refunded: 'was partly refunded',
  voided: 'was voided',
};

/** The payment history's empty state, worded for whose payments the user sees. */
export function emptyPaymentsMessage(me: Me, filter: PaymentListFilter): string {
  const account = seesSomeoneElsesAccount(me, billingAccess(me)) && me.resident ? `${possessive(me.resident.name)} account` : null;
  if (filter === 'all') return account ? `No payments have been made on ${account} yet.` : 'You have not made any payments yet.';
  const none = noPaymentWords[filter];
  return account ? `None of the payments on ${account} ${none}.` : `None of your payments ${none}.`;
}

/**
 * What else is due on the resident's account, addressed to others, so nobody reads their own
 * "You owe" as the account being settled: "Also due on Harold Jensen's account: $2,818.05 —
 * addressed to Karen Molloy (Daughter), 1 invoice." Null when nothing else is due.
 */
export function dueToOthersSentence(dueToOthers: DueToOthers | null, residentName: string | null, locale?: string): string | null {
  if (!mentionsDueToOthers(dueToOthers)) return null;
  const account = residentName ? `${possessive(residentName)} account` : 'the account';
  const count = (n: number) => (n === 1 ? '1 invoice' : `${n} invoices`);
  const total = formatMoney(dueToOthers.total, locale);
  const [only] = dueToOthers.addressees;
  if (only && dueToOthers.addressees.length === 1) {
    return `Also due on ${account}: ${total} — addressed to ${partyName(only.party)}, ${count(only.invoiceCount)}. Only they can pay it online.`;
  }
  const parts = dueToOthers.addressees.map(
    (entry) => `${formatMoney(entry.balance, locale)} addressed to ${partyName(entry.party)} (${count(entry.invoiceCount)})`,
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
  return `Also due on ${account}: ${total} — ${list}. Only the person each is addressed to can pay it online.`;
}

/** Said to a user who sees only their own invoices: their total is not the whole account. */
export function onlyAddressedToYouSentence(residentName: string | null): string {
  return residentName
    ? `This covers only what is addressed to you. Other amounts may be due on ${possessive(residentName)} account.`
    : 'This covers only what is addressed to you.';
}

/**
 * The advance notice of the next collection, as the user received it: "We emailed you on
 * November 25, 2026: $7,472.15 will be collected on December 5, 2026 from Checking •••• 5460."
 * `sentAt` is an instant, shown as the community's calendar day.
 */
export function advanceNoticeSentence(notice: AdvanceNotice, options: { locale?: string | undefined; timeZone?: string | undefined } = {}): string {
  const { locale, timeZone } = options;
  const sentDay = formatDateOfInstant(notice.sentAt, timeZone, locale, 'long');
  const methods = notice.methods.map((method) => method.label);
  const from = methods.length > 0 ? ` from ${new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(methods)}` : '';
  const collected = `${formatMoney(notice.amount, locale)} will be collected on ${formatDate(notice.pullDate, locale, 'long')}${from}.`;
  // With no address on file nobody was emailed: say what will happen without claiming an email.
  return notice.recipients.length > 0 ? `We emailed you on ${sentDay}: ${collected}` : `The billing team noted on ${sentDay}: ${collected}`;
}

/**
 * The engine's refusal of a payment because the invoice is addressed to someone else, with the
 * office's contact added, since the office is who can change it ("…The billing office can address
 * it to you instead. Contact Willow Creek business office, (630) 555-0142, …").
 */
export function notAddresseeMessage(engineMessage: string, office: CommunitySettings['billingOffice']): string {
  return `${engineMessage} Contact ${officeContact(office)}.`;
}
