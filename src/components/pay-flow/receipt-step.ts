// The pay flow's last step: the payment was taken (or, for a bank debit, submitted) and the receipt
// can be printed. A render function in the flow's shadow root, where the receipt styles apply.
import { html, type TemplateResult } from 'lit';
import { renderReceipt } from '../shared/receipt.js';
import { receiptWords } from '../../core/pay-flow-words.js';
import { renderStepHeading, type StepHeadingLevel } from './step-heading.js';
import type { Payment } from '../../sdk/types.js';
import type { Translate } from '../../core/i18n/translate.js';

/** What the receipt step shows. */
export interface ReceiptStepView {
  payment: Payment;
  locale: string | undefined;
  /** The community's time zone, in which the receipt dates the payment. */
  timeZone: string | undefined;
  headingLevel: StepHeadingLevel;
  /** The element's words. */
  t: Translate;
}

/** The thank-you line and the receipt, with Print and Done. */
export function renderReceiptStep(view: ReceiptStepView, actions: { done: () => void }): TemplateResult {
  const { t } = view;
  const words = receiptWords(view.payment, t);
  return html`
    ${renderStepHeading(view.headingLevel, words.heading)}
    <p class="confirmation" data-tone="success">${words.confirmation}</p>
    <div part="receipt">${renderReceipt(view.payment, { locale: view.locale, timeZone: view.timeZone, headingLevel: view.headingLevel === 2 ? 3 : 4, t })}</div>
    <div class="actions no-print">
      <button type="button" @click=${() => window.print()}>${t('Print receipt')}</button>
      <button type="button" class="primary" @click=${actions.done}>${t('Done')}</button>
    </div>
  `;
}
