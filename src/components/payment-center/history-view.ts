// The payment history's filters, table, rows and expanded details (receipt, audit trail, actions)
// as plain render functions, so <alis-pc-history> keeps only its state and loading. They render
// into the element's shadow root: its styles apply and ARIA ids stay inside it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderSortableHeader } from '../shared/staff.js';
import { formatDateTime, paymentStatusLabels, renderReceipt } from '../shared/receipt.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { domId } from './payment-action-form.js';
import { idsIn } from '../shared/load-more.js';
import type { RowWindowController } from '../shared/row-window.js';
import type { AuditEntry, Payment, PaymentMethodType, PaymentSource, PaymentStatus, Resident } from '../../sdk/types.js';

/** The history's status filter: every payment, or one status. */
export type HistoryStatusFilter = 'all' | PaymentStatus;
/** The history's source filter. */
export type HistorySourceFilter = 'all' | PaymentSource;
/** The history's method filter. */
export type HistoryMethodFilter = 'all' | PaymentMethodType;
/** The history's deposit filter: `undeposited` is what Undeposited Payments lists. */
export type HistoryDepositFilter = 'all' | 'deposited' | 'undeposited';

/** A sortable column of the history. */
export type HistorySortKey = 'date' | 'reference' | 'resident' | 'payer' | 'method' | 'amount' | 'total' | 'status';

/** The filters as the element holds them. */
export interface HistoryFilters {
  status: HistoryStatusFilter;
  source: HistorySourceFilter;
  methodType: HistoryMethodFilter;
  payerId: string;
  deposit: HistoryDepositFilter;
}

/** What the table shows, and what its controls do. */
export interface HistoryTable {
  payments: readonly Payment[];
  locale: string | undefined;
  /** The community's time zone: every time here is on its clock. */
  timeZone: string | undefined;
  /** Level of the panel's heading; receipts sit one below. */
  headingLevel: 2 | 3;
  sort: SortState<HistorySortKey> | null;
  /** Ids of payments whose details are shown. */
  expanded: ReadonlySet<string>;
  refreshing: boolean;
  onSort: (next: SortState<HistorySortKey>) => void;
  toggle: (paymentId: string) => void;
  /** The billing team's actions on an expanded payment. */
  actions: (payment: Payment) => TemplateResult;
  /** Draws the rows, only those near the screen once the list is long. */
  rows: RowWindowController;
}

const STATUSES: readonly PaymentStatus[] = ['pending', 'succeeded', 'failed', 'returned', 'partially_refunded', 'refunded', 'voided'];

const sourceLabels: Record<PaymentSource, string> = {
  portal: 'Paid online by the payer',
  staff_pull: 'Pulled by the billing team',
};

const auditActionLabels: Record<AuditEntry['action'], string> = {
  submitted: 'Submitted',
  succeeded: 'Succeeded',
  failed: 'Failed',
  deposited: 'Deposited',
  voided: 'Voided',
  refunded: 'Refunded',
  returned: 'Returned by the bank',
  represented: 'Presented again',
  credit_applied: 'Credit applied',
};

const roleLabels: Record<AuditEntry['actor']['role'], string> = {
  payer: 'payer',
  staff: 'billing team',
  system: 'system',
};

/** Each column in words, for the caption and the sort announcement. */
export const historyColumnLabels: Record<HistorySortKey, string> = {
  date: 'date',
  reference: 'reference',
  resident: 'resident',
  payer: 'payer',
  method: 'method',
  amount: 'amount',
  total: 'total charged',
  status: 'status',
};

