// Deposits: the billing office batches settled payments. A payment belongs to at most one deposit,
// and a deposit's total is what its payments actually collected (amount plus fee, the
// `totalCharged` of each), because that is the money that reaches the bank. A bank debit still
// settling waits: the bank has not credited it yet. Money that leaves the bank after the deposit
// (a return, a refund) is an adjustment of the deposit (see `deposit-adjustments.ts`).
import { recordAudit } from './audit.js';
import { adjustDepositForRefund } from './deposit-adjustments.js';
import { EngineError } from './errors.js';
import { formatCents, sumCents } from './money.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { DEPOSITABLE, recordHistory, requireStaff } from './staff-payments.js';
import { settlementDate } from './gateway.js';
import { longDate } from './notice-templates.js';
import { localDate } from './time.js';
import { depositView, residentNameOf, type Deposit, type Money } from './views.js';
import { byId, findParty, type BillingState, type DepositRecord, type UserRecord } from './state.js';
import type { components } from '../../contract/types.js';

/** A page of deposits, as the contract's `DepositPage`. */
export type DepositPage = components['schemas']['DepositPage'];

/** The body of `POST /staff/deposits`. */
export interface CreateDepositInput {
  paymentIds: string[];
}

/**
 * `POST /staff/deposits`: deposits the payments as one batch. Every id is checked before anything
 * changes: unknown → 404 `not_found`; already in a deposit → 409 `already_deposited`; a bank debit
 * still pending → 409 `not_settled`, naming the date it settles (it waits in Undeposited Payments
 * until then); failed, voided, returned or fully refunded → 409 `invalid_state`.
 */
