// The Payment Center's invoice list in words: statuses, sorting, what a search found, and who an
// invoice can be readdressed to with what that changes. Pure, so the panel only draws them and
// Node tests can read them.
import type { Invoice, InvoiceStatusFilter, Resident } from '../sdk/types.js';
import type { SortState } from './sorting.js';
import { invoiceStatusLabel } from './billing-words.js';
import { english, type Translate } from './i18n/translate.js';

/** A sortable column of the invoices table. */
export type InvoiceSortKey = 'number' | 'resident' | 'addressee' | 'period' | 'dueDate' | 'total' | 'balance' | 'status';

/** Someone an invoice can be addressed to: the resident or one of the resident's contacts. */
export interface AddresseeChoice {
  id: string;
  name: string;
  role: string;
}


/** A column as a sentence names it: "sorted by due date". */
function columnLabel(key: InvoiceSortKey, t: Translate): string {
  switch (key) {
    case 'number':
      return t.ctx('invoice column', 'number');
    case 'resident':
      return t.ctx('invoice column', 'resident');
    case 'addressee':
      return t.ctx('invoice column', 'addressed to');
    case 'period':
      return t.ctx('invoice column', 'period');
    case 'dueDate':
      return t.ctx('invoice column', 'due date');
    case 'total':
      return t.ctx('invoice column', 'total');
    case 'balance':
      return t.ctx('invoice column', 'balance');
    case 'status':
      return t.ctx('invoice column', 'status');
  }
}

/** The status badge's words: "Partially paid", or "Overdue · Open" past the due date. */
export function invoiceStatusText(invoice: Pick<Invoice, 'status' | 'overdue'>, t: Translate = english): string {
  const status = invoiceStatusLabel(invoice.status, t);
  return invoice.overdue ? t('Overdue · {status}', { status }) : status;
}

/** What each invoices column sorts by. */
const invoiceSortValues: Record<InvoiceSortKey, (invoice: Invoice, t: Translate) => string | number> = {
  number: (invoice) => invoice.number,
  resident: (invoice) => invoice.residentName,
  addressee: (invoice) => invoice.addressee.name,
  period: (invoice) => invoice.periodStart,
  dueDate: (invoice) => invoice.dueDate,
  total: (invoice) => invoice.total.amountCents,
  balance: (invoice) => invoice.balance.amountCents,
  // Sorted by the words the reader sees, so a column sorted in Spanish reads in order.
  status: (invoice, t) => (invoice.overdue ? `${t.ctx('invoice status', 'Overdue')} ${invoiceStatusLabel(invoice.status, t)}` : invoiceStatusLabel(invoice.status, t)),
};

/** The value an invoices column sorts by. */
export function invoiceSortValue(invoice: Invoice, key: InvoiceSortKey, t: Translate = english): string | number {
  return invoiceSortValues[key](invoice, t);
}

/** The table's caption: "Invoices, sorted by due date (ascending)", or the order the service gives. */
export function invoicesCaption(sort: SortState<InvoiceSortKey> | null, t: Translate = english): string {
  if (!sort) return t('Invoices, newest due date first');
  const column = columnLabel(sort.key, t);
  return sort.direction === 'ascending' ? t('Invoices, sorted by {column} (ascending)', { column }) : t('Invoices, sorted by {column} (descending)', { column });
}

/** What a new sort announces: "Invoices sorted by balance, descending." */
export function invoicesSortedSentence(sort: SortState<InvoiceSortKey>, t: Translate = english): string {
  const column = columnLabel(sort.key, t);
  return sort.direction === 'ascending' ? t('Invoices sorted by {column}, ascending.', { column }) : t('Invoices sorted by {column}, descending.', { column });
}

/** What a search found, announced once it is in: "3 or more invoices match “Ada”." */
export function invoiceSearchSentence(search: string, count: number, more: boolean, t: Translate = english): string {
  if (!search) return t('Showing all invoices.');
  return more
    ? t.plural(count, { one: '{count} or more invoices match “{search}”.', other: '{count} or more invoices match “{search}”.' }, { search })
    : t.plural(count, { one: '{count} invoice matches “{search}”.', other: '{count} invoices match “{search}”.' }, { search });
}

/** What an empty list says, for the search and status filter in force. */
export function noInvoicesSentence(search: string, status: InvoiceStatusFilter, t: Translate = english): string {
  if (search) return t('No invoices match “{search}”.', { search });
  switch (status) {
    case 'all':
      return t('There are no invoices yet.');
    case 'open':
      return t('There are no open invoices.');
    case 'paid':
      return t('There are no paid invoices.');
  }
}

/** The resident and the resident's contacts, the only people the engine lets an invoice be addressed to. */
export function addresseeChoices(invoice: Invoice, residents: Resident[], t: Translate = english): AddresseeChoice[] {
  const residentRole = t.ctx('addressee role', 'resident');
  const contactRole = t.ctx('addressee role', 'contact');
  const resident = residents.find((r) => r.id === invoice.residentId);
  if (!resident) {
    const role = invoice.addressee.relationship ?? (invoice.addressee.kind === 'resident' ? residentRole : contactRole);
    return [{ id: invoice.addressee.id, name: invoice.addressee.name, role }];
  }
  return [
    { id: resident.id, name: resident.name, role: residentRole },
    ...resident.contacts.map((contact) => ({ id: contact.id, name: contact.name, role: contact.relationship ?? contactRole })),
  ];
}

/** What the editor asks for while nobody else is chosen (and why Save refuses). */
export function chooseAddresseeSentence(invoice: Pick<Invoice, 'number' | 'addressee'>, t: Translate = english): string {
  return t('Choose who should pay {number} instead of {addressee}.', { number: invoice.number, addressee: invoice.addressee.name });
}

/** What readdressing to `chosen` will do, before it is saved. */
export function readdressEffectSentence(invoice: Pick<Invoice, 'number' | 'addressee' | 'residentName'>, chosen: Pick<AddresseeChoice, 'name'>, t: Translate = english): string {
  return t(
    "From now on only {chosen} can pay {number}; {addressee} no longer can. Who sees it follows each person's profile: anyone who sees all of {resident}'s billing still sees it. Payments already made stay with whoever made them.",
    { chosen: chosen.name, number: invoice.number, addressee: invoice.addressee.name, resident: invoice.residentName },
  );
}

/** What a saved readdress did: "INV-1 is now addressed to Ada; Bob can no longer pay it." */
export function readdressedSentence(updated: Pick<Invoice, 'number' | 'addressee'>, previousName: string, t: Translate = english): string {
  return t('{number} is now addressed to {addressee}; {previous} can no longer pay it.', { number: updated.number, addressee: updated.addressee.name, previous: previousName });
}
