// The payer's side of invoices: what they see, one invoice, and what they owe in all. Seeing
// follows the profile (see `requireBillingScope`); what a payer owes is what is addressed to them.
import { requireBillingScope, scopeCovers } from './auth.js';
import { EngineError } from './errors.js';
import { invoiceBalance, paidCents, unappliedCreditCents, type PaidCents } from './ledger.js';
import { sumCents } from './money.js';
import { groupedBy } from './indexes.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { localDate } from './time.js';
import { arrangementView, invoiceView, money, outstandingInvoiceView, partyRef } from './views.js';
import type { AllocationPolicy, AllocationRecord, BillingState, InvoiceRecord, UserRecord } from './state.js';
import type { Invoice, InvoicePage, Outstanding } from './views.js';
import type { components } from '../../contract/types.js';

/** `open` = a balance is due; `paid` = nothing due (a credit included); `all`. */
export type InvoiceStatusFilter = components['schemas']['InvoiceStatusFilter'];

/** The accepted values of the `status` filter. */
export const INVOICE_STATUS_FILTERS: readonly InvoiceStatusFilter[] = ['open', 'paid', 'all'];

/** Options of {@link listPayerInvoices}. */
export interface ListInvoicesQuery extends PageQuery {
  status?: InvoiceStatusFilter;
}

/** Each addressee's invoices, in store order, once per version of the invoices list. */
const invoicesByAddressee = groupedBy((invoice: InvoiceRecord) => invoice.addresseeId);

/** Each resident's invoices, in store order, once per version of the invoices list. */
const invoicesByResident = groupedBy((invoice: InvoiceRecord) => invoice.residentId);

/** "Today" on the community clock, in its time zone. */
export function communityToday(state: BillingState, now: Date): string {
  return localDate(now, state.settings.timeZone);
}

/** Newest due date first; the invoice number breaks ties so the order (and cursors) are stable. */
const NEWEST_FIRST: SortOrder<InvoiceRecord> = {
  keyOf: (invoice) => [invoice.dueDate, invoice.number, invoice.id],
  directions: ['desc', 'desc', 'desc'],
};

/**
 * The invoices the user may see, newest due date first, filtered by status and paginated: with
 * `view_billing` every invoice of their resident, whoever it is addressed to; with only `pay_bills`
 * the ones addressed to them.
 */
export function listPayerInvoices(state: BillingState, now: Date, user: UserRecord, query: ListInvoicesQuery = {}): InvoicePage {
  const scope = requireBillingScope(state, user);
  // Only the resident's (or the payer's own) invoices can be in scope: the page looks at those alone.
  const candidates = scope.seesResident ? invoicesByResident(state.invoices).get(scope.resident.id) : invoicesByAddressee(state.invoices).get(scope.partyId);
  return invoicePage(state, now, query, (invoice) => scopeCovers(scope, invoice.residentId, invoice.addresseeId), candidates ?? []);
}

/**
 * One page of the invoices `include` keeps (of `candidates`, all by default), filtered by `query.status` (open: something is still
 * due; paid: nothing is), newest due date first: payers' and the billing office's lists alike.
 */
export function invoicePage(
  state: BillingState,
  now: Date,
  query: PageQuery & { status?: InvoiceStatusFilter },
  include: (invoice: InvoiceRecord) => boolean,
  candidates: readonly InvoiceRecord[] = state.invoices,
): InvoicePage {
  const status = query.status ?? 'all';
  if (!INVOICE_STATUS_FILTERS.includes(status)) {
    throw EngineError.validation({ status: `Must be one of: ${INVOICE_STATUS_FILTERS.join(', ')}.` });
  }
  const paid = paidCents(state);
  const matching = candidates.filter((invoice) => {
    if (!include(invoice)) return false;
    if (status === 'all') return true;
    const due = invoiceBalance(invoice, paid).balanceCents > 0;
    return status === 'open' ? due : !due;
  });
  const page = paginate(sortBy(matching, NEWEST_FIRST), NEWEST_FIRST, query);
  const today = communityToday(state, now);
  return { items: page.items.map((invoice) => invoiceView(state, invoice, paid, today)), nextCursor: page.nextCursor };
}

/** One invoice the user may see; any other id, another resident's included, is `not_found`. */
export function getPayerInvoice(state: BillingState, now: Date, user: UserRecord, invoiceId: string): Invoice {
  const scope = requireBillingScope(state, user);
  const invoice = state.invoices.find((i) => i.id === invoiceId && scopeCovers(scope, i.residentId, i.addresseeId));
  // The same answer whether the invoice does not exist or may not be seen: existence never leaks.
  if (!invoice) throw new EngineError('not_found', 'There is no such invoice among the ones you can see.');
  return invoiceView(state, invoice, paidCents(state), communityToday(state, now));
}

