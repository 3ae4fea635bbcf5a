// The pieces of a deposit's report that the deposits list shows too (its column heads and
// adjustments). The printable report itself is deposit-report-sheet.ts, loaded when a report opens.
import { html, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { formatMoney } from '../../core/format.js';
import type { Translate } from '../../core/i18n/translate.js';
import { returnDescription } from '../../core/payment-actions.js';
import type { DepositAdjustment } from '../../sdk/types.js';

/** Column headings, the `amounts` last and right-aligned, as the report and a deposit's payments have them. */
export function renderColumnHeads(texts: readonly string[], amounts: readonly string[]): TemplateResult {
  return html`${texts.map((text) => html`<th role="columnheader" scope="col">${text}</th>`)}${amounts.map(
    (text) => html`<th role="columnheader" scope="col" class="amount">${text}</th>`,
  )}`;
}

/**
 * "Bank return R01 Insufficient funds" for a return (the code's meaning in the reader's language),
 * "Refund: " and the reason the billing office gave for a refund.
 */
export function adjustmentWords(adjustment: DepositAdjustment, t: Translate): string {
  if (adjustment.kind !== 'return') return t('Refund: {reason}', { reason: adjustment.reason });
  const code = adjustment.returnCode;
  const reason = code ? returnDescription(code, adjustment.reason, t) : adjustment.reason;
  return t('Bank return {code} {reason}', { code: code ?? '', reason }).replace(/\s+/g, ' ');
}

/** The adjustments of a deposit as a list (payment reference, what, when, how much). */
export function renderAdjustments(adjustments: readonly DepositAdjustment[], timeZone: string, locale: string | undefined, t: Translate): TemplateResult {
  return html`<ul class="adjustments" data-adjustments>
    ${adjustments.map(
      (a) => html`<li data-adjustment=${a.id}>
        <span>${renderUnbroken(`${a.paymentReference} · ${adjustmentWords(a, t)} ·`)} ${renderMoment(a.createdAt, timeZone, locale)}</span>
        <span class="amount">−${formatMoney(a.amount, locale)}</span>
      </li>`,
    )}
  </ul>`;
}
