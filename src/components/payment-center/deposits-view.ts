// The Deposits panel's table of batches and an expanded batch's payments as plain render
// functions, so <alis-pc-deposits> keeps only its state and loading. They render into the
// element's shadow root, so its styles apply and `aria-controls` ids stay inside it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { renderSortableHeader } from '../shared/staff.js';
import { paymentStatusLabel } from '../shared/receipt.js';
import { renderLoading, renderLoadError } from '../shared/states.js';
import { formatMoney } from '../../core/format.js';
import type { Translate } from '../../core/i18n/translate.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { renderAdjustments, renderColumnHeads } from './deposit-report-view.js';
import type { Deposit, Payment } from '../../sdk/types.js';

/** The columns the deposits can be sorted by. */
export type DepositSortKey = 'date' | 'reference' | 'count' | 'total' | 'adjustments' | 'net' | 'madeBy';

/** A deposit's payments, fetched when it is first expanded. */
export type DepositPayments = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'loaded'; payments: Payment[] };

/** What the table shows, and what its controls do. */
export interface DepositsTable {
  deposits: readonly Deposit[];
  timeZone: string;
  locale: string | undefined;
  refreshing: boolean;
  sort: SortState<DepositSortKey> | null;
  /** Ids of the deposits whose payments are shown. */
  expanded: ReadonlySet<string>;
  details: ReadonlyMap<string, DepositPayments>;
  onSort: (next: SortState<DepositSortKey>) => void;
  toggle: (deposit: Deposit) => void;
  /** Opens the deposit's report; `opener` is the button, which takes focus back when it closes. */
  openReport: (deposit: Deposit, opener: HTMLElement) => void;
  loadPayments: (deposit: Deposit) => void;
  /** The element's words. */
  t: Translate;
}

/** The deposit batches, each expandable to its payments and adjustments. */
export function renderDepositsTable(table: DepositsTable): TemplateResult {
  const t = table.t;
  const header = (label: string, key: DepositSortKey, numeric = false) => renderSortableHeader(label, key, table.sort, table.onSort, { numeric });
  return html`
    <div class="table-wrap">
      <table part="table" role="table" aria-busy=${table.refreshing ? 'true' : 'false'}>
        <caption>
          ${table.sort ? t('Deposit batches') : t('Deposit batches, newest first')}
          <span class="sub"
            >${t('Total is what the payments charged, fees included; returns and refunds of its payments are its adjustments, and Net is what the bank keeps.')}</span
          >
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${header(t('Date'), 'date')} ${header(t('Reference'), 'reference')} ${header(t('Payments'), 'count', true)}
            ${header(t('Total'), 'total', true)} ${header(t('Adjustments'), 'adjustments', true)} ${header(t('Net'), 'net', true)}
            ${header(t('Made by'), 'madeBy')}
            <th role="columnheader" scope="col"><span class="visually-hidden">${t('Details')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${sortRows(table.deposits, table.sort, sortValue).map((deposit) => renderRow(table, deposit))}
        </tbody>
      </table>
    </div>
  `;
}

