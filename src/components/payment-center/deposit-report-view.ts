// The pieces of a deposit's report that the deposits list shows too (its moments, column heads and
// adjustments). The printable report itself is deposit-report-sheet.ts, loaded when a report opens.
import { html, type TemplateResult } from 'lit';
import { formatDateTime, formatMoney } from '../../core/format.js';
import type { DepositAdjustment } from '../../sdk/types.js';

/** A moment in the community's time zone, date and time. */
export function formatDepositMoment(iso: string, timeZone: string, locale: string | undefined): string {
  return formatDateTime(iso, timeZone, locale);
}

/** Column headings, the `amounts` last and right-aligned, as the report and a deposit's payments have them. */
export function renderColumnHeads(texts: readonly string[], amounts: readonly string[]): TemplateResult {
  return html`${texts.map((text) => html`<th scope="col">${text}</th>`)}${amounts.map((text) => html`<th scope="col" class="amount">${text}</th>`)}`;
}

/** "R01 Insufficient funds" for a return, the refund's reason for a refund. */
export function adjustmentWords(adjustment: DepositAdjustment): string {
  return adjustment.kind === 'return' ? `Bank return ${adjustment.returnCode ?? ''} ${adjustment.reason}`.replace(/\s+/g, ' ') : `Refund: ${adjustment.reason}`;
}

/** The adjustments of a deposit as a list (payment reference, what, when, how much). */
export function renderAdjustments(adjustments: readonly DepositAdjustment[], timeZone: string, locale: string | undefined): TemplateResult {
  return html`<ul class="adjustments" data-adjustments>
    ${adjustments.map(
      (a) => html`<li data-adjustment=${a.id}>
        <span>${a.paymentReference} · ${adjustmentWords(a)} ·
          <time datetime=${a.createdAt}>${formatDepositMoment(a.createdAt, timeZone, locale)}</time></span>
        <span class="amount">−${formatMoney(a.amount, locale)}</span>
      </li>`,
    )}
  </ul>`;
}
