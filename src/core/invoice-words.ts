// The Payment Center's invoice list in words: statuses, sorting, what a search found, and who an
// invoice can be readdressed to with what that changes. Pure, so the panel only draws them and
// Node tests can read them.
import type { Invoice, InvoiceStatus, InvoiceStatusFilter, Resident } from '../sdk/types.js';
import type { SortState } from './sorting.js';

/** A sortable column of the invoices table. */
export type InvoiceSortKey = 'number' | 'resident' | 'addressee' | 'period' | 'dueDate' | 'total' | 'balance' | 'status';

/** Someone an invoice can be addressed to: the resident or one of the resident's contacts. */
export interface AddresseeChoice {
  id: string;
  name: string;
  role: string;
}

const statusLabels: Record<InvoiceStatus, string> = {
  open: 'Open',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  credit: 'Credit',
};

const columnLabels: Record<InvoiceSortKey, string> = {
  number: 'number',
  resident: 'resident',
  addressee: 'addressed to',
  period: 'period',
  dueDate: 'due date',
  total: 'total',
  balance: 'balance',
  status: 'status',
};

/** The status badge's words: "Partially paid", or "Overdue · Open" past the due date. */
export function invoiceStatusText(invoice: Pick<Invoice, 'status' | 'overdue'>): string {
  return invoice.overdue ? `Overdue · ${statusLabels[invoice.status]}` : statusLabels[invoice.status];
}

/** What each invoices column sorts by. */
const invoiceSortValues: Record<InvoiceSortKey, (invoice: Invoice) => string | number> = {
  number: (invoice) => invoice.number,
  resident: (invoice) => invoice.residentName,
  addressee: (invoice) => invoice.addressee.name,
  period: (invoice) => invoice.periodStart,
  dueDate: (invoice) => invoice.dueDate,
  total: (invoice) => invoice.total.amountCents,
  balance: (invoice) => invoice.balance.amountCents,
  status: (invoice) => (invoice.overdue ? `Overdue ${statusLabels[invoice.status]}` : statusLabels[invoice.status]),
};

/** The value an invoices column sorts by. */
export function invoiceSortValue(invoice: Invoice, key: InvoiceSortKey): string | number {
  return invoiceSortValues[key](invoice);
}

/** The table's caption: "Invoices, sorted by due date (ascending)", or the order the service gives. */
export function invoicesCaption(sort: SortState<InvoiceSortKey> | null): string {
  return `Invoices${sort ? `, sorted by ${columnLabels[sort.key]} (${sort.direction})` : ', newest due date first'}`;
}

/** What a new sort announces: "Invoices sorted by balance, descending." */
export function invoicesSortedSentence(sort: SortState<InvoiceSortKey>): string {
  return `Invoices sorted by ${columnLabels[sort.key]}, ${sort.direction}.`;
}

/** What a search found, announced once it is in: "3 or more invoices match “Ada”." */
export function invoiceSearchSentence(search: string, count: number, more: boolean): string {
  return search ? `${count}${more ? ' or more' : ''} invoice${count === 1 ? '' : 's'} match “${search}”.` : `Showing all invoices.`;
}

/** What an empty list says, for the search and status filter in force. */
export function noInvoicesSentence(search: string, status: InvoiceStatusFilter): string {
  return search ? `No invoices match “${search}”.` : status === 'all' ? 'There are no invoices yet.' : `There are no ${status} invoices.`;
}

/** The resident and the resident's contacts, the only people the engine lets an invoice be addressed to. */
export function addresseeChoices(invoice: Invoice, residents: Resident[]): AddresseeChoice[] {
  const resident = residents.find((r) => r.id === invoice.residentId);
  if (!resident) return [{ id: invoice.addressee.id, name: invoice.addressee.name, role: invoice.addressee.relationship ?? invoice.addressee.kind }];
  return [
    { id: resident.id, name: resident.name, role: 'resident' },
    ...resident.contacts.map((contact) => ({ id: contact.id, name: contact.name, role: contact.relationship ?? 'contact' })),
  ];
}

/** What the editor asks for while nobody else is chosen (and why Save refuses). */
export function chooseAddresseeSentence(invoice: Pick<Invoice, 'number' | 'addressee'>): string {
  return `Choose who should pay ${invoice.number} instead of ${invoice.addressee.name}.`;
}

/** What readdressing to `chosen` will do, before it is saved. */
export function readdressEffectSentence(invoice: Pick<Invoice, 'number' | 'addressee' | 'residentName'>, chosen: Pick<AddresseeChoice, 'name'>): string {
  return `From now on only ${chosen.name} can pay ${invoice.number}; ${invoice.addressee.name} no longer can. Who sees it follows each person's profile: anyone who sees all of ${invoice.residentName}'s billing still sees it. Payments already made stay with whoever made them.`;
}

/** What a saved readdress did: "INV-1 is now addressed to Ada; Bob can no longer pay it." */
export function readdressedSentence(updated: Pick<Invoice, 'number' | 'addressee'>, previousName: string): string {
  return `${updated.number} is now addressed to ${updated.addressee.name}; ${previousName} can no longer pay it.`;
}
