// The printable deposit report, drawn in the deposits panel's shadow root. Loaded when a report is
// first opened, together with the report's data (issue 15): most visits to Deposits never print one.
import { html, nothing, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { formatMoney } from '../../core/format.js';
import type { Translate } from '../../core/i18n/translate.js';
import { renderAdjustments, renderColumnHeads } from './deposit-report-view.js';
import type { DepositReport } from '../../sdk/types.js';

/** What the report view needs from the panel besides the report. */
export interface DepositReportActions {
  locale: string | undefined;
  print: () => void;
  download: () => void;
  close: () => void;
  /** The panel's words. */
  t: Translate;
}

/**
 * The printable deposit report: the batch's facts, every line with reference, payer, resident,
 * method, amount, fee, charged, adjustments and net, the totals, and each adjustment.
 */
export function renderDepositReport(report: DepositReport, actions: DepositReportActions): TemplateResult {
  const { deposit, totals } = report;
  const { locale, t } = actions;
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, locale);
  return html`
    <article class="report" part="report" aria-labelledby="report-heading" data-report=${deposit.id}>
      <h4 id="report-heading" tabindex="-1">${renderUnbroken(t('Deposit report {reference}', { reference: deposit.reference }))}</h4>
      <dl class="facts">
        <div><dt>${t('Community')}</dt><dd>${report.communityName}</dd></div>
        <div>
          <dt>${t.ctx('deposit report fact', 'Deposited')}</dt>
          <dd>${renderMoment(deposit.createdAt, report.timeZone, locale)}</dd>
        </div>
        <div><dt>${t('Made by')}</dt><dd>${deposit.createdBy.name}</dd></div>
        <div><dt>${t('Payments')}</dt><dd>${deposit.paymentCount}</dd></div>
        <div><dt>${t('Total')}</dt><dd data-report-total>${money(deposit.total)}</dd></div>
        <div>
          <dt>${t('Adjustments')}</dt>
          <dd data-report-adjustments>${deposit.adjustmentsTotal.amountCents > 0 ? `−${money(deposit.adjustmentsTotal)}` : money(deposit.adjustmentsTotal)}</dd>
        </div>
        <div><dt>${t('Net')}</dt><dd data-report-net>${money(deposit.net)}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" class="primary" data-action="print" @click=${actions.print}>${t('Print')}</button>
        <button type="button" data-action="download-csv" @click=${actions.download}>${t('Download CSV')}</button>
        <button type="button" data-action="close-report" @click=${actions.close}>${t('Back to deposits')}</button>
      </div>
      <div class="table-wrap">
        <table role="table" data-report-lines>
          <caption>
            ${renderUnbroken(t('Payments in {reference}', { reference: deposit.reference }))}
            <span class="sub">${t('Amount was applied to invoices; Charged adds the fee; Net is what the bank keeps after returns and refunds.')}</span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${renderColumnHeads([t('Receipt'), t('Payer'), t('Resident'), t('Method')], [t('Amount'), t('Fee'), t('Charged'), t('Adjustments'), t('Net')])}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${report.lines.map(
              (line) => html`<tr role="row" data-payment-id=${line.paymentId}>
                <th role="rowheader" scope="row" class="reference" data-label=${t('Receipt')}>${line.paymentReference}</th>
                <td role="cell" data-label=${t('Payer')}>${line.payerName}</td>
                <td role="cell" data-label=${t('Resident')}>${line.residentName}</td>
                <td role="cell" data-label=${t('Method')}>${renderUnbroken(line.methodLabel)}</td>
                <td role="cell" class="amount" data-label=${t('Amount')}>${money(line.amount)}</td>
                <td role="cell" class="amount" data-label=${t('Fee')}>${money(line.fee)}</td>
                <td role="cell" class="amount" data-label=${t('Charged')}>${money(line.charged)}</td>
                <td role="cell" class="amount" data-label=${t('Adjustments')}>
                  ${line.adjustments.amountCents > 0 ? `−${money(line.adjustments)}` : money(line.adjustments)}
                </td>
                <td role="cell" class="amount" data-label=${t('Net')}>${money(line.net)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row" data-report-totals>
              <th role="rowheader" scope="row" colspan="4">${t('Total')}</th>
              <td role="cell" class="amount" data-label=${t('Amount')}>${money(totals.amount)}</td>
              <td role="cell" class="amount" data-label=${t('Fee')}>${money(totals.fee)}</td>
              <td role="cell" class="amount" data-label=${t('Charged')}>${money(totals.charged)}</td>
              <td role="cell" class="amount" data-label=${t('Adjustments')}>
                ${totals.adjustments.amountCents > 0 ? `−${money(totals.adjustments)}` : money(totals.adjustments)}
              </td>
              <td role="cell" class="amount" data-label=${t('Net')}>${money(totals.net)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${deposit.adjustments.length > 0
        ? html`<section aria-labelledby="report-adjustments-heading">
            <h5 id="report-adjustments-heading">${t('Adjustments after the deposit')}</h5>
            ${renderAdjustments(deposit.adjustments, report.timeZone, locale, t)}
          </section>`
        : nothing}
    </article>
  `;
}
