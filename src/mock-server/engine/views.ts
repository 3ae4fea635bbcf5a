// Store records → the exact response shapes of the OpenAPI document. Every field the contract
// requires is set here (nulls where it allows null), and nothing else, because its schemas forbid
// additional properties. Views copy: a caller can never mutate the store through a response.
import { invoiceBalance, invoiceStatus, isOverdue, paymentCounts, unappliedLeftCents, type InvoiceBalance, type PaidCents } from './ledger.js';
import { isUsedByArrangement, methodLabel, unusableReason } from './methods.js';
import { sumCents } from './money.js';
import { permissionsOf, PORTAL_PERMISSIONS } from './auth.js';
import { nextDayOfMonth } from './time.js';
import { settlementDate } from './gateway.js';
import { feeRulesOf } from './fees.js';
import {
  byId,
  findParty,
  residentOfParty,
  type AddressRecord,
  type AdvanceNoticeRecord,
  type AllocationRecord,
  type ActorRecord,
  type ArrangementEndRecord,
  type BillingState,
  type DepositRecord,
  type EmailRecord,
  type InvoiceRecord,
  type LineItemRecord,
  type PaymentMethodRecord,
  type PaymentRecord,
  type ProfileRecord,
  type ResidentRecord,
  type ReturnCode,
  type SettingsRecord,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

type Schemas = components['schemas'];
/** Response shapes, named as in the OpenAPI document. */
export type Money = Schemas['Money'];
export type PartyRef = Schemas['PartyRef'];
export type Address = Schemas['Address'];
export type CommunitySettings = Schemas['CommunitySettings'];
export type User = Schemas['User'];
export type Me = Schemas['Me'];
export type LineItem = Schemas['LineItem'];
export type Invoice = Schemas['Invoice'];
export type InvoicePage = Schemas['InvoicePage'];
export type OutstandingInvoice = Schemas['OutstandingInvoice'];
export type Outstanding = Schemas['Outstanding'];
export type MethodSummary = Schemas['MethodSummary'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type ArrangementView = Schemas['ArrangementView'];
export type Payment = Schemas['Payment'];
export type Deposit = Schemas['Deposit'];
export type DepositAdjustment = Schemas['DepositAdjustment'];
export type Resident = Schemas['Resident'];
export type UserProfile = Schemas['UserProfile'];
export type MockEmail = Schemas['MockEmail'];
export type StaffProfile = Schemas['StaffProfile'];
export type PublicCommunity = Schemas['PublicCommunity'];
export type AdvanceNotice = Schemas['AdvanceNotice'];
export type ArrangementEnded = Schemas['ArrangementEnded'];

/** An amount of money. */
export function money(amountCents: number, currency: string): Money {
  return { amountCents, currency };
}

/** The community settings as payers and staff read them. */
export function settingsView(settings: SettingsRecord): CommunitySettings {
  return {
    communityName: settings.communityName,
    currency: settings.currency,
    timeZone: settings.timeZone,
    gatewayEnabled: settings.gatewayEnabled,
    portalEnabled: settings.portalEnabled,
    paymentsEnabled: settings.gatewayEnabled && settings.portalEnabled,
    allocationPolicy: settings.allocationPolicy,
    billingOffice: { ...settings.billingOffice },
    pullNoticeLeadDays: settings.pullNoticeLeadDays,
    ...feeRulesOf(settings),
  };
}

/** `GET /community`: what the "How to pay bills" guide tells anyone, signed in or not. */
export function publicCommunityView(settings: SettingsRecord): PublicCommunity {
  return {
    communityName: settings.communityName,
    currency: settings.currency,
    timeZone: settings.timeZone,
    billingOffice: { ...settings.billingOffice },
    portalEnabled: settings.portalEnabled,
    gatewayEnabled: settings.gatewayEnabled,
    allocationPolicy: settings.allocationPolicy,
    // Pulls move money, so the billing team can offer them only while the gateway is on.
    billingTeamPulls: settings.gatewayEnabled,
    pullNoticeLeadDays: settings.pullNoticeLeadDays,
    ...feeRulesOf(settings),
  };
}

/** A postal address. */
export function addressView(address: AddressRecord): Address {
  return { ...address };
}

/** A resident or contact as a reference; a dangling id is a store bug, so it throws. */
export function partyRef(state: BillingState, partyId: string): PartyRef {
  const party = findParty(state, partyId);
  if (!party) throw new Error(`views: no party ${partyId}`);
  if (party.kind === 'resident') {
    return { id: party.record.id, kind: 'resident', name: party.record.name, residentId: party.record.id, relationship: null };
  }
  return {
    id: party.record.id,
    kind: 'contact',
    name: party.record.name,
    residentId: party.record.residentId,
    relationship: party.record.relationship,
  };
}

/** A person as the engine's sentences name them: "Karen Molloy (Daughter)", or the resident's name. */
export function partyLabel(state: BillingState, partyId: string): string {
  const ref = partyRef(state, partyId);
  return ref.relationship ? `${ref.name} (${ref.relationship})` : ref.name;
}

/** The name of the resident a party belongs to. */
export function residentNameOf(state: BillingState, partyId: string): string {
  const party = findParty(state, partyId);
  const resident = party ? residentOfParty(state, party) : undefined;
  if (!resident) throw new Error(`views: no resident for party ${partyId}`);
  return resident.name;
}

/** The signed-in user. */
export function userView(user: UserRecord): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    profileId: user.profileId,
    partyId: user.partyId,
  };
}

