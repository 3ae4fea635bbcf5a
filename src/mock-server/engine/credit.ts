// Applying credit on account. Under the `unapplied_credit` policy Pay Outstanding (and pulls) leave
// the payment unapplied; the billing office later applies that credit to the payer's open
// invoices. Nothing is rewritten: each application is appended to the payment whose credit it draws
// on (`PaymentRecord.creditApplications`), and the ledger counts it exactly while that payment
// counts — a return or void of the payment reopens the invoices, and a refund draws first on the
// credit still unapplied, then on applications and allocations, newest first (`reversals.ts`).
import { recordAudit, type AuditSubject } from './audit.js';
import { EngineError } from './errors.js';
import { openInvoicesInPolicyOrder, outstandingBalance } from './invoices.js';
import { invoiceBalance, paidCents, paymentCounts, unappliedLeftCents, type PaidCents } from './ledger.js';
import { formatCents, sumCents, requireMoneyFields } from './money.js';
import { recordHistory, requireStaff } from './staff-payments.js';
import { money, partyLabel, partyRef } from './views.js';
import { byId, findParty, type BillingState, type PaymentRecord, type UserRecord } from './state.js';
import type { components } from '../../contract/types.js';

/** The contract's `CreditApplicationResult`. */
export type CreditApplicationResult = components['schemas']['CreditApplicationResult'];

/** The body of `POST /staff/payers/{payerId}/credit-applications`. */
export interface CreditApplicationInput {
  currency: string;
  /** Where each amount goes; absent → the policy's order, as far as the credit reaches. */
  allocations?: { invoiceId: string; amountCents: number }[];
}

/** The payer's counting payments that still hold unapplied credit, oldest first, with what each holds. */
function creditSources(state: BillingState, payerId: string): { payment: PaymentRecord; leftCents: number }[] {
  return state.payments
    .filter((p) => p.payerPartyId === payerId && paymentCounts(p))
    .map((payment) => ({ payment, leftCents: unappliedLeftCents(payment) }))
    .filter((source) => source.leftCents > 0)
    .sort((a, b) => a.payment.createdAt.localeCompare(b.payment.createdAt) || a.payment.id.localeCompare(b.payment.id));
}

/**
 * `POST /staff/payers/{payerId}/credit-applications` on a draft store: applies the payer's credit on
 * account to the open invoices addressed to them. Refusals, in the order checked (each changes
 * nothing):
 * - 403 `forbidden`: not staff of the Payment Center; 404 `not_found`: no such payer;
 * - 400 `validation_failed`: another currency, or an invoice named twice;
 * - 409 `no_credit`: the payer holds no credit;
 * - 404 `not_found` (field `allocations[i].invoiceId`): an invoice that does not exist or is another
 *   resident's; 403 `not_addressee`: one of the resident's invoices addressed to someone else;
 * - 422 `amount_exceeds_balance` (field `allocations[i].amountCents`, `details.balanceCents`): more
 *   than the invoice's balance;
 * - 422 `amount_exceeds_credit` (field `allocations`, `details.creditCents`): more than the credit;
 * - 409 `conflict`: policy order, and no invoice addressed to the payer is open.
 * The gateway switch does not matter: no money moves, the books only say where it already went.
 */
export function applyCredit(state: BillingState, now: Date, user: UserRecord, payerId: string, input: CreditApplicationInput): CreditApplicationResult {
  const actor = requireStaff(state, user);
  const party = findParty(state, payerId);
  if (!party) throw new EngineError('not_found', `There is no payer ${payerId}.`);
  const currency = state.settings.currency;
  if (input.currency !== currency) throw EngineError.validation({ currency: `Credit is held in ${currency}.` });
  // Whole positive cents within the limit, before anything is added up: the engine is called
  // directly too, not only through the validated contract.
  requireMoneyFields(Object.fromEntries((input.allocations ?? []).map((a, i) => [`allocations[${i}].amountCents`, a.amountCents])));
  const seen = new Set<string>();
  input.allocations?.forEach((a, i) => {
    if (seen.has(a.invoiceId)) throw EngineError.validation({ [`allocations[${i}].invoiceId`]: 'Each invoice may appear once.' });
    seen.add(a.invoiceId);
  });
  const sources = creditSources(state, payerId);
  const creditCents = sumCents(sources.map((s) => s.leftCents));
  const who = partyLabel(state, payerId);
  if (creditCents === 0) {
    throw new EngineError('no_credit', `${who} holds no credit on account; there is nothing to apply.`, { details: { creditCents: 0 } });
  }
  const paid = paidCents(state);
  const plan = input.allocations
    ? chosenPlan(state, payerId, input.allocations, paid, creditCents)
    : policyPlan(state, payerId, paid, creditCents, who);

  const at = now.toISOString();
  const applications: CreditApplicationResult['applications'] = [];
  let sourceIndex = 0;
  for (const { invoiceId, amountCents } of plan) {
    let left = amountCents;
    const number = byId(state.invoices, invoiceId)?.number ?? invoiceId;
    // Oldest credit first: each source gives what it holds until this invoice's amount is covered.
    while (left > 0) {
      const source = sources[sourceIndex];
      if (!source) throw new Error(`credit: ${left} cents for ${invoiceId} have no source`);
      const take = Math.min(left, source.leftCents);
      const payment = source.payment;
      payment.creditApplications.push({
        id: `${payment.id}-ca-${payment.creditApplications.length + 1}`,
        invoiceId,
        amountCents: take,
        appliedAt: at,
        appliedBy: { ...actor },
      });
      recordHistory(payment, now, actor, 'credit_applied', `${formatCents(take, payment.currency)} applied to ${number}.`);
      applications.push({ invoiceId, invoiceNumber: number, amount: money(take, currency), paymentId: payment.id, paymentReference: payment.reference });
      source.leftCents -= take;
      left -= take;
      if (source.leftCents === 0) sourceIndex += 1;
    }
  }
  const applied = sumCents(plan.map((p) => p.amountCents));
  const after = outstandingBalance(state, payerId, state.settings.allocationPolicy);
  const words = plan.map((p) => `${formatCents(p.amountCents, currency)} to ${byId(state.invoices, p.invoiceId)?.number ?? p.invoiceId}`).join(', ');
  recordAudit(state, now, actor, {
    action: 'credit_applied',
    summary: `${actor.name} applied ${formatCents(applied, currency)} of ${who}\u2019s credit on account: ${words}.`,
    subjects: [
      { type: 'payer', id: payerId },
      ...plan.map((p): AuditSubject => ({ type: 'invoice', id: p.invoiceId })),
      ...applications.map((a): AuditSubject => ({ type: 'payment', id: a.paymentId })),
    ],
    changes: [
      { field: 'creditOnAccountCents', before: creditCents, after: after.creditCents },
      ...plan.map((p) => {
        const invoice = byId(state.invoices, p.invoiceId);
        const before = invoice ? invoiceBalance(invoice, paid).balanceCents : 0;
        return { field: `${invoice?.number ?? p.invoiceId}.balanceCents`, before, after: before - p.amountCents };
      }),
    ],
  });
  return {
    payer: partyRef(state, payerId),
    applied: money(applied, currency),
    applications,
    creditLeft: money(after.creditCents, currency),
    outstanding: money(after.totalCents, currency),
  };
}