/**
 * The payer's open invoices in the order `policy` settles them: oldest due date first, or most
 * recent first. `unapplied_credit` settles none, so it lists them oldest first for reading.
 */
export function openInvoicesInPolicyOrder(
  state: BillingState,
  partyId: string,
  policy: AllocationPolicy,
  paid: PaidCents = paidCents(state),
): { invoice: InvoiceRecord; balanceCents: number }[] {
  const direction = policy === 'newest_first' ? 'desc' : 'asc';
  const order: SortOrder<InvoiceRecord> = {
    keyOf: (invoice) => [invoice.dueDate, invoice.number],
    directions: [direction, direction],
  };
  return sortBy(invoicesByAddressee(state.invoices).get(partyId) ?? [], order)
    .map((invoice) => ({ invoice, balanceCents: invoiceBalance(invoice, paid).balanceCents }))
    .filter((entry) => entry.balanceCents > 0);
}

/** What a payer owes, as Pay Outstanding charges it. */
export interface OutstandingBalance {
  /** Open invoices in the order the policy settles them, with their balances. */
  open: { invoice: InvoiceRecord; balanceCents: number }[];
  /** Unapplied credit the payer already holds (see `unappliedCreditCents`). */
  creditCents: number;
  /** The open balances less the credit, never below zero: the amount Pay Outstanding charges. */
  totalCents: number;
}

/** The payer's outstanding balance under `policy`; the one definition the portal, pulls and staff views share. */
export function outstandingBalance(
  state: BillingState,
  partyId: string,
  policy: AllocationPolicy,
  paid: PaidCents = paidCents(state),
): OutstandingBalance {
  const open = openInvoicesInPolicyOrder(state, partyId, policy, paid);
  const creditCents = unappliedCreditCents(state, partyId);
  const totalCents = Math.max(sumCents(open.map((entry) => entry.balanceCents)) - creditCents, 0);
  return { open, creditCents, totalCents };
}

/**
 * Allocates `amountCents` over open invoices in their order, each up to its balance; whatever is
 * left over is not allocated (the caller has checked it is not more than the balances).
 */
export function allocateInOrder(open: readonly { invoice: InvoiceRecord; balanceCents: number }[], amountCents: number): AllocationRecord[] {
  const allocations: AllocationRecord[] = [];
  let left = amountCents;
  for (const entry of open) {
    if (left === 0) break;
    const take = Math.min(left, entry.balanceCents);
    allocations.push({ invoiceId: entry.invoice.id, amountCents: take });
    left -= take;
  }
  return allocations;
}

/**
 * `GET /outstanding`: what the payer owes — open balances of the invoices addressed to them in
 * allocation order, less any unapplied credit they hold — their arrangement, and (for a user who
 * may see the resident's billing) what is open on the account for other addressees.
 */
export function getOutstanding(state: BillingState, now: Date, user: UserRecord): Outstanding {
  const scope = requireBillingScope(state, user);
  const policy = state.settings.allocationPolicy;
  const paid = paidCents(state);
  const { open, creditCents, totalCents } = outstandingBalance(state, scope.partyId, policy, paid);
  const currency = state.settings.currency;
  const today = communityToday(state, now);
  return {
    total: money(totalCents, currency),
    unappliedCredit: money(creditCents, currency),
    invoices: open.map((entry) => outstandingInvoiceView(entry.invoice, invoiceBalance(entry.invoice, paid), today)),
    allocationPolicy: policy,
    arrangement: arrangementView(state, scope.partyId, today),
    dueToOthers: scope.seesResident ? dueToOthers(state, scope.resident.id, scope.partyId, paid) : null,
  };
}

/** What the other addressees of a resident's invoices owe (each net of their own credit), largest first. */
function dueToOthers(state: BillingState, residentId: string, exceptPartyId: string, paid: PaidCents): NonNullable<Outstanding['dueToOthers']> {
  const currency = state.settings.currency;
  const parties = new Set((invoicesByResident(state.invoices).get(residentId) ?? []).filter((i) => i.addresseeId !== exceptPartyId).map((i) => i.addresseeId));
  const addressees = [...parties]
    .map((partyId) => ({ partyId, owed: outstandingBalance(state, partyId, 'oldest_first', paid) }))
    .filter((entry) => entry.owed.totalCents > 0)
    .sort((a, b) => b.owed.totalCents - a.owed.totalCents || a.partyId.localeCompare(b.partyId))
    .map((entry) => ({ party: partyRef(state, entry.partyId), balance: money(entry.owed.totalCents, currency), invoiceCount: entry.owed.open.length }));
  return { total: money(sumCents(addressees.map((a) => a.balance.amountCents)), currency), addressees };
}