/** `GET /me`: the user, their party, permissions and the community's settings. */
export function meView(state: BillingState, user: UserRecord): Me {
  const party = user.partyId === null ? undefined : findParty(state, user.partyId);
  const resident = party ? residentOfParty(state, party) : undefined;
  return {
    user: userView(user),
    party: user.partyId === null ? null : partyRef(state, user.partyId),
    resident: resident ? { id: resident.id, name: resident.name, unit: resident.unit } : null,
    residentAddress: resident ? { ...resident.address } : null,
    permissions: permissionsOf(state, user),
    community: settingsView(state.settings),
  };
}

/** One invoice line. */
export function lineItemView(line: LineItemRecord, currency: string): LineItem {
  return {
    id: line.id,
    description: line.description,
    category: line.category,
    serviceDate: line.serviceDate,
    quantity: line.quantity,
    unitAmount: money(line.unitAmountCents, currency),
    amount: money(line.amountCents, currency),
  };
}

/** An invoice with its derived paid amount, balance, status and overdue flag (as of `today`). */
export function invoiceView(state: BillingState, invoice: InvoiceRecord, paid: PaidCents, today: string): Invoice {
  const balance = invoiceBalance(invoice, paid);
  const resident = byId(state.residents, invoice.residentId);
  if (!resident) throw new Error(`views: invoice ${invoice.id} has no resident ${invoice.residentId}`);
  const c = invoice.currency;
  return {
    id: invoice.id,
    number: invoice.number,
    residentId: invoice.residentId,
    residentName: resident.name,
    addressee: partyRef(state, invoice.addresseeId),
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    total: money(balance.totalCents, c),
    paid: money(balance.paidCents, c),
    balance: money(balance.balanceCents, c),
    status: invoiceStatus(balance),
    overdue: isOverdue(invoice, balance, today),
    lineItems: invoice.lineItems.map((line) => lineItemView(line, c)),
  };
}

/** An open invoice as Pay Outstanding lists it. */
export function outstandingInvoiceView(invoice: InvoiceRecord, balance: InvoiceBalance, today: string): OutstandingInvoice {
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    dueDate: invoice.dueDate,
    balance: money(balance.balanceCents, invoice.currency),
    overdue: isOverdue(invoice, balance, today),
  };
}

/** A method as payments and arrangements refer to it. */
export function methodSummary(method: PaymentMethodRecord): MethodSummary {
  return { id: method.id, type: method.type, label: methodLabel(method) };
}

