// The pay flow's review — the engine's quote, binding, with the authorization wording — and the
// steps that follow it until the engine's answer is known (submitting, checking, unconfirmed).
// Plain render functions in the flow's shadow root; every number is the engine's.
import { renderNotice, renderQuoteChangedNotice } from '../shared/states.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { formatMoney } from '../../core/format.js';
import { quoteFeeRuleSentence, type FeeRuleMethod, type FeeRules } from '../../core/fee-words.js';
import { serviceText } from '../shared/service-text.js';
import { renderFlowError } from './method-step.js';
import { renderStepHeading, type StepHeadingLevel } from './step-heading.js';
import type { PaymentMethod, PaymentQuote } from '../../sdk/types.js';
import type { Translate } from '../../core/i18n/translate.js';

/** What the review step shows. */
export interface ReviewStepView {
  quote: PaymentQuote;
  /** The saved method the quote charges (its funding names the fee rule), or null when it is not in the list. */
  method: PaymentMethod | null;
  /** The community's fee settings, which the fee rule is said from in the reader's language. */
  rules: FeeRules;
  flowError: { message: string } | null;
  /** What changed since the payer last reviewed (a new quote), or null. */
  quoteNotice: string | null;
  locale: string | undefined;
  headingLevel: StepHeadingLevel;
  /** The element's words. */
  t: Translate;
}

/** The review: amount, fee and the rule behind it, total, method, allocation, authorization; Pay names the total. */
export function renderReviewStep(view: ReviewStepView, actions: { change: () => void; pay: () => void }): TemplateResult {
  const { quote, locale, t } = view;
  const total = formatMoney(quote.totalCharged, locale);
  return html`
    ${renderStepHeading(view.headingLevel, t('Review your payment'))}
    <p class="muted">${t('Check the details. Nothing is charged until you select “Pay {total}”.', { total })}</p>
    ${renderFlowError(view.flowError)}
    ${renderQuoteChangedNotice(view.quoteNotice, t('Nothing was charged.'))}
    <dl class="review" part="review">
      <div><dt>${t('Amount')}</dt><dd>${formatMoney(quote.amount, locale)}</dd></div>
      <div>
        <dt>${t('Convenience fee')}</dt>
        <dd>
          ${quote.fee.amountCents > 0 ? formatMoney(quote.fee, locale) : t.ctx('fee', 'None')}
          <span class="fee-rule" part="fee-rule" data-fee-rule>${renderFeeRule(view)}</span>
        </dd>
      </div>
      <div class="total"><dt>${t('Total charged')}</dt><dd>${total}</dd></div>
      <div><dt>${t('Pay with')}</dt><dd>${renderUnbroken(quote.method.label)}</dd></div>
      <div>
        <dt>${t('Applied to')}</dt>
        <dd>
          <ul class="allocations">
            ${quote.allocations.map(
              (a) => html`<li data-invoice-id=${a.invoiceId}><span>${renderUnbroken(t('Invoice {number}', { number: a.invoiceNumber }))}</span> <span class="amount">${formatMoney(a.amount, locale)}</span></li>`,
            )}
            ${quote.unapplied.amountCents > 0
              ? html`<li><span>${t('Credit on your account')}</span> <span class="amount">${formatMoney(quote.unapplied, locale)}</span></li>`
              : nothing}
          </ul>
        </dd>
      </div>
    </dl>
    <p class="authorization">${renderAuthorization(quote.authorizationText, t)}</p>
    <div class="actions">
      <button type="button" @click=${actions.change}>${t('Change')}</button>
      <button type="button" class="primary" data-action="pay" @click=${actions.pay}>${t('Pay {total}', { total })}</button>
    </div>
  `;
}

/** The fee rule behind the quote in the reader's words, or the engine's English, marked, when the settings do not explain it. */
function renderFeeRule(view: ReviewStepView): TemplateResult | string {
  const { quote, method, t } = view;
  const kind: FeeRuleMethod | null = method?.card ? { type: 'card', funding: method.card.funding ?? 'unknown' } : method?.bankAccount ? { type: 'bank_account' } : null;
  return quoteFeeRuleSentence(quote, kind, view.rules, view.locale, t) ?? serviceText(quote.feeRule, t);
}

/**
 * The authorization the payer agrees to, as the engine records it: in English. A reader of another
 * language is told first, in their words, that it is the exact wording recorded, in English.
 */
function renderAuthorization(text: string, t: Translate): TemplateResult | string {
  if (t.lang === 'en') return renderUnbroken(text);
  return html`${t('By submitting, you agree to this authorization, recorded in these exact words in English:')} ${serviceText(text, t)}`;
}

/** While the payment is sent, and while its unknown outcome is asked again with the same key. */
export function renderSendingStep(level: StepHeadingLevel, step: 'submitting' | 'checking', communityName: string, t: Translate): TemplateResult {
  return step === 'submitting'
    ? html`${renderStepHeading(level, t('Submitting your payment'))}
        <p class="progress" role="status">${t('Sending your payment to {community}. Please keep this page open.', { community: communityName })}</p>`
    : html`${renderStepHeading(level, t('Checking your payment'))}
        <p class="progress" role="status">
          ${t('The connection dropped while your payment was being sent. We are checking whether it went through; you will not be charged twice.')}
        </p>`;
}

/** The outcome could not be confirmed: Check again (safe, same key) or close and look at the history later. */
export function renderUnconfirmedStep(level: StepHeadingLevel, actions: { close: () => void; checkAgain: () => void }, t: Translate): TemplateResult {
  return html`
    ${renderStepHeading(level, t('We could not confirm your payment'))}
    ${renderNotice(
      t(
        'We could not reach the billing service to confirm whether your payment went through. Checking again is safe: the same payment is never charged twice. You can also look at your payment history later.',
      ),
      'warning',
      { role: 'alert' },
    )}
    <div class="actions">
      <button type="button" @click=${actions.close}>${t('Close')}</button>
      <button type="button" class="primary" @click=${actions.checkAgain}>${t('Check again')}</button>
    </div>
  `;
}
