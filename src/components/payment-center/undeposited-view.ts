// Undeposited Payments' filters, selection bar and table as plain render functions, so
// <alis-pc-undeposited> keeps only its state and loading. They render into the element's shadow
// root: its styles apply and ids such as `to-error` stay inside it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { paymentStatusLabel } from '../shared/receipt.js';
import { formatMoney } from '../../core/format.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import type { Translate } from '../../core/i18n/translate.js';
import { idsIn } from '../shared/load-more.js';
import type { RowWindowController } from '../shared/row-window.js';
import {
  depositButtonWords,
  isFiltered,
  isSettled,
  METHOD_TYPES,
  methodTypeLabel,
  PAYMENT_SOURCES,
  selectionSummary,
  settlingNote,
  sourceLabel,
  type UndepositedFilters,
} from '../../core/undeposited.js';
import type { Payment } from '../../sdk/types.js';

/** The columns Undeposited Payments can be sorted by. */
export type UndepositedSortKey = 'date' | 'reference' | 'payer' | 'resident' | 'method' | 'source' | 'status' | 'amount' | 'charged';

/** What the filters show, and what their controls do. */
export interface UndepositedFilterFields {
  filters: UndepositedFilters;
  /** Why the date range was not applied, shown at the “To” field. */
  filterError: string | null;
  onChange: (event: Event) => void;
  clear: () => void;
  /** The element's words. */
  t: Translate;
}

/** What the table shows, and what its controls do. */
export interface UndepositedTable {
  payments: readonly Payment[];
  locale: string | undefined;
  /** More can be loaded below. */
  more: boolean;
  refreshing: boolean;
  sort: SortState<UndepositedSortKey> | null;
  selected: ReadonlySet<string>;
  /** A moment as the billing office's date and time. */
  moment: (iso: string) => string;
  /** The billing office's time zone, which `moment` follows. */
  timeZone: string;
  onSort: (next: SortState<UndepositedSortKey>) => void;
  toggle: (paymentId: string, checked: boolean) => void;
  selectAll: (checked: boolean) => void;
  /** Draws the rows, only those near the screen once the list is long. */
  rows: RowWindowController;
  /** The element's words. */
  t: Translate;
}

/** A filter's select: any, or one of `choices` (value and words). */
function renderSelect(
  name: keyof UndepositedFilters,
  label: string,
  anyLabel: string,
  choices: ReadonlyArray<readonly [string, string]>,
  value: string,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`
    <label>
      ${label}
      <select name=${name} .value=${value} @change=${onChange}>
        <option value="" ?selected=${value === ''}>${anyLabel}</option>
        ${choices.map(([key, text]) => html`<option value=${key} ?selected=${value === key}>${text}</option>`)}
      </select>
    </label>
  `;
}

/** The filter fields, with Clear filters once one is set. */
export function renderUndepositedFilters(fields: UndepositedFilterFields): TemplateResult {
  const { filters: f, filterError, onChange, t } = fields;
  const sources = PAYMENT_SOURCES.map((source) => [source, sourceLabel(source, t)] as const);
  const methodTypes = METHOD_TYPES.map((type) => [type, methodTypeLabel(type, t)] as const);
  return html`
    <fieldset class="filters" part="filters">
      <legend>${t('Filter payments')}</legend>
      <div class="toolbar">
        ${renderSelect('source', t('Source'), t('All sources'), sources, f.source, onChange)}
        ${renderSelect('methodType', t('Method'), t('All methods'), methodTypes, f.methodType, onChange)}
        <label>
          ${t.ctx('date filter', 'From')}
          <input type="date" name="from" .value=${f.from} @change=${onChange} />
        </label>
        <label>
          ${t.ctx('date filter', 'To')}
          <input
            type="date"
            name="to"
            .value=${f.to}
            aria-invalid=${filterError ? 'true' : 'false'}
            aria-describedby=${filterError ? 'to-error' : nothing}
            @change=${onChange}
          />
          ${filterError ? html`<span class="field-error" id="to-error">${filterError}</span>` : nothing}
        </label>
        ${isFiltered(f) ? html`<button type="button" data-action="clear-filters" @click=${fields.clear}>${t('Clear filters')}</button>` : nothing}
      </div>
    </fieldset>
  `;
}

/** The selected count and total, with the Deposit button. */
export function renderSelectionBar(selected: readonly Payment[], currency: string, locale: string | undefined, deposit: () => void, t: Translate): TemplateResult {
  return html`
    <div class="selection-bar">
      <p part="selection" role="status" data-selection>${selectionSummary(selected, currency, locale, t)}</p>
      <button type="button" class="primary" data-action="deposit" ?disabled=${selected.length === 0} @click=${deposit}>
        ${depositButtonWords(selected.length, t)}
      </button>
    </div>
  `;
}