/** A saved method with whether it can pay now (as of `today`) and why not. */
export function paymentMethodView(state: BillingState, method: PaymentMethodRecord, today: string): PaymentMethod {
  const reason = unusableReason(method, today);
  return {
    id: method.id,
    ownerPartyId: method.ownerPartyId,
    type: method.type,
    label: methodLabel(method),
    nickname: method.nickname,
    isDefault: method.isDefault,
    status: method.status,
    usable: reason === null,
    unusableReason: reason,
    recurringAuthorization: method.recurringAuthorization ? { ...method.recurringAuthorization } : null,
    usedByArrangement: isUsedByArrangement(state, method.id),
    billingAddress: addressView(method.billingAddress),
    // Only what the contract allows out: never the card token.
    card:
      method.type === 'card'
        ? { brand: method.card.brand, last4: method.card.last4, expMonth: method.card.expMonth, expYear: method.card.expYear, funding: method.card.funding }
        : null,
    bankAccount: method.type === 'bank_account' ? { ...method.bankAccount } : null,
    block: method.block ? { ...method.block } : null,
    createdAt: method.createdAt,
  };
}

/** An advance notice as the contract's `AdvanceNotice`. */
export function advanceNoticeView(state: BillingState, notice: AdvanceNoticeRecord): AdvanceNotice {
  return {
    pullDate: notice.pullDate,
    sentAt: notice.sentAt,
    amount: money(notice.amountCents, state.settings.currency),
    methods: notice.methodIds.flatMap((id) => {
      const method = byId(state.paymentMethods, id);
      return method ? [methodSummary(method)] : [];
    }),
    recipients: [...notice.recipients],
  };
}

/** How a payer pays; a payer without a recorded arrangement pays on their own. */
export function arrangementView(state: BillingState, partyId: string, today: string): ArrangementView {
  const arrangement = state.arrangements.find((a) => a.payerPartyId === partyId);
  if (!arrangement || arrangement.mode === 'self_pay') {
    return {
      mode: 'self_pay',
      dayOfMonth: null,
      split: null,
      parts: [],
      nextPullDate: null,
      advanceNotice: null,
      updatedAt: arrangement?.updatedAt ?? null,
      ended: arrangement?.endedByPayer ? arrangementEndedView(state, arrangement.endedByPayer) : null,
    };
  }
  const nextPullDate = nextDayOfMonth(today, arrangement.dayOfMonth);
  return {
    mode: 'billing_team_pulls',
    dayOfMonth: arrangement.dayOfMonth,
    split: arrangement.split,
    parts: arrangement.parts.map((part) => {
      const method = byId(state.paymentMethods, part.methodId);
      if (!method) throw new Error(`views: arrangement of ${partyId} pulls from missing method ${part.methodId}`);
      return { method: methodSummary(method), amountCents: part.amountCents, basisPoints: part.basisPoints };
    }),
    nextPullDate,
    advanceNotice: arrangement.advanceNotice?.pullDate === nextPullDate ? advanceNoticeView(state, arrangement.advanceNotice) : null,
    updatedAt: arrangement.updatedAt,
    ended: null,
  };
}

/** How the payer ended billing-team pulls, as the contract's `ArrangementEnded`. */
export function arrangementEndedView(state: BillingState, end: ArrangementEndRecord): ArrangementEnded {
  const method = byId(state.paymentMethods, end.methodId);
  if (!method) throw new Error(`views: arrangement ended by missing method ${end.methodId}`);
  return { endedAt: end.at, endedBy: end.byName, reason: end.reason, method: methodSummary(method), firstSkippedPullDate: end.firstSkippedPullDate };
}

/** Who did something. */
export function actorView(actor: ActorRecord): Schemas['Actor'] {
  return { userId: actor.userId, name: actor.name, role: actor.role };
}

