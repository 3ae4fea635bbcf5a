// The payment history's filters, table, rows and expanded details (receipt, audit trail, actions)
// as plain render functions, so <alis-pc-history> keeps only its state and loading. They render
// into the element's shadow root: its styles apply and ARIA ids stay inside it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { serviceText } from '../shared/service-text.js';
import { paymentStatusLabel, renderReceipt } from '../shared/receipt.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatMoney } from '../../core/format.js';
import { depositStanding } from '../../core/undeposited.js';
import type { Translate } from '../../core/i18n/translate.js';
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
  /** The element's words. */
  t: Translate;
}

const STATUSES: readonly PaymentStatus[] = ['pending', 'succeeded', 'failed', 'returned', 'partially_refunded', 'refunded', 'voided'];

const SOURCES: readonly PaymentSource[] = ['portal', 'staff_pull'];

function sourceLabel(source: PaymentSource, t: Translate): string {
  switch (source) {
    case 'portal':
      return t('Paid online by the payer');
    case 'staff_pull':
      return t('Pulled by the billing team');
  }
}

function auditActionLabel(action: AuditEntry['action'], t: Translate): string {
  switch (action) {
    case 'submitted':
      return t.ctx('audit action', 'Submitted');
    case 'succeeded':
      return t.ctx('audit action', 'Succeeded');
    case 'failed':
      return t.ctx('audit action', 'Failed');
    case 'deposited':
      return t.ctx('audit action', 'Deposited');
    case 'voided':
      return t.ctx('audit action', 'Voided');
    case 'refunded':
      return t.ctx('audit action', 'Refunded');
    case 'returned':
      return t.ctx('audit action', 'Returned by the bank');
    case 'represented':
      return t.ctx('audit action', 'Presented again');
    case 'credit_applied':
      return t.ctx('audit action', 'Credit applied');
  }
}

function roleLabel(role: AuditEntry['actor']['role'], t: Translate): string {
  switch (role) {
    case 'payer':
      return t.ctx('audit role', 'payer');
    case 'staff':
      return t.ctx('audit role', 'billing team');
    case 'system':
      return t.ctx('audit role', 'system');
  }
}

/** Each column in words, for the caption and the sort announcement. */
export function historyColumnLabel(key: HistorySortKey, t: Translate): string {
  switch (key) {
    case 'date':
      return t.ctx('sorted by', 'date');
    case 'reference':
      return t.ctx('sorted by', 'reference');
    case 'resident':
      return t.ctx('sorted by', 'resident');
    case 'payer':
      return t.ctx('sorted by', 'payer');
    case 'method':
      return t.ctx('sorted by', 'method');
    case 'amount':
      return t.ctx('sorted by', 'amount');
    case 'total':
      return t.ctx('sorted by', 'total charged');
    case 'status':
      return t.ctx('sorted by', 'status');
  }
}

