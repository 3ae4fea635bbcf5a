// The sentences the payer widgets say about whose billing they show and who may pay it: pure
// functions of `GET /me` and the engine's answers, so every widget words the same rule the same way
// and node tests can pin the words down. Money is formatted only through `formatMoney` (Intl).
import { billingAccess, officeContact, partyName, type BillingAccess } from './billing-access.js';
import { mentionsDueToOthers } from './outstanding-shape.js';
import { formatDate, formatDateOfInstant, formatMoney } from './format.js';
import type { AdvanceNotice, CommunitySettings, DueToOthers, Invoice, InvoiceStatus, Me, PartyRef, PaymentStatus } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/** The filters `<alis-invoices>` offers. */
export type InvoiceListFilter = 'all' | 'open' | 'paid';

/** The filters `<alis-payment-history>` offers: `all`, or one payment status. */
export type PaymentListFilter = 'all' | PaymentStatus;

/** "You" for the signed-in user, otherwise the person's name with their relationship. */
export function personLabel(me: Pick<Me, 'party'>, party: Pick<PartyRef, 'id' | 'name' | 'relationship'>, t: Translate = english): string {
  return me.party !== null && party.id === me.party.id ? t('You') : partyName(party);
}

/** Whether the list is the resident's own (the user sees the resident's billing and is not the resident). */
function seesSomeoneElsesAccount(me: Pick<Me, 'party' | 'resident'>, access: BillingAccess): boolean {
  const seesResident = access === 'view' || access === 'view_and_pay';
  return seesResident && me.resident !== null && me.party?.id !== me.resident.id;
}

/**
 * "Harold Jensen's"; a name ending in s also takes 's ("Eleanor Brooks's"), as most style guides keep it.
 * English only: a sentence in another language says whose with its own words (see the sentences below).
 */
export function possessive(name: string): string {
  return `${name}'s`;
}

/**
 * The invoice list's heading when the host gives none: "Invoices for Harold Jensen" when the user
 * sees a resident's billing, "Invoices addressed to you" when they see only theirs, else "Invoices".
 */
export function invoicesHeading(me: Me, t: Translate = english): string {
  const access = billingAccess(me);
  if (seesSomeoneElsesAccount(me, access) && me.resident) return t('Invoices for {name}', { name: me.resident.name });
  if (access === 'view' || access === 'view_and_pay') return t('Your invoices');
  if (access === 'pay') return t('Invoices addressed to you');
  return t('Invoices');
}

/**
 * Said on an open invoice the user can see but not pay because it is addressed to someone else:
 * to whom, and how to have it re-addressed (staff do it in ALIS under Options > Edit).
 */
export function readdressSentence(invoice: Pick<Invoice, 'number' | 'addressee'>, office: CommunitySettings['billingOffice'], t: Translate = english): string {
  return t(
    'Invoice {number} is addressed to {person}, so only they can pay it online. If you should pay it, the billing office can address it to you (in ALIS, under Options > Edit): {office}.',
    { number: invoice.number, person: partyName(invoice.addressee), office: officeContact(office) },
  );
}

/** The one sentence a view-only user reads instead of Pay buttons. */
export function viewOnlySentence(me: Me, t: Translate = english): string {
  const office = officeContact(me.community.billingOffice);
  return seesSomeoneElsesAccount(me, 'view') && me.resident
    ? t("Your access lets you view {name}'s billing but not pay online. If you should pay, contact {office}.", { name: me.resident.name, office })
    : t('Your access lets you view your billing but not pay online. If you should pay, contact {office}.', { office });
}

/** Said while the payment gateway (ALIS Pay) is off and the user would otherwise pay here. */
export function gatewayOffSentence(
  community: Pick<CommunitySettings, 'communityName' | 'billingOffice'>,
  stillShown: 'invoices' | 'balance' | 'payments',
  t: Translate = english,
): string {
  const params = { community: community.communityName, office: officeContact(community.billingOffice) };
  switch (stillShown) {
    case 'invoices':
      return t('Online payments are not available at {community} right now. You can still review the invoices here. To pay, contact {office}.', params);
    case 'payments':
      return t('Online payments are not available at {community} right now. Past payments are still listed here. To pay, contact {office}.', params);
    default:
      return t('Online payments are not available at {community} right now. To pay, contact {office}.', params);
  }
}