function renderRow(table: DepositsTable, deposit: Deposit): TemplateResult {
  const open = table.expanded.has(deposit.id);
  const detailId = `payments-${deposit.id}`;
  const { locale, t } = table;
  const reference = deposit.reference;
  return html`
    <tr role="row" data-deposit-id=${deposit.id}>
      <td role="cell" class="date" data-label=${t('Date')}>${renderMoment(deposit.createdAt, table.timeZone, locale)}</td>
      <td role="cell" class="reference" data-label=${t('Reference')}>${deposit.reference}</td>
      <td role="cell" class="amount" data-label=${t('Payments')}>${deposit.paymentCount}</td>
      <td role="cell" class="amount" data-label=${t('Total')} data-total>${formatMoney(deposit.total, locale)}</td>
      <td role="cell" class="amount" data-label=${t('Adjustments')} data-adjustments-total>
        ${deposit.adjustments.length > 0
          ? html`<span class="negative">−${formatMoney(deposit.adjustmentsTotal, locale)}</span>
              <span class="sub">${t.plural(deposit.adjustments.length, { one: '{count} adjustment', other: '{count} adjustments' })}</span>`
          : formatMoney(deposit.adjustmentsTotal, locale)}
      </td>
      <td role="cell" class="amount" data-label=${t('Net')} data-net>${formatMoney(deposit.net, locale)}</td>
      <td role="cell" class="made-by" data-label=${t('Made by')}>${deposit.createdBy.name}</td>
      <td role="cell" class="row-actions">
        <button type="button" data-action="report" @click=${(event: Event) => table.openReport(deposit, event.currentTarget as HTMLElement)}>
          ${t.ctx('deposit button', 'Report')}<span class="visually-hidden"> ${t('of deposit {reference}', { reference })}</span>
        </button>
        <button type="button" data-action="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailId} @click=${() => table.toggle(deposit)}>
          ${open ? t('Hide payments') : t('Show payments')}<span class="visually-hidden"> ${t('of deposit {reference}', { reference })}</span>
        </button>
      </td>
    </tr>
    <tr role="row" class="detail" id=${detailId} ?hidden=${!open}>
      <td role="cell" colspan="8">${open ? renderPayments(table, deposit) : nothing}</td>
    </tr>
  `;
}

function renderPayments(table: DepositsTable, deposit: Deposit): TemplateResult {
  const detail = table.details.get(deposit.id);
  const { locale, t } = table;
  const reference = deposit.reference;
  if (!detail || detail.state === 'loading') return renderLoading(t('Loading the payments of {reference}…', { reference }));
  if (detail.state === 'error') {
    return renderLoadError(detail.error, t.ctx('your …', 'payments of deposit {reference}', { reference }), () => table.loadPayments(deposit), undefined, t);
  }
  return html`
    <div class="table-wrap">
      <table part="payments" role="table" data-payments-of=${deposit.id}>
        <caption>
          ${renderUnbroken(t('Payments in deposit {reference}', { reference }))}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${renderColumnHeads([t('Receipt'), t('Date'), t('Payer'), t('Resident'), t('Method'), t('Status')], [t('Amount'), t('Total charged')])}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${detail.payments.map(
            (payment) => html`
              <tr role="row" data-payment-id=${payment.id}>
                <td role="cell" class="reference" data-label=${t('Receipt')}>${payment.reference}</td>
                <td role="cell" class="date" data-label=${t('Date')}>${renderMoment(payment.createdAt, table.timeZone, locale)}</td>
                <td role="cell" data-label=${t('Payer')}>${payment.payer.name}</td>
                <td role="cell" data-label=${t('Resident')}>${payment.residentName}</td>
                <td role="cell" data-label=${t('Method')}>${renderUnbroken(payment.method.label)}</td>
                <td role="cell" data-label=${t('Status')}><span class="badge" data-status=${payment.status}>${paymentStatusLabel(payment.status, t)}</span></td>
                <td role="cell" class="amount" data-label=${t('Amount')}>${formatMoney(payment.amount, locale)}</td>
                <td role="cell" class="amount" data-label=${t('Total charged')}>${formatMoney(payment.totalCharged, locale)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
    ${deposit.adjustments.length > 0
      ? html`<p><strong>${t('Adjustments after the deposit')}</strong></p>
          ${renderAdjustments(deposit.adjustments, table.timeZone, locale, t)}`
      : nothing}
  `;
}

function sortValue(deposit: Deposit, key: DepositSortKey): string | number {
  switch (key) {
    case 'date':
      return Date.parse(deposit.createdAt);
    case 'reference':
      return deposit.reference;
    case 'count':
      return deposit.paymentCount;
    case 'total':
      return deposit.total.amountCents;
    case 'adjustments':
      return deposit.adjustmentsTotal.amountCents;
    case 'net':
      return deposit.net.amountCents;
    case 'madeBy':
      return deposit.createdBy.name;
  }
}
