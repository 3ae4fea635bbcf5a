// What the signed-in user may do with billing, read from `GET /me`, and how to name the people and
// the office the widgets point to. The engine enforces every rule; widgets use these only to show
// the right thing (a Pay button, or who an invoice is addressed to) before anyone asks.
import type { BillingOffice, CommunitySettings, Invoice, Me, PartyRef } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/** What a payer's profile lets them do with billing, in the order the widgets check it. */
export type BillingAccess =
  /** The community switched the portal (ALIS Connect) off: nothing but the office's contact. */
  | 'portal_off'
  /** The profile has neither `view_billing` nor `pay_bills`. */
  | 'none'
  /** `view_billing` without `pay_bills`: sees the resident's billing, pays nothing. */
  | 'view'
  /** `pay_bills` without `view_billing`: sees and pays only what is addressed to them. */
  | 'pay'
  /** Both: sees the resident's billing and pays what is addressed to them. */
  | 'view_and_pay';

/** The user's {@link BillingAccess}. */
export function billingAccess(me: Me): BillingAccess {
  if (!me.community.portalEnabled) return 'portal_off';
  const view = me.permissions.includes('view_billing');
  const pay = me.permissions.includes('pay_bills');
  if (view && pay) return 'view_and_pay';
  if (view) return 'view';
  return pay ? 'pay' : 'none';
}

/**
 * Whether a payer widget (invoices, balance, history) asks for billing data at all: not for staff,
 * who have no bills here, nor while the portal is off or the profile includes no billing.
 */
export function readsPayerBilling(me: Me): boolean {
  const access = billingAccess(me);
  return me.user.role !== 'staff' && access !== 'portal_off' && access !== 'none';
}

/** Whether `<alis-payment-methods>` asks for the saved methods: a payer whose profile pays bills or manages methods, while the portal is on. */
export function readsPaymentMethods(me: Me): boolean {
  return (
    me.user.role !== 'staff' &&
    me.community.portalEnabled &&
    (me.permissions.includes('pay_bills') || me.permissions.includes('manage_payment_methods'))
  );
}

/** Whether the invoice is addressed to the signed-in user. */
export function isAddressedToMe(me: Me, invoice: Pick<Invoice, 'addressee'>): boolean {
  return me.party !== null && invoice.addressee.id === me.party.id;
}

/**
 * Whether the user may pay this invoice online now: addressed to them, their profile pays bills,
 * the community takes payments, and something is due. The engine decides again when they do.
 */
export function canPayInvoice(me: Me, invoice: Pick<Invoice, 'addressee' | 'balance'>): boolean {
  return me.community.paymentsEnabled && me.permissions.includes('pay_bills') && isAddressedToMe(me, invoice) && invoice.balance.amountCents > 0;
}

/** A person as the widgets name them: "Karen Molloy (Daughter)", or just the name for a resident. */
export function partyName(party: Pick<PartyRef, 'name' | 'relationship'>): string {
  return party.relationship ? `${party.name} (${party.relationship})` : party.name;
}

/**
 * How to reach the billing office, in one line: its name, then phone and email, then hours, e.g.
 * "Willow Creek business office, (630) 555-0142, billing@willowcreek.example (Monday to Friday, 8:30 AM to 4:30 PM)".
 */
export function officeContact(office: BillingOffice): string {
  const ways = [office.name, office.phone, office.email].filter((part): part is string => part !== null && part !== '');
  return office.hours ? `${ways.join(', ')} (${office.hours})` : ways.join(', ');
}

/** The one calm sentence every payer widget shows while the portal is switched off. */
export function portalOffMessage(community: Pick<CommunitySettings, 'communityName' | 'billingOffice'>, t: Translate = english): string {
  return t('The resident portal of {community} is switched off for now. For anything about billing, contact {office}.', {
    community: community.communityName,
    office: officeContact(community.billingOffice),
  });
}

/** What a payer whose profile includes no billing sees instead of an empty list. */
export function noBillingAccessMessage(community: Pick<CommunitySettings, 'billingOffice'>, t: Translate = english): string {
  return t('Your access does not include billing. If you should see or pay bills, contact {office}.', { office: officeContact(community.billingOffice) });
}