/** The filter toolbar; `onFilter` gets the changed field's name and value. */
export function renderHistoryFilters(
  filters: HistoryFilters,
  residents: readonly Resident[],
  onFilter: <K extends keyof HistoryFilters>(name: K, value: HistoryFilters[K]) => void,
  t: Translate,
): TemplateResult {
  const pick = <K extends keyof HistoryFilters>(name: K) => (e: Event) => onFilter(name, (e.target as HTMLSelectElement).value as HistoryFilters[K]);
  return html`
    <form class="toolbar" part="filters" aria-label=${t('Filter payments')} @submit=${(event: Event) => event.preventDefault()}>
      <label>
        ${t('Status')}
        <select name="status" @change=${pick('status')}>
          <option value="all" ?selected=${filters.status === 'all'}>${t('All statuses')}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${filters.status === s}>${paymentStatusLabel(s, t)}</option>`)}
        </select>
      </label>
      <label>
        ${t('Source')}
        <select name="source" @change=${pick('source')}>
          <option value="all" ?selected=${filters.source === 'all'}>${t('All sources')}</option>
          ${SOURCES.map((s) => html`<option value=${s} ?selected=${filters.source === s}>${sourceLabel(s, t)}</option>`)}
        </select>
      </label>
      <label>
        ${t('Method')}
        <select name="methodType" @change=${pick('methodType')}>
          <option value="all" ?selected=${filters.methodType === 'all'}>${t('Cards and bank accounts')}</option>
          <option value="card" ?selected=${filters.methodType === 'card'}>${t('Cards')}</option>
          <option value="bank_account" ?selected=${filters.methodType === 'bank_account'}>${t('Bank accounts')}</option>
        </select>
      </label>
      <label>
        ${t('Payer')}
        <select name="payerId" @change=${pick('payerId')}>
          <option value="" ?selected=${filters.payerId === ''}>${t('Everyone')}</option>
          ${residents.map(
            (resident) => html`
              <optgroup label=${`${resident.name} (${resident.unit})`}>
                <option value=${resident.id} ?selected=${filters.payerId === resident.id}>${t('{name} (resident)', { name: resident.name })}</option>
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
        ${t.ctx('noun', 'Deposit')}
        <select name="deposit" @change=${pick('deposit')}>
          <option value="all" ?selected=${filters.deposit === 'all'}>${t('Deposited or not')}</option>
          <option value="deposited" ?selected=${filters.deposit === 'deposited'}>${t.ctx('deposit filter', 'Deposited')}</option>
          <option value="undeposited" ?selected=${filters.deposit === 'undeposited'}>${t.ctx('deposit filter', 'Undeposited')}</option>
        </select>
      </label>
    </form>
  `;
}

/** The table of payments, sorted as asked, each row expandable into its details. */
export function renderHistoryTable(table: HistoryTable): TemplateResult {
  const { sort, t } = table;
  const rows = sortRows(table.payments, sort, (payment, key) => sortValue(payment, key, t));
  // Method and Resident name their columns: a narrower box leaves them to the payment's details.
  const header = (label: string, key: HistorySortKey, numeric = false) =>
    renderSortableHeader(label, key, sort, table.onSort, { numeric, className: key === 'method' || key === 'resident' ? key : undefined });
  return html`
    <div class="table-wrap">
      <table part="table" role="table" aria-busy=${table.refreshing ? 'true' : 'false'}>
        <caption>
          ${caption(sort, t)}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${header(t('Date'), 'date')} ${header(t('Reference'), 'reference')} ${header(t('Resident'), 'resident')} ${header(t('Payer'), 'payer')}
            ${header(t('Method'), 'method')} ${header(t('Amount'), 'amount', true)} ${header(t('Total charged'), 'total', true)} ${header(t('Status'), 'status')}
            <th role="columnheader" scope="col" class="deposit">${t.ctx('noun', 'Deposit')}</th>
            <th role="columnheader" scope="col"><span class="visually-hidden">${t('Details')}</span></th>
          </tr>
        </thead>
        ${table.rows.renderPages(
          [rows],
          10,
          (payment) => payment.id,
          // A block with an open payment is always drawn again: its actions have state of their own.
          (block) => {
            const open = idsIn(block, table.expanded, (payment) => payment.id);
            return [open, open ? {} : null, table.locale, table.timeZone, table.headingLevel, t];
          },
          (payment) => renderRow(table, payment),
          // An open payment may hold a refund or a void being written: it is never swapped out.
          (block) => block.some((payment) => table.expanded.has(payment.id)),
        )}
      </table>
    </div>
  `;
}

/** The table's caption: how it is sorted. */
function caption(sort: SortState<HistorySortKey> | null, t: Translate): string {
  if (!sort) return t('Payments, newest first');
  const column = historyColumnLabel(sort.key, t);
  return sort.direction === 'ascending' ? t('Payments, sorted by {column} (ascending)', { column }) : t('Payments, sorted by {column} (descending)', { column });
}

function renderRow(table: HistoryTable, payment: Payment): TemplateResult {
  const open = table.expanded.has(payment.id);
  const detailsId = domId('details', payment.id);
  const { locale, t } = table;
  const standing = depositStanding(payment, locale, t);
  return html`
    <tr role="row" class="payment" data-payment-id=${payment.id}>
      <td role="cell" class="date" data-label=${t('Date')}>${renderMoment(payment.createdAt, table.timeZone, locale)}</td>
      <td role="cell" class="reference" data-label=${t('Reference')}>${payment.reference}</td>
      <td role="cell" class="resident" data-label=${t('Resident')}>${payment.residentName}</td>
      <td role="cell" data-label=${t('Payer')}>${payment.payer.name}</td>
      <td role="cell" class="method" data-label=${t('Method')}>
        ${renderUnbroken(payment.method.label)}
        ${payment.source === 'staff_pull' ? html`<span class="muted source">${sourceLabel('staff_pull', t)}</span>` : nothing}
      </td>
      <td role="cell" class="amount" data-label=${t('Amount')}>${formatMoney(payment.amount, locale)}</td>
      <td role="cell" class="amount total" data-label=${t('Total charged')}>${formatMoney(payment.totalCharged, locale)}</td>
      <td role="cell" data-label=${t('Status')}>${renderStatusBadge(payment, t)}</td>
      <td role="cell" class="deposit" data-label=${t.ctx('noun', 'Deposit')} data-deposit-standing=${standing.kind}>${standing.kind === 'deposited'
          ? standing.cell
          : html`<span class="muted">${standing.cell}</span>`}</td>
      <td role="cell" class="row-actions">
        <button type="button" class="details" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => table.toggle(payment.id)}>
          ${open ? t('Hide details') : t('Details')}<span class="visually-hidden"> ${t('of payment {reference}', { reference: payment.reference })}</span>
        </button>
      </td>
    </tr>
    <tr role="row" class="details-row" id=${detailsId} ?hidden=${!open}>
      <td role="cell" colspan="10">${open ? renderDetails(table, payment) : nothing}</td>
    </tr>
  `;
}

function renderDetails(table: HistoryTable, payment: Payment): TemplateResult {
  const headingId = domId('receipt', payment.id);
  const level = table.headingLevel === 3 ? 4 : 3;
  const t = table.t;
  return html`
    <div class="details-inner" data-details-for=${payment.id}>
      <div part="receipt">${renderReceipt(payment, { locale: table.locale, timeZone: table.timeZone, headingLevel: level, headingId, t })}</div>
      <p class="muted deposit-line">
        ${renderUnbroken(depositStanding(payment, table.locale, t).line)}
        ${payment.representmentOf ? ` ${t('Presents a returned payment again.')}` : ''}
        ${payment.return ? ` ${t('Presentment {number} of this debit.', { number: payment.return.presentmentCount })}` : ''}
      </p>
      ${renderAuditTrail(table, payment)} ${table.actions(payment)}
    </div>
  `;
}

function renderAuditTrail(table: HistoryTable, payment: Payment): TemplateResult {
  const t = table.t;
  const when = t('When');
  const who = t('Who');
  const what = t('What');
  const detail = t('Detail');
  return html`
    <table class="audit" role="table" part="audit-trail" data-audit-for=${payment.id}>
      <caption>${renderUnbroken(t('Audit trail of {reference}', { reference: payment.reference }))}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${when}</th>
          <th role="columnheader" scope="col">${who}</th>
          <th role="columnheader" scope="col">${what}</th>
          <th role="columnheader" scope="col">${detail}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${payment.history.map(
          (entry) => html`
            <tr role="row" data-action=${entry.action}>
              <td role="cell">
                <span class="cell-label" aria-hidden="true">${when}</span>${renderMoment(entry.at, table.timeZone, table.locale)}
              </td>
              <td role="cell">
                <span class="cell-label" aria-hidden="true">${who}</span>${entry.actor.name}
                <span class="muted">(${roleLabel(entry.actor.role, t)})</span>
              </td>
              <td role="cell"><span class="cell-label" aria-hidden="true">${what}</span>${auditActionLabel(entry.action, t)}</td>
              <td role="cell"><span class="cell-label" aria-hidden="true">${detail}</span>${auditDetail(entry, t)}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

/**
 * An audit entry's detail: a deposit's or a payment's reference as it is, anything else the
 * service's own sentence, in English, marked as such for readers of another language.
 */
function auditDetail(entry: AuditEntry, t: Translate): unknown {
  if (entry.detail === null) return html`<span class="muted">—</span>`;
  return entry.action === 'deposited' || entry.action === 'represented' ? renderUnbroken(entry.detail) : serviceText(entry.detail, t);
}

function sortValue(payment: Payment, key: HistorySortKey, t: Translate): string | number {
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
      return paymentStatusLabel(payment.status, t);
  }
}

function renderStatusBadge(payment: Payment, t: Translate): TemplateResult {
  const code = payment.status === 'returned' && payment.return ? ` · ${payment.return.code}` : '';
  return html`<span class="badge" part="status" data-status=${payment.status}>${paymentStatusLabel(payment.status, t)}${code}</span>`;
}
