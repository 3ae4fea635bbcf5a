// The staff pull from review on: the engine's quote per part and in total, the authorization it
// is made under, the steps while it is sent, and the payments it made. Plain render functions in
// the pull's shadow root; every number is the engine's. Loaded while the form is filled in, not
// with it (issue 15): the pull's first step draws only the form.
import { renderNotice, renderQuoteChangedNotice } from '../shared/states.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { formatDateTime } from '../shared/receipt.js';
import { formatMoney } from '../../core/format.js';
import { quoteFeeRuleSentence, type FeeRuleMethod, type FeeRules } from '../../core/fee-words.js';
import { serviceText } from '../shared/service-text.js';
import { paymentFailureReason, paymentStatusLabel } from '../../core/payment-status.js';
import { payerRelation } from '../../core/pull-methods.js';
import { allocationPolicyWords, authorizationSentence, pullResultWords, settlesText } from '../../core/pull-words.js';
import { renderPullFlowError, renderPullHeading } from './pull-form.js';
import { mark, renderMarked } from './method-part.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Me, Money, Payer, Payment, PaymentMethod, PullPaymentRequest, PullQuote } from '../../sdk/types.js';

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
  /** The element's words. */
  t: Translate;
}

/** The review: per part the method, amount, fee and rule, total and what it settles; the totals; the authorization. */
export function renderPullReview(view: PullReviewView, actions: { change: () => void; confirm: () => void }): TemplateResult {
  const { request, quote, payer, locale, t } = view;
  const community = view.me.community;
  const methods = new Map(payer.methods.map((m) => [m.id, m]));
  const money = (value: Money) => formatMoney(value, locale);
  const totalText = money(quote.totalCharged);
  return html`
    <div class="step">
      ${renderPullHeading(t('Review the pull'))}
      <p class="hint">${t('Check the details. Nothing is pulled until you select “Pull {total}”.', { total: totalText })}</p>
      ${renderPullFlowError(view.flowError)}
      ${renderQuoteChangedNotice(view.quoteNotice, t('Nothing was pulled.'))}
      <dl class="review" part="review">
        <div class="wide"><dt>${t('Payer')}</dt><dd>${payer.party.name}<span class="hint"> · ${payerRelation(payer, t)}</span></dd></div>
        <div><dt>${t('Outstanding balance')}</dt><dd data-reviewed-outstanding>${money({ amountCents: request.expectedAmountCents ?? 0, currency: request.currency })}</dd></div>
        <div class="wide">
          <dt>${quote.parts.length === 1 ? t.ctx('pulled from', 'From') : t.plural(quote.parts.length, { one: 'From {count} method', other: 'From {count} methods' })}</dt>
          <dd>
            <table class="quote-parts" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">${t('Method')}</th>
                  <th role="columnheader" scope="col" class="number">${t('Amount')}</th>
                  <th role="columnheader" scope="col" class="number">${t('Fee')}</th>
                  <th role="columnheader" scope="col" class="number">${t('Total charged')}</th>
                  <th role="columnheader" scope="col">${t('Settles')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${quote.parts.map(
                  (part) => html`<tr role="row" data-method-id=${part.method.id}>
                    <th role="rowheader" scope="row">${renderUnbroken(methods.get(part.method.id)?.label ?? part.method.label)}</th>
                    <td role="cell" class="number" data-label=${t('Amount')}>${money(part.amount)}</td>
                    <td role="cell" class="number" data-label=${t('Fee')} data-part-fee>
                      ${part.fee.amountCents > 0 ? money(part.fee) : t.ctx('fee', 'None')}
                      <span class="hint" data-fee-rule>${feeRule(part, methods.get(part.method.id), community, locale, t)}</span>
                    </td>
                    <td role="cell" class="number" data-label=${t('Total charged')} data-part-total>${money(part.totalCharged)}</td>
                    <td role="cell" data-label=${t('Settles')}>${renderUnbroken(settlesText(part.allocations, part.unapplied, locale, t))}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </dd>
        </div>
        <div><dt>${t('Amount to pull')}</dt><dd data-total>${money(quote.amount)}</dd></div>
        <div><dt>${t('Fees')}</dt><dd data-fees>${quote.fee.amountCents > 0 ? money(quote.fee) : t.ctx('fee', 'None')}</dd></div>
        <div class="total"><dt>${t('Total charged')}</dt><dd data-total-charged>${totalText}</dd></div>
        <div class="wide"><dt>${t('Applied to')}</dt><dd>${allocationPolicyWords(community.allocationPolicy, t)}</dd></div>
      </dl>
      <p class="authorization">${renderUnbroken(authorizationSentence(payer, request, methods, community.timeZone, locale, t))}</p>
      <div class="actions">
        <button type="button" data-action="change" @click=${actions.change}>${t('Change')}</button>
        <button type="button" class="primary" data-action="confirm" @click=${actions.confirm}>${t('Pull {total}', { total: totalText })}</button>
      </div>
    </div>
  `;
}

/**
 * The fee rule behind a part in the reader's words, said from the community's fee settings and the
 * method charged; the engine's English, marked as such, when the settings do not explain the fee.
 */
function feeRule(part: PullQuote['parts'][number], method: PaymentMethod | undefined, rules: FeeRules, locale: string | undefined, t: Translate): TemplateResult | string {
  const kind: FeeRuleMethod | null = method?.card
    ? { type: 'card', funding: method.card.funding ?? 'unknown' }
    : method?.bankAccount || part.method.type === 'bank_account'
      ? { type: 'bank_account' }
      : null;
  return quoteFeeRuleSentence(part, kind, rules, locale, t) ?? serviceText(part.feeRule, t);
}

/** While the pull is sent, and while its unknown outcome is asked again with the same key. */
export function renderPullSending(step: 'submitting' | 'checking', t: Translate): TemplateResult {
  return step === 'submitting'
    ? html`<div class="step">
        ${renderPullHeading(t('Pulling the payment'))}
        <p class="progress" role="status">${t('Sending the pull to the payment engine. Please keep this page open.')}</p>
      </div>`
    : html`<div class="step">
        ${renderPullHeading(t('Checking the pull'))}
        <p class="progress" role="status">${t('The connection dropped while the pull was being sent. Checking whether it went through; it is never made twice.')}</p>
      </div>`;
}

/** The outcome could not be confirmed: Check again (safe, same key) or close and look in Undeposited Payments. */
export function renderPullUnconfirmed(actions: { close: () => void; checkAgain: () => void }, t: Translate): TemplateResult {
  return html`
    <div class="step">
      ${renderPullHeading(t('The pull could not be confirmed'))}
      ${renderNotice(
        t(
          'We could not reach the billing service to confirm whether the pull went through. Checking again is safe: the same pull is never made twice. You can also look for it in Undeposited Payments.',
        ),
        'warning',
        { role: 'alert' },
      )}
      <div class="actions">
        <button type="button" @click=${actions.close}>${t('Close')}</button>
        <button type="button" class="primary" data-action="check-again" @click=${actions.checkAgain}>${t('Check again')}</button>
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
  /** The element's words. */
  t: Translate;
}