/** The table of undeposited payments: settled ones selectable, settling ones saying when they can be. */
export function renderUndepositedTable(table: UndepositedTable): TemplateResult {
  const t = table.t;
  const rows = sortRows(table.payments, table.sort, (payment, key) => sortValue(payment, key, t));
  const selectedCount = table.payments.filter((p) => table.selected.has(p.id) && isSettled(p)).length;
  const selectable = table.payments.filter(isSettled).length;
  const all = selectedCount > 0 && selectedCount === selectable;
  const some = selectedCount > 0 && !all;
  const header = (label: string, key: UndepositedSortKey, numeric = false) => renderSortableHeader(label, key, table.sort, table.onSort, { numeric });
  return html`
    <div class="table-wrap">
      <table part="table" role="table" aria-busy=${table.refreshing ? 'true' : 'false'}>
        <caption>
          ${table.more ? t('Undeposited payments (more can be loaded below)') : t('Undeposited payments')}
          <span class="sub"
            >${t(
              'Amount is what was applied to invoices; Total charged adds the convenience fee: the money a deposit brings to the bank. Bank debits still settling can be deposited once they settle.',
            )}</span
          >
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" class="select">
              <label>
                <input
                  type="checkbox"
                  data-select-all
                  .checked=${all}
                  .indeterminate=${some}
                  ?disabled=${selectable === 0}
                  @change=${(event: Event) => table.selectAll((event.currentTarget as HTMLInputElement).checked)}
                />
                <span class="visually-hidden">${t('Select all settled payments shown ({shown})', { shown: selectable })}</span>
              </label>
            </th>
            ${header(t('Date'), 'date')} ${header(t('Receipt'), 'reference')} ${header(t('Payer'), 'payer')} ${header(t('Resident'), 'resident')}
            ${header(t('Method'), 'method')} ${header(t('Source'), 'source')} ${header(t('Status'), 'status')} ${header(t('Amount'), 'amount', true)}
            ${header(t('Total charged'), 'charged', true)}
          </tr>
        </thead>
        ${table.rows.renderPages(
          [rows],
          10,
          (payment) => payment.id,
          // `moment` follows the community's time zone, which only changes with a reload (new rows).
          (block) => [idsIn(block, table.selected, (payment) => payment.id), table.locale, t],
          (payment) => renderSelectableRow(table, payment),
        )}
      </table>
    </div>
  `;
}

/** A payment's row: a checkbox once it is settled, the day it can be deposited while it settles. */
function renderSelectableRow(table: UndepositedTable, payment: Payment): TemplateResult {
  const selected = table.selected.has(payment.id);
  const settling = !isSettled(payment);
  const { locale, t } = table;
  return html`
    <tr role="row" data-payment-id=${payment.id} ?data-selected=${selected} ?data-settling=${settling}>
      <td role="cell" class="select">
        ${settling
          ? nothing
          : html`<label>
              <input type="checkbox" .checked=${selected} @change=${(event: Event) => table.toggle(payment.id, (event.currentTarget as HTMLInputElement).checked)} />
              <span class="visually-hidden"
                >${t('Select {reference}, {payer}, {amount}', { reference: payment.reference, payer: payment.payer.name, amount: formatMoney(payment.totalCharged, locale) })}</span
              >
            </label>`}
      </td>
      <td role="cell" class="date" data-label=${t('Date')}>${renderMoment(payment.createdAt, table.timeZone, locale)}</td>
      <td role="cell" class="reference" data-label=${t('Receipt')}>${payment.reference}</td>
      <td role="cell" class="payer" data-label=${t('Payer')}>${payment.payer.name}${payment.payer.relationship
          ? html`<span class="sub">${payment.payer.relationship}</span>`
          : nothing}</td>
      <td role="cell" class="resident" data-label=${t('Resident')}>${payment.residentName}</td>
      <td role="cell" class="method" data-label=${t('Method')}>${renderUnbroken(payment.method.label)}</td>
      <td role="cell" class="source" data-label=${t('Source')}>${sourceLabel(payment.source, t)}</td>
      <td role="cell" class="status" data-label=${t('Status')}>
        <span class="badge" data-status=${payment.status}>${paymentStatusLabel(payment.status, t)}</span>
        ${settling ? html`<span class="sub" data-settling-note>${renderUnbroken(settlingNote(payment, locale, t))}</span>` : nothing}
      </td>
      <td role="cell" class="amount" data-label=${t('Amount')}>${formatMoney(payment.amount, locale)}</td>
      <td role="cell" class="amount charged" data-label=${t('Total charged')}>
        ${formatMoney(payment.totalCharged, locale)}
        ${payment.fee.amountCents > 0 ? html`<span class="sub">${t('incl. {fee} fee', { fee: formatMoney(payment.fee, locale) })}</span>` : nothing}
      </td>
    </tr>
  `;
}

function sortValue(payment: Payment, key: UndepositedSortKey, t: Translate): string | number {
  switch (key) {
    case 'date':
      return Date.parse(payment.createdAt);
    case 'reference':
      return payment.reference;
    case 'payer':
      return payment.payer.name;
    case 'resident':
      return payment.residentName;
    case 'method':
      return payment.method.label;
    case 'source':
      return sourceLabel(payment.source, t);
    case 'status':
      return paymentStatusLabel(payment.status, t);
    case 'amount':
      return payment.amount.amountCents;
    case 'charged':
      return payment.totalCharged.amountCents;
  }
}