/** Chosen invoices: each must be the payer's and open enough, and together within the credit. */
function chosenPlan(
  state: BillingState,
  payerId: string,
  allocations: readonly { invoiceId: string; amountCents: number }[],
  paid: PaidCents,
  creditCents: number,
): { invoiceId: string; amountCents: number }[] {
  const party = findParty(state, payerId);
  const residentId = party?.kind === 'resident' ? party.record.id : party?.record.residentId;
  allocations.forEach((a, i) => {
    const invoice = byId(state.invoices, a.invoiceId);
    if (!invoice || invoice.residentId !== residentId) {
      const why = 'There is no such invoice on this resident\u2019s account.';
      throw new EngineError('not_found', why, { fields: { [`allocations[${i}].invoiceId`]: why } });
    }
    if (invoice.addresseeId !== payerId) {
      const message = `Invoice ${invoice.number} is addressed to ${partyLabel(state, invoice.addresseeId)}; only their own credit can be applied to it.`;
      throw new EngineError('not_addressee', message, {
        fields: { [`allocations[${i}].invoiceId`]: message },
        details: { invoiceId: invoice.id, addressee: { ...partyRef(state, invoice.addresseeId) } },
      });
    }
    const balance = Math.max(invoiceBalance(invoice, paid).balanceCents, 0);
    if (a.amountCents > balance) {
      const message =
        balance > 0
          ? `Invoice ${invoice.number} has a balance of ${formatCents(balance, invoice.currency)}; apply at most that.`
          : `Invoice ${invoice.number} has nothing left to pay.`;
      throw new EngineError('amount_exceeds_balance', message, {
        fields: { [`allocations[${i}].amountCents`]: message },
        details: { invoiceId: invoice.id, balanceCents: balance },
      });
    }
  });
  const total = sumCents(allocations.map((a) => a.amountCents));
  if (total > creditCents) {
    const currency = state.settings.currency;
    const message = `That is ${formatCents(total, currency)} in all, more than the ${formatCents(creditCents, currency)} of credit on account.`;
    throw new EngineError('amount_exceeds_credit', message, { fields: { allocations: message }, details: { creditCents } });
  }
  return allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents }));
}

/** Policy order: the open invoices as the policy settles them (oldest due first under `unapplied_credit`). */
function policyPlan(
  state: BillingState,
  payerId: string,
  paid: PaidCents,
  creditCents: number,
  who: string,
): { invoiceId: string; amountCents: number }[] {
  const open = openInvoicesInPolicyOrder(state, payerId, state.settings.allocationPolicy, paid);
  if (open.length === 0) {
    throw new EngineError('conflict', `${who} has no open invoice to apply the credit to; it stays on account.`, { details: { creditCents } });
  }
  const plan: { invoiceId: string; amountCents: number }[] = [];
  let left = creditCents;
  for (const entry of open) {
    if (left === 0) break;
    const take = Math.min(left, entry.balanceCents);
    plan.push({ invoiceId: entry.invoice.id, amountCents: take });
    left -= take;
  }
  return plan;
}

/**
 * Why a payment of one invoice is refused because credit on account already covers what is owed,
 * in words a payer (or staff, for a pull) reads: the credit, and that the billing office applies it.
 */
export function creditCoversMessage(whose: 'Your' | 'The payer\u2019s', creditCents: number, limitCents: number, invoiceNumber: string, currency: string): string {
  const credit = `${whose} account holds a credit of ${formatCents(creditCents, currency)}`;
  const mine = whose === 'Your';
  if (limitCents > 0) {
    return `${credit}, which the billing office applies to ${mine ? 'your' : 'their'} invoices, so at most ${formatCents(limitCents, currency)} can be paid now.`;
  }
  return `${credit}, which covers everything ${mine ? 'you owe' : 'they owe'}; the billing office will apply it to invoice ${invoiceNumber}, so there is nothing to pay now.`;
}
