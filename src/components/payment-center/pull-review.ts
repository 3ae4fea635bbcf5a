// The staff pull from review on: the engine's quote per part and in total, the authorization it
// is made under, the steps while it is sent, and the payments it made. Plain render functions in
// the pull's shadow root; every number is the engine's. Loaded while the form is filled in, not
// with it (issue 15): the pull's first step draws only the form.
import { renderNotice, renderQuoteChangedNotice } from '../shared/states.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, paymentStatusLabels } from '../shared/receipt.js';
import { formatMoney } from '../../core/format.js';
import { payerRelation } from '../../core/pull-methods.js';
import { allocationPolicyWords, authorizationSentence, pullResultWords, settlesText } from '../../core/pull-words.js';
import { renderPullFlowError, renderPullHeading } from './pull-form.js';
import type { Me, Money, Payer, Payment, PullPaymentRequest, PullQuote } from '../../sdk/types.js';

/** What the review shows. */
export interface PullReviewView {
  payer: Payer;
  me: Me;
  request: PullPaymentRequest;
  quote: PullQuote;
  flowError: string | undefined;
  /** What changed since the last review (a new quote), or null. */
  quoteNotice: string | null;
  locale: string | undefined;
}

/** The review: per part the method, amount, fee and rule, total and what it settles; the totals; the authorization. */
export function renderPullReview(view: PullReviewView, actions: { change: () => void; confirm: () => void }): TemplateResult {
  const { request, quote, payer, locale } = view;
  const community = view.me.community;
  const methods = new Map(payer.methods.map((m) => [m.id, m]));
  const money = (value: Money) => formatMoney(value, locale);
  const totalText = money(quote.totalCharged);
  return html`
    <div class="step">
      ${renderPullHeading('Review the pull')}
      <p class="hint">Check the details. Nothing is pulled until you select “Pull ${totalText}”.</p>
      ${renderPullFlowError(view.flowError)}
      ${renderQuoteChangedNotice(view.quoteNotice, 'Nothing was pulled.')}
      <dl class="review" part="review">
        <div class="wide"><dt>Payer</dt><dd>${payer.party.name}<span class="hint"> · ${payerRelation(payer)}</span></dd></div>
        <div><dt>Outstanding balance</dt><dd data-reviewed-outstanding>${money({ amountCents: request.expectedAmountCents ?? 0, currency: request.currency })}</dd></div>
        <div class="wide">
          <dt>${quote.parts.length === 1 ? 'From' : `From ${quote.parts.length} methods`}</dt>
          <dd>
            <table class="quote-parts">
              <thead>
                <tr>
                  <th scope="col">Method</th>
                  <th scope="col" class="number">Amount</th>
                  <th scope="col" class="number">Fee</th>
                  <th scope="col" class="number">Total charged</th>
                  <th scope="col">Settles</th>
                </tr>
              </thead>
              <tbody>
                ${quote.parts.map(
                  (part) => html`<tr data-method-id=${part.method.id}>
                    <th scope="row">${methods.get(part.method.id)?.label ?? part.method.label}</th>
                    <td class="number">${money(part.amount)}</td>
                    <td class="number" data-part-fee>
                      ${part.fee.amountCents > 0 ? money(part.fee) : 'None'}
                      <span class="hint" data-fee-rule>${part.feeRule}</span>
                    </td>
                    <td class="number" data-part-total>${money(part.totalCharged)}</td>
                    <td>${settlesText(part.allocations, part.unapplied, locale)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </dd>
        </div>
        <div><dt>Amount to pull</dt><dd data-total>${money(quote.amount)}</dd></div>
        <div><dt>Fees</dt><dd data-fees>${quote.fee.amountCents > 0 ? money(quote.fee) : 'None'}</dd></div>
        <div class="total"><dt>Total charged</dt><dd data-total-charged>${totalText}</dd></div>
        <div class="wide"><dt>Applied to</dt><dd>${allocationPolicyWords[community.allocationPolicy]}</dd></div>
      </dl>
      <p class="authorization">${authorizationSentence(payer, request, methods, community.timeZone, locale)}</p>
      <div class="actions">
        <button type="button" data-action="change" @click=${actions.change}>Change</button>
        <button type="button" class="primary" data-action="confirm" @click=${actions.confirm}>Pull ${totalText}</button>
      </div>
    </div>
  `;
}

/** While the pull is sent, and while its unknown outcome is asked again with the same key. */
export function renderPullSending(step: 'submitting' | 'checking'): TemplateResult {
  return step === 'submitting'
    ? html`<div class="step">
        ${renderPullHeading('Pulling the payment')}
        <p class="progress" role="status">Sending the pull to the payment engine. Please keep this page open.</p>
      </div>`
    : html`<div class="step">
        ${renderPullHeading('Checking the pull')}
        <p class="progress" role="status">The connection dropped while the pull was being sent. Checking whether it went through; it is never made twice.</p>
      </div>`;
}

/** The outcome could not be confirmed: Check again (safe, same key) or close and look in Undeposited Payments. */
export function renderPullUnconfirmed(actions: { close: () => void; checkAgain: () => void }): TemplateResult {
  return html`
    <div class="step">
      ${renderPullHeading('The pull could not be confirmed')}
      ${renderNotice(
        'We could not reach the billing service to confirm whether the pull went through. Checking again is safe: the same pull is never made twice. You can also look for it in Undeposited Payments.',
      'warning',
      { role: 'alert' },
      )}
      <div class="actions">
        <button type="button" @click=${actions.close}>Close</button>
        <button type="button" class="primary" data-action="check-again" @click=${actions.checkAgain}>Check again</button>
      </div>
    </div>
  `;
}

/** What the result shows: the payments made, and the payer as the engine reports them afterwards (if read). */
export interface PullResultView {
  payments: Payment[];
  payerName: string;
  after: Payer | null;
  timeZone: string;
  locale: string | undefined;
}

/** The payments the pull made (one per part), each with its reference and status, and what is still owed. */
export function renderPullResult(view: PullResultView, actions: { done: () => void }): TemplateResult {
  const { payments, after, locale } = view;
  const words = pullResultWords(payments, view.payerName, locale);
  return html`
    <div class="step">
      ${renderPullHeading(words.heading)}
      <p class=${words.declined ? 'problem' : 'confirmation'}>${words.sentence}</p>
      <ul class="payments" part="result" aria-label="Payments created">
        ${payments.map(
          (payment) => html`
            <li data-payment-id=${payment.id}>
              <dl class="review">
                <div><dt>Reference</dt><dd data-reference>${payment.reference}</dd></div>
                <div><dt>Method</dt><dd>${payment.method.label}</dd></div>
                <div><dt>Amount</dt><dd>${formatMoney(payment.amount, locale)}</dd></div>
                <div><dt>Fee</dt><dd>${payment.fee.amountCents > 0 ? formatMoney(payment.fee, locale) : 'None'}</dd></div>
                <div class="total"><dt>Total charged</dt><dd>${formatMoney(payment.totalCharged, locale)}</dd></div>
                <div>
                  <dt>Status</dt>
                  <dd>${paymentStatusLabels[payment.status]}${payment.failure ? ` — ${payment.failure.message}` : ''}</dd>
                </div>
                <div><dt>Submitted</dt><dd>${formatDateTime(payment.createdAt, view.timeZone, locale)}</dd></div>
              </dl>
            </li>
          `,
        )}
      </ul>
      ${after
        ? html`<p data-outstanding-after>${after.party.name}'s outstanding balance is now <strong>${formatMoney(after.outstanding, locale)}</strong>.</p>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" data-action="done" @click=${actions.done}>Done</button>
      </div>
    </div>
  `;
}
