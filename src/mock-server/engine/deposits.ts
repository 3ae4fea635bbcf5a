// Deposits: the billing office batches undeposited payments. A payment belongs to at most one
// deposit, and a deposit's total is what its payments actually collected (amount plus fee, the
// `totalCharged` of each), because that is the money that reaches the bank.
import { recordAudit } from './audit.js';
import { EngineError } from './errors.js';
import { formatCents, sumCents } from './money.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { DEPOSITABLE, recordHistory, requireStaff } from './staff-payments.js';
import { localDate } from './time.js';
import { depositView, type Deposit } from './views.js';
import type { BillingState, DepositRecord, UserRecord } from './state.js';
import type { components } from '../../sdk/generated/openapi-schema.js';

/** A page of deposits, as the contract's `DepositPage`. */
export type DepositPage = components['schemas']['DepositPage'];

/** The body of `POST /staff/deposits`. */
export interface CreateDepositInput {
  paymentIds: string[];
}

/**
 * `POST /staff/deposits`: deposits the payments as one batch. Every id is checked before anything
 * changes: unknown → 404 `not_found`; already in a deposit → 409 `already_deposited`; failed,
 * voided, returned or fully refunded → 409 `invalid_state`. Pending payments may be deposited (the
 * SPEC lists every submitted payment as undeposited until staff deposit it).
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
  };
  for (const payment of payments) {
    payment.depositId = deposit.id;
    recordHistory(payment, now, actor, 'deposited', deposit.reference);
  }
  state.deposits.push(deposit);
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
