import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateOfInstant, formatDateTime, formatMoney } from '../../core/format.js';
import { refundFeeSentence } from '../../core/fee-words.js';
import { paymentFailureReason, paymentStatusLabel, paymentStatusLabels } from '../../core/payment-status.js';
import { english, type Translate } from '../../core/i18n/translate.js';
import { blockReasonWords, methodSummaryLabel } from '../../core/payment-method-words.js';
import { renderMoment, renderUnbroken } from './unbroken.js';
import type { Payment, PaymentStatus } from '../../sdk/types.js';

/** How a receipt is rendered into its host's page. */
export interface ReceiptOptions {
  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  locale?: string;
  /** The community's IANA time zone (`community.timeZone`), so times read as everywhere else; the viewer's when unset. */
  timeZone?: string;
  /** Level of the receipt's heading, so it fits the host's outline (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** An id for the heading, so a disclosure or dialog can be labelled by it (and the receipt names itself). */
  headingId?: string;
  /** The words of the element showing it (`this.t`); English by default. */
  t?: Translate;
}

// A payment status in words lives in core (outcome sentences use it too); re-exported for the elements.
export { paymentStatusLabel, paymentStatusLabels };

// Times are formatted by core/format.ts `formatDateTime` on the community's clock. Re-exported for
// the elements that imported it from here; it now takes the zone, so an old two-argument call no
// longer compiles.
export { formatDateTime };

/** What went back to the payer's method: the refunded amounts and any convenience fee refunded with them. */
function wentBack(payment: Payment): Payment['refundedTotal'] {
  const fee = payment.refunds.reduce((sum, refund) => sum + refund.fee.amountCents, 0);
  return { ...payment.refundedTotal, amountCents: payment.refundedTotal.amountCents + fee };
}

/**
 * The status of a payment as a sentence a payer understands: the status in words, then what it
 * means for them (why it failed, the bank's return reason, how much went back).
 */
export function paymentStatusText(payment: Payment, locale?: string, timeZone?: string, t: Translate = english): string {
  const status = paymentStatusLabel(payment.status, t);
  switch (payment.status) {
    case 'pending':
      // Only a bank debit takes days to settle; a card payment still pending is waiting on its processor.
      return payment.method.type === 'bank_account'
        ? t('{status} — bank payments take about two business days', { status })
        : t('{status} — the card payment is being confirmed', { status });
    case 'succeeded':
      return status;
    case 'failed':
      return payment.failure
        ? t('{status} — {reason}', { status, reason: paymentFailureReason(payment.failure, t) })
        : t('{status} — the payment did not go through', { status });
    case 'returned': {
      const ret = payment.return;
      if (!ret) return t('Returned by the bank');
      // The bank's return code and description are the bank's own words (data), shown as they came.
      return t('Returned by the bank on {date} — {code} {description}', {
        date: formatDateTime(ret.returnedAt, timeZone, locale, 'long'),
        code: ret.code,
        description: blockReasonWords({ returnCode: ret.code, reason: ret.description }, t),
      });
    }
    case 'refunded':
      return t('{status} — {amount} went back to {method}', { status, amount: formatMoney(wentBack(payment), locale), method: methodSummaryLabel(payment.method, t) });
    case 'partially_refunded':
      // Out of what could come back: the amount, or — once fees are refunded too — all that was charged.
      return t('{status} — {amount} of {total} went back to {method}', {
        status,
        amount: formatMoney(wentBack(payment), locale),
        total: formatMoney(wentBack(payment).amountCents > payment.refundedTotal.amountCents ? payment.totalCharged : payment.amount, locale),
        method: methodSummaryLabel(payment.method, t),
      });
    case 'voided':
      return t('{status} — the payment was cancelled and will not be collected', { status });
  }
}

/**
 * A payment's receipt: reference, date and time, status in words, amounts, method and which
 * invoices it paid. A plain template with no element of its own, so the payment history and the
 * pay flow show the same receipt; render it inside a shadow root that adopts `receiptStyles`.
 */
export function renderReceipt(payment: Payment, options: ReceiptOptions = {}): TemplateResult {
  const { locale, headingId, timeZone } = options;
  const t = options.t ?? english;
  // Failed and voided payments were never collected; a returned one was, and the bank took it back.
  const collected = payment.status !== 'failed' && payment.status !== 'voided' && payment.status !== 'returned';
  const totalLabel = collected ? t('Total charged') : payment.status === 'returned' ? t('Total (returned by the bank)') : t('Total (not charged)');
  const paidWith =
    payment.source === 'staff_pull'
      ? t('{method} (collected by the billing team)', { method: methodSummaryLabel(payment.method, t) })
      : methodSummaryLabel(payment.method, t);
  return html`
    <article class="receipt" part="receipt" data-status=${payment.status} aria-labelledby=${ifDefined(headingId)}>
      ${receiptHeading(options.headingLevel ?? 3, headingId, renderUnbroken(t('Receipt {reference}', { reference: payment.reference })))}
      <dl class="receipt-facts">
        <div><dt>${t('Receipt number')}</dt><dd class="receipt-reference">${payment.reference}</dd></div>
        <div>
          <dt>${t('Date')}</dt>
          <dd>${renderMoment(payment.createdAt, timeZone, locale, 'long')}</dd>
        </div>
        <div><dt>${t('Status')}</dt><dd class="receipt-status">${renderUnbroken(paymentStatusText(payment, locale, timeZone, t))}</dd></div>
        <div><dt>${t('Resident')}</dt><dd>${payment.residentName}</dd></div>
        <div><dt>${t('Paid with')}</dt><dd class="receipt-method">${renderUnbroken(paidWith)}</dd></div>
        <div>
          <dt>${collected && payment.status !== 'refunded' ? t('Amount applied') : t('Amount')}</dt>
          <dd class="amount">${formatMoney(payment.amount, locale)}</dd>
        </div>
        ${payment.fee.amountCents > 0
          ? html`<div><dt>${t('Convenience fee')}</dt><dd class="amount">${formatMoney(payment.fee, locale)}</dd></div>`
          : nothing}
        <div class="receipt-total">
          <dt>${totalLabel}</dt>
          <dd class="amount">${formatMoney(payment.totalCharged, locale)}</dd>
        </div>
      </dl>
      ${renderRefunds(payment, locale, timeZone, t)} ${renderAllocation(payment, locale, t)} ${renderCredit(payment, locale, timeZone, t)}
    </article>
  `;
}