/** The payments the pull made (one per part), each with its reference and status, and what is still owed. */
export function renderPullResult(view: PullResultView, actions: { done: () => void }): TemplateResult {
  const { payments, after, locale, t } = view;
  const words = pullResultWords(payments, view.payerName, locale, t);
  return html`
    <div class="step">
      ${renderPullHeading(words.heading)}
      <p class=${words.declined ? 'problem' : 'confirmation'}>${renderUnbroken(words.sentence)}</p>
      <ul class="payments" part="result" aria-label=${t('Payments created')}>
        ${payments.map(
          (payment) => html`
            <li data-payment-id=${payment.id}>
              <dl class="review">
                <div><dt>${t('Reference')}</dt><dd data-reference>${payment.reference}</dd></div>
                <div><dt>${t('Method')}</dt><dd>${payment.method.label}</dd></div>
                <div><dt>${t('Amount')}</dt><dd>${formatMoney(payment.amount, locale)}</dd></div>
                <div><dt>${t('Fee')}</dt><dd>${payment.fee.amountCents > 0 ? formatMoney(payment.fee, locale) : t.ctx('fee', 'None')}</dd></div>
                <div class="total"><dt>${t('Total charged')}</dt><dd>${formatMoney(payment.totalCharged, locale)}</dd></div>
                <div>
                  <dt>${t('Status')}</dt>
                  <dd>${paymentStatusLabel(payment.status, t)}${payment.failure ? ` — ${paymentFailureReason(payment.failure, t)}` : ''}</dd>
                </div>
                <div><dt>${t('Submitted')}</dt><dd>${formatDateTime(payment.createdAt, view.timeZone, locale)}</dd></div>
              </dl>
            </li>
          `,
        )}
      </ul>
      ${after
        ? html`<p data-outstanding-after>
            ${renderMarked(t("{payer}'s outstanding balance is now {amount}.", { payer: after.party.name, amount: mark(0) }), [
              html`<strong>${formatMoney(after.outstanding, locale)}</strong>`,
            ])}
          </p>`
        : nothing}
      <div class="actions">
        <button type="button" class="primary" data-action="done" @click=${actions.done}>${t('Done')}</button>
      </div>
    </div>
  `;
}
