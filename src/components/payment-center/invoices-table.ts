// The invoices panel's toolbar (search and status filter) and table: one row an invoice, with its
// status badge and the Options button whose row holds the addressee editor. Render functions over
// the panel's state.
import { html, nothing, type TemplateResult } from 'lit';
import { renderPhrases, renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { renderListTable } from './list-table.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDate, formatMoney, formatPeriod } from '../../core/format.js';
import { invoicesCaption, invoiceSortValue, invoiceStatusText, type InvoiceSortKey } from '../../core/invoice-words.js';
import { domId } from './invoice-addressee.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Invoice, InvoiceStatusFilter } from '../../sdk/types.js';

/** What the toolbar draws from, and what it calls back. */
export interface InvoicesToolbar {
  /** The words in the reader's language. */
  t: Translate;
  /** What is typed in the search box. */
  searchText: string;
  status: InvoiceStatusFilter;
  onSearchInput: (event: Event) => void;
  onSearchSubmit: (event: SubmitEvent) => void;
  onStatus: (status: InvoiceStatusFilter) => void;
}

export function renderInvoicesToolbar(toolbar: InvoicesToolbar): TemplateResult {
  const { status, t } = toolbar;
  return html`
    <form class="toolbar" role="search" part="search" aria-label=${t('Find invoices')} @submit=${toolbar.onSearchSubmit}>
      <label>
        ${t('Resident or payer name')}
        <input type="search" name="search" autocomplete="off" maxlength="100" .value=${toolbar.searchText} @input=${toolbar.onSearchInput} />
      </label>
      <button type="submit">${t('Search')}</button>
      <label>
        ${t('Status')}
        <select name="status" @change=${(e: Event) => toolbar.onStatus((e.target as HTMLSelectElement).value as InvoiceStatusFilter)}>
          <option value="all" ?selected=${status === 'all'}>${t('All invoices')}</option>
          <option value="open" ?selected=${status === 'open'}>${t('Open (balance due)')}</option>
          <option value="paid" ?selected=${status === 'paid'}>${t.ctx('invoice status filter', 'Paid')}</option>
        </select>
      </label>
    </form>
  `;
}

/** What the table draws from, and what it calls back. */
export interface InvoicesTable {
  /** The words in the reader's language. */
  t: Translate;
  locale: string | undefined;
  sort: SortState<InvoiceSortKey> | null;
  onSort: (next: SortState<InvoiceSortKey>) => void;
  /** Ids of invoices whose options are open. */
  optionsOpen: ReadonlySet<string>;
  toggleOptions: (invoiceId: string) => void;
  /** An invoice's opened options. */
  renderOptions: (invoice: Invoice) => TemplateResult;
}

/** The table (`part="table"`), busy while a reload runs with the old rows on screen. */
export function renderInvoicesTable(table: InvoicesTable, invoices: Invoice[], refreshing: boolean): TemplateResult {
  const { t } = table;
  const rows = sortRows(invoices, table.sort, (invoice, key) => invoiceSortValue(invoice, key, t));
  const header = (label: string, key: InvoiceSortKey, numeric = false) => renderSortableHeader(label, key, table.sort, table.onSort, { numeric });
  return renderListTable(
    invoicesCaption(table.sort, t),
    html`
      ${header(t('Invoice'), 'number')} ${header(t('Resident'), 'resident')} ${header(t('Addressed to'), 'addressee')}
      ${header(t('Period'), 'period')} ${header(t('Due date'), 'dueDate')} ${header(t('Total'), 'total', true)}
      ${header(t('Balance'), 'balance', true)} ${header(t('Status'), 'status')}
      <th role="columnheader" scope="col"><span class="visually-hidden">${t('Options')}</span></th>
    `,
    rows.map((invoice) => renderRow(table, invoice)),
    refreshing,
  );
}

function renderRow(table: InvoicesTable, invoice: Invoice): TemplateResult {
  const { locale, t } = table;
  const open = table.optionsOpen.has(invoice.id);
  const optionsId = domId('options', invoice.id);
  return html`
    <tr role="row" class="invoice" data-invoice-id=${invoice.id}>
      <td role="cell" class="number" data-label=${t('Invoice')}>${renderUnbroken(invoice.number)}</td>
      <td role="cell" class="resident" data-label=${t('Resident')}>${invoice.residentName}</td>
      <td role="cell" class="addressee" data-label=${t('Addressed to')}>${invoice.addressee.name}</td>
      <td role="cell" class="period" data-label=${t('Period')}>${renderPhrases(formatPeriod(invoice.periodStart, invoice.periodEnd, locale))}</td>
      <td role="cell" class="due nowrap" data-label=${t('Due date')}>${formatDate(invoice.dueDate, locale)}</td>
      <td role="cell" class="amount" data-label=${t('Total')}>${formatMoney(invoice.total, locale)}</td>
      <td role="cell" class="amount" data-label=${t('Balance')}>${formatMoney(invoice.balance, locale)}</td>
      <td role="cell" class="status" data-label=${t('Status')}>
        <span class="badge" part="status" data-status=${invoice.overdue ? 'overdue' : invoice.status}>${renderPhrases(invoiceStatusText(invoice, t))}</span>
      </td>
      <td role="cell" class="row-actions">
        <button
          type="button"
          class="options"
          data-action="options"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${optionsId}
          @click=${() => table.toggleOptions(invoice.id)}
        >
          ${t('Options')}<span class="visually-hidden"> ${t('for invoice {number}', { number: invoice.number })}</span>
        </button>
      </td>
    </tr>
    <tr role="row" class="options-row" id=${optionsId} ?hidden=${!open}>
      <td role="cell" colspan="9">${open ? table.renderOptions(invoice) : nothing}</td>
    </tr>
  `;
}