/** What each Nacha return code means, as return records state it. */
export const RETURN_DESCRIPTIONS: Readonly<Record<ReturnCode, string>> = {
  R01: 'Insufficient funds',
  R02: 'Account closed',
  R03: 'No account / unable to locate account',
  R04: 'Invalid account number',
  R07: 'Authorization revoked by customer',
  R09: 'Uncollected funds',
  R10: 'Customer advises not authorized',
  R29: 'Corporate customer advises not authorized',
};

/** R01 and R09 may be presented again, up to three presentments in all. */
export const MAX_PRESENTMENTS = 3;

/** The numbers of the invoices `allocations` name, through the invoices index (Pay Outstanding may name thousands). */
function invoiceNumbers(state: BillingState, allocations: readonly AllocationRecord[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const { invoiceId } of allocations) {
    const invoice = numbers.has(invoiceId) ? undefined : byId(state.invoices, invoiceId);
    if (invoice) numbers.set(invoiceId, invoice.number);
  }
  return numbers;
}

/**
 * A payment as a payer sees it. Someone who may see the resident's billing sees every payment on
 * the account and who made it, but another person's card or account is named only by its kind:
 * its digits are that person's business.
 */
export function payerPaymentView(state: BillingState, payment: PaymentRecord, viewerPartyId: string): Payment {
  const view = paymentView(state, payment);
  if (payment.payerPartyId === viewerPartyId) return view;
  // What the billing office wrote about someone else's payment (a refund's reason, a void's) is
  // between the office and that payer; the viewer sees what happened and when, not why.
  return {
    ...view,
    method: { ...view.method, label: payment.method.type === 'card' ? 'Card' : 'Bank account' },
    refunds: view.refunds.map((refund) => ({ ...refund, reason: 'Refunded by the billing office.' })),
    history: view.history.map((entry) => ({ ...entry, detail: null })),
  };
}

/** A payment with its receipt data and full history. */
export function paymentView(state: BillingState, payment: PaymentRecord): Payment {
  const c = payment.currency;
  const refunded = sumCents(payment.refunds.map((r) => r.amountCents));
  const ret = payment.return;
  const numbers = invoiceNumbers(state, [...payment.allocations, ...payment.creditApplications]);
  return {
    id: payment.id,
    reference: payment.reference,
    payer: partyRef(state, payment.payerPartyId),
    residentId: payment.residentId,
    residentName: byId(state.residents, payment.residentId)?.name ?? residentNameOf(state, payment.payerPartyId),
    source: payment.source,
    method: { id: payment.methodId, type: payment.method.type, label: payment.method.label },
    amount: money(payment.amountCents, c),
    fee: money(payment.feeCents, c),
    totalCharged: money(payment.amountCents + payment.feeCents, c),
    refundedTotal: money(refunded, c),
    status: payment.status,
    failure: payment.failure ? { ...payment.failure } : null,
    allocations: payment.allocations.map((a) => ({
      invoiceId: a.invoiceId,
      invoiceNumber: numbers.get(a.invoiceId) ?? a.invoiceId,
      amount: money(a.amountCents, c),
    })),
    unapplied: money(payment.unappliedCents, c),
    creditApplications: payment.creditApplications.map((a) => ({
      id: a.id,
      invoiceId: a.invoiceId,
      invoiceNumber: numbers.get(a.invoiceId) ?? a.invoiceId,
      amount: money(a.amountCents, c),
      appliedAt: a.appliedAt,
      appliedBy: actorView(a.appliedBy),
    })),
    // Credit of a payment that no longer counts (failed, voided, returned) is gone with it.
    creditLeft: money(paymentCounts(payment) ? unappliedLeftCents(payment) : 0, c),
    refunds: payment.refunds.map((r) => ({
      id: r.id,
      amount: money(r.amountCents, c),
      fee: money(r.feeCents, c),
      reason: r.reason,
      createdAt: r.createdAt,
      createdBy: actorView(r.createdBy),
    })),
    return: ret
      ? {
          code: ret.code,
          description: RETURN_DESCRIPTIONS[ret.code],
          returnedAt: ret.returnedAt,
          representable: (ret.code === 'R01' || ret.code === 'R09') && ret.presentmentCount < MAX_PRESENTMENTS,
          presentmentCount: ret.presentmentCount,
        }
      : null,
    representmentOf: payment.representmentOf,
    quoteId: payment.quoteId,
    depositId: payment.depositId,
    depositReference: payment.depositId === null ? null : (byId(state.deposits, payment.depositId)?.reference ?? null),
    depositableOn: payment.status === 'pending' && payment.method.type === 'bank_account' ? settlementDate(state, payment.createdAt) : null,
    createdAt: payment.createdAt,
    createdBy: actorView(payment.createdBy),
    updatedAt: payment.updatedAt,
    history: payment.history.map((h) => ({ at: h.at, actor: actorView(h.actor), action: h.action, detail: h.detail })),
  };
}