/**
 * Said where "+ Add payment method" would be while the gateway is off. Only saving a new method is
 * refused then; the engine still accepts renaming, choosing the default, removing and allowing
 * automatic payments (harmless: the billing team cannot collect until the gateway is back on).
 */
export function savingMethodsOffSentence(community: Pick<CommunitySettings, 'communityName' | 'billingOffice'>, t: Translate = english): string {
  return t(
    'Saving new payment methods is switched off at {community} for now. You can still rename your saved methods, choose your default and remove one; the billing team collects nothing automatically until online payments are back on. To pay, contact {office}.',
    { community: community.communityName, office: officeContact(community.billingOffice) },
  );
}

/**
 * Said to a user whose profile does not include managing payment methods, wherever they meet
 * methods (the list, the pay flow, the add form); `paysBills` when the profile still pays with
 * saved ones.
 */
export function noMethodsAccessSentence(community: Pick<CommunitySettings, 'billingOffice'>, paysBills: boolean, t: Translate = english): string {
  const office = officeContact(community.billingOffice);
  return paysBills
    ? t(
        'Your access lets you pay with saved payment methods but not add, change or remove them. If you should manage payment methods, contact {office}.',
        { office },
      )
    : t('Your access does not include payment methods. If you should manage payment methods, contact {office}.', { office });
}

/** The invoice list's empty state, worded for whose invoices the user sees. */
export function emptyInvoicesMessage(me: Me, filter: InvoiceListFilter, t: Translate = english): string {
  const access = billingAccess(me);
  if (access === 'pay') {
    const none =
      filter === 'open'
        ? t('Nothing addressed to you is due.')
        : filter === 'paid'
          ? t('No paid invoices are addressed to you yet.')
          : t('No invoices are addressed to you yet.');
    const scope = me.resident
      ? t("You see only invoices addressed to you; any others on {name}'s account are not listed here.", { name: me.resident.name })
      : t('You see only invoices addressed to you.');
    return `${none} ${scope}`;
  }
  if (seesSomeoneElsesAccount(me, access) && me.resident) {
    const name = me.resident.name;
    switch (filter) {
      case 'open':
        return t('{name} has no open invoices. Nothing is due.', { name });
      case 'paid':
        return t('{name} has no paid invoices yet.', { name });
      default:
        return t('{name} has no invoices yet.', { name });
    }
  }
  switch (filter) {
    case 'open':
      return t('You have no open invoices. Nothing is due.');
    case 'paid':
      return t('You have no paid invoices yet.');
    default:
      return t('You have no invoices yet.');
  }
}

/** "None of your payments …" for each status filter. */
function noneOfYourPayments(filter: Exclude<PaymentListFilter, 'all'>, t: Translate): string {
  switch (filter) {
    case 'pending':
      return t('None of your payments is processing right now.');
    case 'succeeded':
      return t('None of your payments succeeded yet.');
    case 'failed':
      return t('None of your payments failed.');
    case 'returned':
      return t('None of your payments was returned by the bank.');
    case 'refunded':
      return t('None of your payments was refunded.');
    case 'partially_refunded':
      return t('None of your payments was partly refunded.');
    case 'voided':
      return t('None of your payments was voided.');
  }
}

/** "None of the payments on Harold Jensen's account …" for each status filter. */
function noneOnAccount(filter: Exclude<PaymentListFilter, 'all'>, name: string, t: Translate): string {
  switch (filter) {
    case 'pending':
      return t("None of the payments on {name}'s account is processing right now.", { name });
    case 'succeeded':
      return t("None of the payments on {name}'s account succeeded yet.", { name });
    case 'failed':
      return t("None of the payments on {name}'s account failed.", { name });
    case 'returned':
      return t("None of the payments on {name}'s account was returned by the bank.", { name });
    case 'refunded':
      return t("None of the payments on {name}'s account was refunded.", { name });
    case 'partially_refunded':
      return t("None of the payments on {name}'s account was partly refunded.", { name });
    case 'voided':
      return t("None of the payments on {name}'s account was voided.", { name });
  }
}

/** The payment history's empty state, worded for whose payments the user sees. */
export function emptyPaymentsMessage(me: Me, filter: PaymentListFilter, t: Translate = english): string {
  const name = seesSomeoneElsesAccount(me, billingAccess(me)) && me.resident ? me.resident.name : null;
  if (filter === 'all') return name ? t("No payments have been made on {name}'s account yet.", { name }) : t('You have not made any payments yet.');
  return name ? noneOnAccount(filter, name, t) : noneOfYourPayments(filter, t);
}

