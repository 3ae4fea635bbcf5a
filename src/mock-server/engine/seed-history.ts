// The second half of seeding: turning the payments the payers' plans made into settled, numbered,
// deposited payment records, the way the gateway and the billing office would have.
import { methodLabel } from './methods.js';
import { feeFor } from './fees.js';
import { addBusinessDays, addDays, localDate, weekday, zonedInstant } from './time.js';
import { RETURN_DESCRIPTIONS } from './views.js';
import type {
  ActorRecord,
  AllocationRecord,
  AuditEntryRecord,
  DepositRecord,
  PaymentMethodRecord,
  PaymentRecord,
  SettingsRecord,
  UserRecord,
} from './state.js';

/** A payment as a payer's plan made it, before it is numbered and settled. */
export interface DraftPayment {
  payerPartyId: string;
  residentId: string;
  method: PaymentMethodRecord;
  source: 'portal' | 'staff_pull';
  amountCents: number;
  allocations: AllocationRecord[];
  createdAt: Date;
}

/** What settling and depositing need to know. */
export interface HistoryContext {
  now: Date;
  timeZone: string;
  settings: SettingsRecord;
  /** The billing-office user who pulls and deposits. */
  staff: ActorRecord;
}

const GATEWAY: ActorRecord = { userId: null, name: 'ALIS Pay gateway', role: 'system' };
const pad = (value: number, width = 4): string => String(value).padStart(width, '0');

/**
 * Orders the drafts in time, numbers them (`pay-0001`, `PAY-YYYYMMDD-NNNN`) and settles them:
 * cards at once, bank transfers two business days later — or not yet, if that is after `now`.
 */
export function settlePayments(drafts: readonly DraftPayment[], users: readonly UserRecord[], context: HistoryContext): PaymentRecord[] {
  const { now, timeZone, settings, staff } = context;
  const sorted = [...drafts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const perDay = new Map<string, number>();
  return sorted.map((draft, index) => {
    const day = localDate(draft.createdAt, timeZone);
    const dayCount = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, dayCount);
    const payerUser = users.find((u) => u.partyId === draft.payerPartyId && u.status === 'active');
    const createdBy: ActorRecord =
      draft.source === 'staff_pull' || !payerUser
        ? staff
        : { userId: payerUser.id, name: payerUser.displayName, role: 'payer' };
    const card = draft.method.type === 'card';
    const settledAt = card
      ? draft.createdAt
      : zonedInstant(addBusinessDays(day, 2), localTime(draft.createdAt, timeZone), timeZone);
    const settled = settledAt <= now;
    const history: AuditEntryRecord[] = [{ at: draft.createdAt.toISOString(), actor: createdBy, action: 'submitted', detail: null }];
    if (settled) {
      const detail = card ? 'Card payment approved.' : 'Bank transfer settled.';
      history.push({ at: settledAt.toISOString(), actor: GATEWAY, action: 'succeeded', detail });
    }
    return {
      id: `pay-${pad(index + 1)}`,
      reference: `PAY-${day.replaceAll('-', '')}-${pad(dayCount)}`,
      payerPartyId: draft.payerPartyId,
      residentId: draft.residentId,
      source: draft.source,
      methodId: draft.method.id,
      method: { type: draft.method.type, label: methodLabel(draft.method) },
      currency: settings.currency,
      amountCents: draft.amountCents,
      feeCents: feeFor(settings, draft.method, draft.amountCents).feeCents,
      status: settled ? 'succeeded' : 'pending',
      failure: null,
      allocations: draft.allocations,
      unappliedCents: 0,
      creditApplications: [],
      refunds: [],
      return: null,
      representmentOf: null,
      quoteId: null,
      depositId: null,
      createdAt: draft.createdAt.toISOString(),
      createdBy,
      updatedAt: history.at(-1)?.at ?? draft.createdAt.toISOString(),
      history,
    };
  });
}

/** The billing office deposits every settled payment on Fridays at 16:00; marks the payments deposited. */
export function depositWeekly(payments: PaymentRecord[], context: HistoryContext): DepositRecord[] {
  const { now, timeZone, settings, staff } = context;
  const deposits: DepositRecord[] = [];
  const first = payments[0];
  if (!first) return deposits;
  let day = localDate(new Date(first.createdAt), timeZone);
  while (weekday(day) !== 5) day = addDays(day, 1);
  for (; ; day = addDays(day, 7)) {
    const at = zonedInstant(day, '16:00', timeZone);
    if (at > now) break;
    const batch = payments.filter((p) => {
      const succeeded = p.history.find((h) => h.action === 'succeeded');
      return p.status === 'succeeded' && p.depositId === null && succeeded !== undefined && new Date(succeeded.at) <= at;
    });
    if (batch.length === 0) continue;
    const deposit: DepositRecord = {
      id: `dep-${pad(deposits.length + 1)}`,
      reference: `DEP-${day.replaceAll('-', '')}`,
      currency: settings.currency,
      paymentIds: batch.map((p) => p.id),
      createdAt: at.toISOString(),
      createdBy: staff,
      adjustments: [],
    };
    for (const payment of batch) {
      payment.depositId = deposit.id;
      payment.history.push({ at: deposit.createdAt, actor: staff, action: 'deposited', detail: deposit.reference });
      payment.updatedAt = deposit.createdAt;
    }
    deposits.push(deposit);
  }
  return deposits;
}