function receiptHeading(level: 2 | 3 | 4, id: string | undefined, text: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="receipt-title" id=${ifDefined(id)}>${text}</h2>`;
    case 4:
      return html`<h4 class="receipt-title" id=${ifDefined(id)}>${text}</h4>`;
    default:
      return html`<h3 class="receipt-title" id=${ifDefined(id)}>${text}</h3>`;
  }
}

function allocationCaption(status: PaymentStatus, t: Translate): string {
  switch (status) {
    case 'failed':
      return t('Was to be applied to');
    case 'returned':
    case 'voided':
    case 'refunded':
      return t('Was applied to (now reversed)');
    case 'partially_refunded':
      return t('Applied to (partly reversed by the refunds)');
    default:
      return t('Applied to');
  }
}

function renderAllocation(payment: Payment, locale: string | undefined, t: Translate): TemplateResult | typeof nothing {
  const hasCredit = payment.unapplied.amountCents > 0;
  if (payment.allocations.length === 0 && !hasCredit) return nothing;
  return html`
    <table class="receipt-allocation" role="table">
      <caption>${allocationCaption(payment.status, t)}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${t('Invoice')}</th>
          <th role="columnheader" scope="col" class="amount">${t('Amount applied')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${payment.allocations.map(
          (allocation) => html`
            <tr role="row" data-invoice-id=${allocation.invoiceId}>
              <th role="rowheader" scope="row">${allocation.invoiceNumber}</th>
              <td role="cell" class="amount">${formatMoney(allocation.amount, locale)}</td>
            </tr>
          `,
        )}
        ${hasCredit
          ? html`
              <tr role="row" data-unapplied>
                <th role="rowheader" scope="row">${t('Unapplied credit')}</th>
                <td role="cell" class="amount">${formatMoney(payment.unapplied, locale)}</td>
              </tr>
            `
          : nothing}
      </tbody>
    </table>
  `;
}

/**
 * "$120.00 applied to INV-2026-0114 on Dec 6, 2026": where the billing office applied this payment's
 * credit on account, and what of it is still held.
 */
export function creditApplicationWords(application: Payment['creditApplications'][number], locale?: string, timeZone?: string, t: Translate = english): string {
  return t('{amount} applied to {invoice} on {date}', {
    amount: formatMoney(application.amount, locale),
    invoice: application.invoiceNumber,
    date: formatDateOfInstant(application.appliedAt, timeZone, locale),
  });
}

function renderCredit(payment: Payment, locale: string | undefined, timeZone: string | undefined, t: Translate): TemplateResult | typeof nothing {
  const applied = payment.creditApplications;
  const left = payment.creditLeft.amountCents > 0;
  if (applied.length === 0 && !left) return nothing;
  return html`
    <section class="receipt-credit" aria-label=${t('Credit on account')}>
      ${applied.length > 0
        ? html`<p class="receipt-credit-heading">${payment.status === 'returned' || payment.status === 'voided' || payment.status === 'refunded' ? t('Its credit was applied (now reversed):') : t('Its credit was applied by the billing office:')}</p>
            <ul>
              ${applied.map((a) => html`<li data-credit-application=${a.id}>${renderUnbroken(creditApplicationWords(a, locale, timeZone, t))}</li>`)}
            </ul>`
        : nothing}
      ${left
        ? html`<p data-credit-left>${t('{amount} is held as credit on account, for the billing office to apply to open invoices.', { amount: formatMoney(payment.creditLeft, locale) })}</p>`
        : nothing}
    </section>
  `;
}

function renderRefunds(payment: Payment, locale: string | undefined, timeZone: string | undefined, t: Translate): TemplateResult | typeof nothing {
  if (payment.refunds.length === 0) return nothing;
  // Whether the fee went back is the community's setting at the time of each refund: say what happened.
  const feeBack = payment.refunds.reduce((sum, r) => sum + r.fee.amountCents, 0);
  const feeWords = refundFeeSentence(payment.fee.amountCents, feeBack, payment.fee.currency, locale, t);
  return html`
    <table class="receipt-refunds" role="table">
      <caption>${renderUnbroken(t('Refunds to {method}', { method: methodSummaryLabel(payment.method, t) }))}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${t('Refunded on')}</th>
          <th role="columnheader" scope="col" class="amount">${t('Amount')}</th>
          <th role="columnheader" scope="col">${t('Reason')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${payment.refunds.map(
          (refund) => html`
            <tr role="row" data-refund-id=${refund.id}>
              <td role="cell" data-label=${t('Refunded on')}>${renderMoment(refund.createdAt, timeZone, locale, 'long')}</td>
              <td role="cell" class="amount" data-label=${t('Amount')}>${formatMoney(refund.amount, locale)}</td>
              <td role="cell" data-label=${t('Reason')}>${refund.reason}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
    ${feeWords ? html`<p class="receipt-refund-fee" data-refund-fee>${feeWords}</p>` : nothing}
  `;
}
