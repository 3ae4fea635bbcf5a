// The printable deposit report, drawn in the deposits panel's shadow root. Loaded when a report is
// first opened, together with the report's data (issue 15): most visits to Deposits never print one.
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/format.js';
import type { Translate } from '../../core/i18n/translate.js';
import { formatDepositMoment, renderAdjustments, renderColumnHeads } from './deposit-report-view.js';
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
      <h4 id="report-heading" tabindex="-1">${t('Deposit report {reference}', { reference: deposit.reference })}</h4>
      <dl class="facts">
        <div><dt>${t('Community')}</dt><dd>${report.communityName}</dd></div>
        <div>
          <dt>${t.ctx('deposit report fact', 'Deposited')}</dt>
          <dd><time datetime=${deposit.createdAt}>${formatDepositMoment(deposit.createdAt, report.timeZone, locale)}</time></dd>
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
      <!-- Focusable, so a keyboard can scroll the wide table on a narrow screen. -->
      <div class="table-wrap" role="region" aria-label=${t('Payments in {reference}', { reference: deposit.reference })} tabindex="0">
        <table data-report-lines>
          <caption>
            ${t('Payments in {reference}', { reference: deposit.reference })}
            <span class="sub">${t('Amount was applied to invoices; Charged adds the fee; Net is what the bank keeps after returns and refunds.')}</span>
          </caption>
          <thead>
            <tr>
              ${renderColumnHeads([t('Receipt'), t('Payer'), t('Resident'), t('Method')], [t('Amount'), t('Fee'), t('Charged'), t('Adjustments'), t('Net')])}
            </tr>
          </thead>
          <tbody>
            ${report.lines.map(
              (line) => html`<tr data-payment-id=${line.paymentId}>
                <th scope="row">${line.paymentReference}</th>
                <td>${line.payerName}</td>
                <td>${line.residentName}</td>
                <td>${line.methodLabel}</td>
                <td class="amount">${money(line.amount)}</td>
                <td class="amount">${money(line.fee)}</td>
                <td class="amount">${money(line.charged)}</td>
                <td class="amount">${line.adjustments.amountCents > 0 ? `−${money(line.adjustments)}` : money(line.adjustments)}</td>
                <td class="amount">${money(line.net)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr data-report-totals>
              <th scope="row" colspan="4">${t('Total')}</th>
              <td class="amount">${money(totals.amount)}</td>
              <td class="amount">${money(totals.fee)}</td>
              <td class="amount">${money(totals.charged)}</td>
              <td class="amount">${totals.adjustments.amountCents > 0 ? `−${money(totals.adjustments)}` : money(totals.adjustments)}</td>
              <td class="amount">${money(totals.net)}</td>
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