/**
 * One deposited bank debit of `payerPartyId` comes back after its deposit, as the bank statement
 * shows it: returned R01 on the morning it would have cleared (two business days after the
 * deposit), presented again by the billing office that day, settled two business days later and
 * deposited in that Friday's batch. Its deposit gains an adjustment (the whole debit, amount plus
 * fee) and the invoices end as they were. The newest such debit is taken whose second deposit has
 * already happened; with none, nothing changes. Returns the re-presented payment, if any.
 */
export function returnOneAfterDeposit(
  payments: PaymentRecord[],
  deposits: DepositRecord[],
  context: HistoryContext,
  payerPartyId: string,
): PaymentRecord | null {
  const { now, timeZone, staff } = context;
  const candidates = payments.filter((p) => p.payerPartyId === payerPartyId && p.method.type === 'bank_account' && p.depositId !== null);
  for (const original of candidates.reverse()) {
    const deposit = deposits.find((d) => d.id === original.depositId);
    if (!deposit) continue;
    const returnDay = addBusinessDays(localDate(new Date(deposit.createdAt), timeZone), 2);
    const returnedAt = zonedInstant(returnDay, '06:00', timeZone);
    const presentedAt = zonedInstant(returnDay, '10:00', timeZone);
    const settledAt = zonedInstant(addBusinessDays(returnDay, 2), '10:00', timeZone);
    let depositDay = localDate(settledAt, timeZone);
    while (weekday(depositDay) !== 5) depositDay = addDays(depositDay, 1);
    const next = deposits.find((d) => d.reference === `DEP-${depositDay.replaceAll('-', '')}`);
    if (!next || new Date(next.createdAt) < settledAt || new Date(next.createdAt) > now) continue;

    const description = RETURN_DESCRIPTIONS.R01;
    original.status = 'returned';
    original.return = { code: 'R01', description, returnedAt: returnedAt.toISOString(), presentmentCount: 1 };
    original.history.push({ at: returnedAt.toISOString(), actor: GATEWAY, action: 'returned', detail: `R01 ${description}; may be presented again.` });
    deposit.adjustments.push({
      id: `${deposit.id}-adj-${deposit.adjustments.length + 1}`,
      kind: 'return',
      paymentId: original.id,
      returnCode: 'R01',
      refundId: null,
      reason: description,
      amountCents: original.amountCents + original.feeCents,
      createdAt: returnedAt.toISOString(),
    });

    const sameDay = payments.filter((p) => localDate(new Date(p.createdAt), timeZone) === returnDay).length;
    const again: PaymentRecord = {
      ...structuredClone(original),
      id: `pay-${pad(payments.length + 1)}`,
      reference: `PAY-${returnDay.replaceAll('-', '')}-${pad(sameDay + 1)}`,
      status: 'succeeded',
      return: null,
      representmentOf: original.id,
      depositId: next.id,
      createdAt: presentedAt.toISOString(),
      createdBy: staff,
      updatedAt: next.createdAt,
      history: [
        { at: presentedAt.toISOString(), actor: staff, action: 'submitted', detail: `Presented again after R01 on ${original.reference}.` },
        { at: settledAt.toISOString(), actor: GATEWAY, action: 'succeeded', detail: 'Bank transfer settled.' },
        { at: next.createdAt, actor: staff, action: 'deposited', detail: next.reference },
      ],
    };
    original.history.push({ at: presentedAt.toISOString(), actor: staff, action: 'represented', detail: again.reference });
    original.updatedAt = presentedAt.toISOString();
    payments.push(again);
    next.paymentIds.push(again.id);
    return again;
  }
  return null;
}

/** The wall time `HH:MM` of an instant in `timeZone`. */
function localTime(instant: Date, timeZone: string): string {
  const midnight = zonedInstant(localDate(instant, timeZone), '00:00', timeZone);
  const minutes = Math.round((instant.getTime() - midnight.getTime()) / 60_000);
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}