/**
 * A deposit batch: its total is what its payments charged (amounts plus fees) when deposited; its
 * adjustments are what left the bank again since (returns, refunds); net is what the bank keeps.
 */
export function depositView(state: BillingState, deposit: DepositRecord): Deposit {
  const wanted = new Set(deposit.paymentIds);
  const payments = new Map(state.payments.filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
  const total = sumCents(deposit.paymentIds.map((id) => {
    const p = payments.get(id);
    return p ? p.amountCents + p.feeCents : 0;
  }));
  const adjusted = sumCents(deposit.adjustments.map((a) => a.amountCents));
  const c = deposit.currency;
  return {
    id: deposit.id,
    reference: deposit.reference,
    total: money(total, c),
    adjustments: deposit.adjustments.map((a) => ({
      id: a.id,
      kind: a.kind,
      paymentId: a.paymentId,
      paymentReference: payments.get(a.paymentId)?.reference ?? a.paymentId,
      returnCode: a.returnCode,
      reason: a.reason,
      amount: money(a.amountCents, c),
      createdAt: a.createdAt,
    })),
    adjustmentsTotal: money(adjusted, c),
    net: money(total - adjusted, c),
    paymentCount: deposit.paymentIds.length,
    paymentIds: [...deposit.paymentIds],
    createdAt: deposit.createdAt,
    createdBy: actorView(deposit.createdBy),
  };
}

/** A resident with their contacts. */
export function residentView(state: BillingState, resident: ResidentRecord): Resident {
  return {
    id: resident.id,
    name: resident.name,
    unit: resident.unit,
    careLevel: resident.careLevel,
    address: addressView(resident.address),
    contacts: state.contacts.filter((c) => c.residentId === resident.id).map((c) => partyRef(state, c.id)),
  };
}

/** A user profile. */
export function profileView(profile: ProfileRecord): UserProfile {
  return { id: profile.id, name: profile.name, description: profile.description, permissions: [...profile.permissions] };
}

/** A portal profile as the billing office manages it, with who uses it. */
export function staffProfileView(state: BillingState, profile: ProfileRecord): StaffProfile {
  return {
    id: profile.id,
    name: profile.name,
    description: profile.description,
    permissions: profile.permissions.filter((p): p is StaffProfile['permissions'][number] => PORTAL_PERMISSIONS.includes(p)),
    activeUserCount: state.users.filter((u) => u.profileId === profile.id && u.status === 'active').length,
    pendingInvitationCount: state.invitations.filter((i) => i.profileId === profile.id && isInvitationPending(i)).length,
  };
}

/** An invitation that may still be accepted or resent: neither accepted nor revoked (an expired one can be resent). */
export function isInvitationPending(invitation: { acceptedAt: string | null; revokedAt: string | null }): boolean {
  return invitation.acceptedAt === null && invitation.revokedAt === null;
}

/** An email in the mock outbox. */
export function emailView(email: EmailRecord): MockEmail {
  return { id: email.id, notice: email.notice, to: email.to, subject: email.subject, body: email.body, html: email.html, link: email.link, sentAt: email.sentAt };
}