/** The filter toolbar; `onFilter` gets the changed field's name and value. */
export function renderHistoryFilters(filters: HistoryFilters, residents: readonly Resident[], onFilter: <K extends keyof HistoryFilters>(name: K, value: HistoryFilters[K]) => void): TemplateResult {
  const pick = <K extends keyof HistoryFilters>(name: K) => (e: Event) => onFilter(name, (e.target as HTMLSelectElement).value as HistoryFilters[K]);
  return html`
    <form class="toolbar" part="filters" aria-label="Filter payments" @submit=${(event: Event) => event.preventDefault()}>
      <label>
        Status
        <select name="status" @change=${pick('status')}>
          <option value="all" ?selected=${filters.status === 'all'}>All statuses</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${filters.status === s}>${paymentStatusLabels[s]}</option>`)}
        </select>
      </label>
      <label>
        Source
        <select name="source" @change=${pick('source')}>
          <option value="all" ?selected=${filters.source === 'all'}>All sources</option>
          ${(['portal', 'staff_pull'] as const).map((s) => html`<option value=${s} ?selected=${filters.source === s}>${sourceLabels[s]}</option>`)}
        </select>
      </label>
      <label>
        Method
        <select name="methodType" @change=${pick('methodType')}>
          <option value="all" ?selected=${filters.methodType === 'all'}>Cards and bank accounts</option>
          <option value="card" ?selected=${filters.methodType === 'card'}>Cards</option>
          <option value="bank_account" ?selected=${filters.methodType === 'bank_account'}>Bank accounts</option>
        </select>
      </label>
      <label>
        Payer
        <select name="payerId" @change=${pick('payerId')}>
          <option value="" ?selected=${filters.payerId === ''}>Everyone</option>
          ${residents.map(
            (resident) => html`
              <optgroup label=${`${resident.name} (${resident.unit})`}>
                <option value=${resident.id} ?selected=${filters.payerId === resident.id}>${resident.name} (resident)</option>
                ${resident.contacts.map(
                  (contact) => html`<option value=${contact.id} ?selected=${filters.payerId === contact.id}>
                    ${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}
                  </option>`,
                )}
              </optgroup>
            `,
          )}
        </select>
      </label>
      <label>
        Deposit
        <select name="deposit" @change=${pick('deposit')}>
          <option value="all" ?selected=${filters.deposit === 'all'}>Deposited or not</option>
          <option value="deposited" ?selected=${filters.deposit === 'deposited'}>Deposited</option>
          <option value="undeposited" ?selected=${filters.deposit === 'undeposited'}>Undeposited</option>
        </select>
      </label>
    </form>
  `;
}

/** The table of payments, sorted as asked, each row expandable into its details. */
export function renderHistoryTable(table: HistoryTable): TemplateResult {
  const { sort } = table;
  const rows = sortRows(table.payments, sort, (payment, key) => sortValue(payment, key));
  const header = (label: string, key: HistorySortKey, numeric = false) => renderSortableHeader(label, key, sort, table.onSort, { numeric });
  return html`
    <div class="table-wrap">
      <table part="table" aria-busy=${table.refreshing ? 'true' : 'false'}>
        <caption>
          Payments${sort ? `, sorted by ${historyColumnLabels[sort.key]} (${sort.direction})` : ', newest first'}
        </caption>
        <thead>
          <tr>
            ${header('Date', 'date')} ${header('Reference', 'reference')} ${header('Resident', 'resident')} ${header('Payer', 'payer')}
            ${header('Method', 'method')} ${header('Amount', 'amount', true)} ${header('Total charged', 'total', true)} ${header('Status', 'status')}
            <th scope="col">Deposit</th>
            <th scope="col"><span class="visually-hidden">Details</span></th>
          </tr>
        </thead>
        ${table.rows.renderPages(
          [rows],
          10,
          (payment) => payment.id,
          // A block with an open payment is always drawn again: its actions have state of their own.
          (block) => {
            const open = idsIn(block, table.expanded, (payment) => payment.id);
            return [open, open ? {} : null, table.locale, table.timeZone, table.headingLevel];
          },
          (payment) => renderRow(table, payment),
          // An open payment may hold a refund or a void being written: it is never swapped out.
          (block) => block.some((payment) => table.expanded.has(payment.id)),
        )}
      </table>
    </div>
  `;
}

function renderRow(table: HistoryTable, payment: Payment): TemplateResult {
  const open = table.expanded.has(payment.id);
  const detailsId = domId('details', payment.id);
  const locale = table.locale;
  return html`
    <tr class="payment" data-payment-id=${payment.id}>
      <td><time datetime=${payment.createdAt}>${formatDateTime(payment.createdAt, table.timeZone, locale)}</time></td>
      <td class="reference">${payment.reference}</td>
      <td>${payment.residentName}</td>
      <td>${payment.payer.name}</td>
      <td>
        ${payment.method.label}
        ${payment.source === 'staff_pull' ? html`<span class="muted source">Pulled by the billing team</span>` : nothing}
      </td>
      <td class="amount">${formatMoney(payment.amount, locale)}</td>
      <td class="amount total">${formatMoney(payment.totalCharged, locale)}</td>
      <td>${renderStatusBadge(payment)}</td>
      <td>${payment.depositId ? 'Deposited' : html`<span class="muted">Not deposited</span>`}</td>
      <td>
        <button type="button" class="details" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => table.toggle(payment.id)}>
          ${open ? 'Hide details' : 'Details'}<span class="visually-hidden"> of payment ${payment.reference}</span>
        </button>
      </td>
    </tr>
    <tr class="details-row" id=${detailsId} ?hidden=${!open}>
      <td colspan="10">${open ? renderDetails(table, payment) : nothing}</td>
    </tr>
  `;
}

function renderDetails(table: HistoryTable, payment: Payment): TemplateResult {
  const headingId = domId('receipt', payment.id);
  const level = table.headingLevel === 3 ? 4 : 3;
  return html`
    <div class="details-inner" data-details-for=${payment.id}>
      <div part="receipt">${renderReceipt(payment, { locale: table.locale, timeZone: table.timeZone, headingLevel: level, headingId })}</div>
      <p class="muted deposit-line">
        ${depositLine(payment, table.locale)}
        ${payment.representmentOf ? ` Presents a returned payment again.` : ''}
        ${payment.return ? ` Presentment ${payment.return.presentmentCount} of this debit.` : ''}
      </p>
      ${renderAuditTrail(table, payment)} ${table.actions(payment)}
    </div>
  `;
}

function renderAuditTrail(table: HistoryTable, payment: Payment): TemplateResult {
  return html`
    <table class="audit" role="table" part="audit-trail" data-audit-for=${payment.id}>
      <caption>Audit trail of ${payment.reference}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">When</th>
          <th role="columnheader" scope="col">Who</th>
          <th role="columnheader" scope="col">What</th>
          <th role="columnheader" scope="col">Detail</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${payment.history.map(
          (entry) => html`
            <tr role="row" data-action=${entry.action}>
              <td role="cell">
                <span class="cell-label" aria-hidden="true">When</span><time datetime=${entry.at}>${formatDateTime(entry.at, table.timeZone, table.locale)}</time>
              </td>
              <td role="cell">
                <span class="cell-label" aria-hidden="true">Who</span>${entry.actor.name}
                <span class="muted">(${roleLabels[entry.actor.role]})</span>
              </td>
              <td role="cell"><span class="cell-label" aria-hidden="true">What</span>${auditActionLabels[entry.action]}</td>
              <td role="cell"><span class="cell-label" aria-hidden="true">Detail</span>${entry.detail ?? html`<span class="muted">—</span>`}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

function sortValue(payment: Payment, key: HistorySortKey): string | number {
  switch (key) {
    case 'date':
      return payment.createdAt;
    case 'reference':
      return payment.reference;
    case 'resident':
      return payment.residentName;
    case 'payer':
      return payment.payer.name;
    case 'method':
      return payment.method.label;
    case 'amount':
      return payment.amount.amountCents;
    case 'total':
      return payment.totalCharged.amountCents;
    case 'status':
      return paymentStatusLabels[payment.status];
  }
}

/** Where the payment's money is: in a deposit (by its reference), settling, or waiting to be deposited. */
function depositLine(payment: Payment, locale: string | undefined): string {
  if (payment.depositId) return `In deposit ${payment.depositReference ?? ''}.`;
  if (payment.depositableOn) return `Not deposited yet: the bank debit is settling and can be deposited on ${formatDate(payment.depositableOn, locale)}.`;
  return 'Not deposited yet.';
}

function renderStatusBadge(payment: Payment): TemplateResult {
  const code = payment.status === 'returned' && payment.return ? ` · ${payment.return.code}` : '';
  return html`<span class="badge" part="status" data-status=${payment.status}>${paymentStatusLabels[payment.status]}${code}</span>`;
}