export function createDeposit(state: BillingState, now: Date, user: UserRecord, input: CreateDepositInput): Deposit {
  const actor = requireStaff(state, user);
  if (input.paymentIds.length === 0) throw EngineError.validation({ paymentIds: 'Choose at least one payment.' });
  if (new Set(input.paymentIds).size !== input.paymentIds.length) {
    throw EngineError.validation({ paymentIds: 'A payment can be listed only once.' });
  }
  const payments = input.paymentIds.map((id, index) => {
    const payment = state.payments.find((p) => p.id === id);
    const field = `paymentIds[${index}]`;
    if (!payment) throw new EngineError('not_found', `There is no payment ${id}.`, { fields: { [field]: 'No such payment.' } });
    if (payment.depositId !== null) {
      throw new EngineError('already_deposited', `Payment ${payment.reference} is already in a deposit.`, {
        fields: { [field]: 'Already deposited.' },
        details: { paymentId: id, depositId: payment.depositId },
      });
    }
    if (payment.status === 'pending') {
      const on = payment.method.type === 'bank_account' ? settlementDate(state, payment.createdAt) : null;
      const when = on ? `; it can be deposited on ${longDate(on)}` : '';
      throw new EngineError('not_settled', `Payment ${payment.reference} is still settling${when}. A deposit holds settled money only.`, {
        fields: { [field]: on ? `Settling: can be deposited on ${longDate(on)}.` : 'Still settling.' },
        details: { paymentId: id, depositableOn: on },
      });
    }
    if (!DEPOSITABLE.has(payment.status)) {
      throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status} and cannot be deposited.`, {
        fields: { [field]: `The payment is ${payment.status}.` },
        details: { paymentId: id, status: payment.status },
      });
    }
    return payment;
  });
  const currencies = new Set(payments.map((p) => p.currency));
  if (currencies.size > 1) throw EngineError.validation({ paymentIds: 'A deposit holds payments of one currency.' });

  state.sequences.deposit += 1;
  const deposit: DepositRecord = {
    id: `dep-${String(state.sequences.deposit).padStart(4, '0')}`,
    reference: depositReference(state, localDate(now, state.settings.timeZone)),
    currency: payments[0]?.currency ?? state.settings.currency,
    paymentIds: [...input.paymentIds],
    createdAt: now.toISOString(),
    createdBy: actor,
    adjustments: [],
  };
  for (const payment of payments) {
    payment.depositId = deposit.id;
    recordHistory(payment, now, actor, 'deposited', deposit.reference);
  }
  state.deposits.push(deposit);
  // A partly refunded payment brings its whole charge in and its refunds take some back, whether
  // they came before or after the deposit: both are adjustments, so the net is what the bank keeps.
  for (const payment of payments) for (const refund of payment.refunds) adjustDepositForRefund(state, payment, refund);
  const total = sumCents(payments.map((p) => p.amountCents + p.feeCents));
  recordAudit(state, now, actor, {
    action: 'deposit_created',
    summary: `${actor.name} deposited ${payments.length} ${payments.length === 1 ? 'payment' : 'payments'} as ${deposit.reference}, ${formatCents(total, deposit.currency)}.`,
    subjects: [{ type: 'deposit', id: deposit.id }, ...payments.map((p) => ({ type: 'payment' as const, id: p.id }))],
    changes: [
      { field: 'reference', before: null, after: deposit.reference },
      { field: 'payments', before: null, after: payments.map((p) => p.reference) },
      { field: 'totalCents', before: null, after: total },
    ],
  });
  return depositView(state, deposit);
}

/** `DEP-YYYYMMDD`, with `-2`, `-3`… for further deposits the same community day. */
function depositReference(state: BillingState, today: string): string {
  const base = `DEP-${today.replaceAll('-', '')}`;
  const taken = new Set(state.deposits.map((d) => d.reference));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Newest first; the id breaks ties. */
const NEWEST_FIRST: SortOrder<DepositRecord> = {
  keyOf: (deposit) => [deposit.createdAt, deposit.id],
  directions: ['desc', 'desc'],
};

/** `GET /staff/deposits`: deposit batches, newest first. */
export function listDeposits(state: BillingState, user: UserRecord, query: PageQuery = {}): DepositPage {
  requireStaff(state, user);
  const page = paginate(sortBy(state.deposits, NEWEST_FIRST), NEWEST_FIRST, query);
  return { items: page.items.map((d) => depositView(state, d)), nextCursor: page.nextCursor };
}

/** The deposit report, as the contract's `DepositReport`. */
export type DepositReport = components['schemas']['DepositReport'];

/**
 * `GET /staff/deposits/{id}/report`: every line of the deposit (payment reference, payer,
 * resident, method, amount, fee, charged, what its adjustments took back, net) and the totals, in
 * the order the payments were deposited. 404 `not_found` for an unknown deposit.
 */
export function depositReport(state: BillingState, user: UserRecord, depositId: string): DepositReport {
  requireStaff(state, user);
  const deposit = byId(state.deposits, depositId);
  if (!deposit) throw new EngineError('not_found', `There is no deposit ${depositId}.`);
  const c = deposit.currency;
  const m = (amountCents: number): Money => ({ amountCents, currency: c });
  const adjustedBy = new Map<string, number>();
  for (const a of deposit.adjustments) adjustedBy.set(a.paymentId, (adjustedBy.get(a.paymentId) ?? 0) + a.amountCents);
  const wanted = new Set(deposit.paymentIds);
  const payments = new Map(state.payments.filter((p) => wanted.has(p.id)).map((p) => [p.id, p]));
  const lines = deposit.paymentIds.map((id) => {
    const payment = payments.get(id);
    if (!payment) throw new Error(`deposits: ${deposit.id} holds a missing payment ${id}`);
    const charged = payment.amountCents + payment.feeCents;
    const adjusted = adjustedBy.get(id) ?? 0;
    const party = findParty(state, payment.payerPartyId);
    return {
      paymentId: payment.id,
      paymentReference: payment.reference,
      payerName: party?.record.name ?? payment.payerPartyId,
      residentName: byId(state.residents, payment.residentId)?.name ?? residentNameOf(state, payment.payerPartyId),
      methodLabel: payment.method.label,
      status: payment.status,
      amount: m(payment.amountCents),
      fee: m(payment.feeCents),
      charged: m(charged),
      adjustments: m(adjusted),
      net: m(charged - adjusted),
    };
  });
  const total = (pick: (line: (typeof lines)[number]) => Money): Money => m(sumCents(lines.map((line) => pick(line).amountCents)));
  return {
    deposit: depositView(state, deposit),
    communityName: state.settings.communityName,
    timeZone: state.settings.timeZone,
    lines,
    totals: {
      amount: total((l) => l.amount),
      fee: total((l) => l.fee),
      charged: total((l) => l.charged),
      adjustments: total((l) => l.adjustments),
      net: total((l) => l.net),
    },
  };
}
