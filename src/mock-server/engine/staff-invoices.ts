// Every invoice of the community as the billing office sees it, and changing who one is addressed
// to. Paying follows the addressee (see payments.ts), so a change moves who may pay it at once;
// who may see it follows their profiles and does not change.
import { recordAudit } from './audit.js';
import { EngineError } from './errors.js';
import { communityToday, invoicePage, type InvoiceStatusFilter } from './invoices.js';
import { paidCents } from './ledger.js';
import type { PageQuery } from './pagination.js';
import { requireStaff } from './staff-payments.js';
import { invoiceView, partyLabel, type Invoice, type InvoicePage } from './views.js';
import { byId, findParty, type BillingState, type UserRecord } from './state.js';

/** Filters of `GET /staff/invoices`. */
export interface StaffInvoicesQuery extends PageQuery {
  /** Matches the resident's or the addressee's name, case-insensitively. */
  search?: string;
  status?: InvoiceStatusFilter;
  residentId?: string;
  addresseeId?: string;
}

/** `GET /staff/invoices`: all invoices, searchable and filtered, newest due date first (as payers see theirs). */
export function listStaffInvoices(state: BillingState, now: Date, user: UserRecord, query: StaffInvoicesQuery = {}): InvoicePage {
  requireStaff(state, user);
  const needle = query.search?.trim().toLowerCase() ?? '';
  const nameOf = (partyId: string): string => findParty(state, partyId)?.record.name.toLowerCase() ?? '';
  return invoicePage(state, now, query, (invoice) => {
    if (query.residentId !== undefined && invoice.residentId !== query.residentId) return false;
    if (query.addresseeId !== undefined && invoice.addresseeId !== query.addresseeId) return false;
    return needle === '' || nameOf(invoice.residentId).includes(needle) || nameOf(invoice.addresseeId).includes(needle);
  });
}

/**
 * `PATCH /staff/invoices/{id}`: addresses the invoice to the resident or one of the resident's
 * contacts (422 `invalid_addressee` for anyone else, including another resident's contacts).
 * Payments already made stay with whoever made them; only who sees and pays it from now on changes.
 */
export function updateInvoiceAddressee(state: BillingState, now: Date, user: UserRecord, invoiceId: string, addresseeId: string): Invoice {
  const actor = requireStaff(state, user);
  const invoice = byId(state.invoices, invoiceId);
  if (!invoice) throw new EngineError('not_found', `There is no invoice ${invoiceId}.`);
  const party = findParty(state, addresseeId);
  const belongs =
    party !== undefined &&
    (party.kind === 'resident' ? party.record.id === invoice.residentId : party.record.residentId === invoice.residentId);
  if (!belongs) {
    const why = 'Choose the resident or one of the resident’s contacts.';
    throw new EngineError('invalid_addressee', why, { fields: { addresseeId: why } });
  }
  const before = invoice.addresseeId;
  invoice.addresseeId = addresseeId;
  const name = (partyId: string): string => partyLabel(state, partyId);
  recordAudit(state, now, actor, {
    action: 'invoice_readdressed',
    summary: `${actor.name} addressed invoice ${invoice.number} to ${name(addresseeId)} instead of ${name(before)}.`,
    subjects: [
      { type: 'invoice', id: invoice.id },
      { type: 'payer', id: before },
      { type: 'payer', id: addresseeId },
    ],
    changes: before === addresseeId ? [] : [{ field: 'addressee', before: name(before), after: name(addresseeId) }, { field: 'addresseeId', before, after: addresseeId }],
  });
  return invoiceView(state, invoice, paidCents(state), communityToday(state, now));
}