/**
 * What else is due on the resident's account, addressed to others, so nobody reads their own
 * "You owe" as the account being settled: "Also due on Harold Jensen's account: $2,818.05 —
 * addressed to Karen Molloy (Daughter), 1 invoice." Null when nothing else is due.
 */
export function dueToOthersSentence(dueToOthers: DueToOthers | null, residentName: string | null, locale?: string, t: Translate = english): string | null {
  if (!mentionsDueToOthers(dueToOthers)) return null;
  const count = (n: number) => t.plural(n, { one: '{count} invoice', other: '{count} invoices' });
  const total = formatMoney(dueToOthers.total, locale);
  const [only] = dueToOthers.addressees;
  if (only && dueToOthers.addressees.length === 1) {
    const params = { total, person: partyName(only.party), invoices: count(only.invoiceCount) };
    return residentName
      ? t("Also due on {name}'s account: {total} — addressed to {person}, {invoices}. Only they can pay it online.", { ...params, name: residentName })
      : t('Also due on the account: {total} — addressed to {person}, {invoices}. Only they can pay it online.', params);
  }
  const parts = dueToOthers.addressees.map((entry) =>
    t('{amount} addressed to {person} ({invoices})', {
      amount: formatMoney(entry.balance, locale),
      person: partyName(entry.party),
      invoices: count(entry.invoiceCount),
    }),
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
  return residentName
    ? t("Also due on {name}'s account: {total} — {list}. Only the person each is addressed to can pay it online.", { name: residentName, total, list })
    : t('Also due on the account: {total} — {list}. Only the person each is addressed to can pay it online.', { total, list });
}

/** Said to a user who sees only their own invoices: their total is not the whole account. */
export function onlyAddressedToYouSentence(residentName: string | null, t: Translate = english): string {
  return residentName
    ? t("This covers only what is addressed to you. Other amounts may be due on {name}'s account.", { name: residentName })
    : t('This covers only what is addressed to you.');
}

/**
 * The advance notice of the next collection, as the user received it: "We emailed you on
 * November 25, 2026: $7,472.15 will be collected on December 5, 2026 from Checking •••• 5460."
 * `sentAt` is an instant, shown as the community's calendar day.
 */
export function advanceNoticeSentence(
  notice: AdvanceNotice,
  options: { locale?: string | undefined; timeZone?: string | undefined; t?: Translate | undefined } = {},
): string {
  const { locale, timeZone } = options;
  const t = options.t ?? english;
  const sentDay = formatDateOfInstant(notice.sentAt, timeZone, locale, 'long');
  const methods = notice.methods.map((method) => method.label);
  const params = { amount: formatMoney(notice.amount, locale), date: formatDate(notice.pullDate, locale, 'long') };
  const collected =
    methods.length > 0
      ? t('{amount} will be collected on {date} from {methods}.', { ...params, methods: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(methods) })
      : t('{amount} will be collected on {date}.', params);
  // With no address on file nobody was emailed: say what will happen without claiming an email.
  return notice.recipients.length > 0
    ? t('We emailed you on {day}: {collected}', { day: sentDay, collected })
    : t('The billing team noted on {day}: {collected}', { day: sentDay, collected });
}

/**
 * The engine's refusal of a payment because the invoice is addressed to someone else, with the
 * office's contact added, since the office is who can change it ("…The billing office can address
 * it to you instead. Contact Willow Creek business office, (630) 555-0142, …"). `engineMessage` is
 * the refusal as the reader reads it (see `refusalSentence`).
 */
export function notAddresseeMessage(engineMessage: string, office: CommunitySettings['billingOffice'], t: Translate = english): string {
  return t('{refusal} Contact {office}.', { refusal: engineMessage, office: officeContact(office) });
}

/** An invoice's status as its badge says it: "Partially paid". The payer's list and the Payment Center's say it the same way. */
export function invoiceStatusLabel(status: InvoiceStatus, t: Translate = english): string {
  switch (status) {
    case 'open':
      return t.ctx('invoice status', 'Open');
    case 'partially_paid':
      return t.ctx('invoice status', 'Partially paid');
    case 'paid':
      return t.ctx('invoice status', 'Paid');
    case 'credit':
      return t.ctx('invoice status', 'Credit');
  }
}
