// The pay flow's first step: how much (an invoice's amount, or the whole outstanding total) and
// with which method, and the notices that explain what limits them. Plain render functions in the
// flow's shadow root, so the labels, hints and errors stay beside their fields for ARIA.
import { renderNotice } from '../shared/states.js';
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { renderArrangementNotice } from '../shared/arrangement-notice.js';
import { formatMoney } from '../../core/format.js';
import { methodsFeeSentence } from '../../core/fee-words.js';
import { creditCoversSentence } from '../../core/credit-plan.js';
import { creditCapSentence, payAmountHint, payFlowTitle, settlingWhat } from '../../core/pay-flow-words.js';
import { gatewayOffSentence, noMethodsAccessSentence } from '../../core/billing-words.js';
import { renderStepHeading, type StepHeadingLevel } from './step-heading.js';
import { renderMethodUnusable } from '../shared/method-unusable.js';
import type { PayTarget } from './pay-flow.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Me, Money, Outstanding, PaymentMethod } from '../../sdk/types.js';
import '../amount-input/amount-input.js';
import { addMethodFormPart } from '../add-payment-method/add-method-part.js';

/** What the method step shows. */
export interface MethodStepView {
  target: PayTarget;
  /** What may be paid now: the invoice's balance (less credit on account) or the outstanding total. */
  balance: Money;
  me: Me;
  methods: PaymentMethod[];
  outstanding: Outstanding;
  amountCents: number | null;
  amountError: string | null;
  methodId: string | null;
  methodError: string | null;
  flowError: { message: string; final: boolean } | null;
  balanceNotice: string | null;
  /** A quote is being asked for. */
  busy: boolean;
  locale: string | undefined;
  headingLevel: StepHeadingLevel;
  /** The element's words. */
  t: Translate;
}

/** What the method step's controls do. */
export interface MethodStepActions {
  review: (event: SubmitEvent) => void;
  close: () => void;
  amountInput: (event: Event) => void;
  chooseMethod: (methodId: string) => void;
  requestAddMethod: () => void;
}

/** The flow's error (refused, declined, unreachable), shown on the step it returned to. */
export function renderFlowError(flowError: { message: string } | null): TemplateResult | typeof nothing {
  return flowError ? renderNotice(flowError.message, 'danger', { kind: 'flow-error' }) : nothing;
}

export function renderMethodStep(view: MethodStepView, actions: MethodStepActions): TemplateResult {
  const { target, balance, locale, t } = view;
  const community = view.me.community;
  const finalError = view.flowError?.final === true;
  const nothingDue = balance.amountCents <= 0;
  // Credit on account limits what this invoice may take now (the flow caps the balance by it).
  const credit = view.outstanding.unappliedCredit;
  const creditCapped = target.type === 'invoice' && credit.amountCents > 0 && balance.amountCents < target.balance.amountCents;
  return html`
    ${renderStepHeading(view.headingLevel, payFlowTitle(target.type === 'invoice' ? target.invoiceNumber : null, t))}
    ${renderArrangementNotice(view.outstanding.arrangement, community.communityName, locale, { timeZone: community.timeZone, t })}
    ${community.paymentsEnabled ? nothing : renderNotice(gatewayOffSentence(community, 'balance', t), 'warning', { role: 'alert' })}
    ${view.balanceNotice ? renderNotice(view.balanceNotice, 'warning', { kind: 'balance-changed', role: 'alert' }) : nothing}
    ${renderFlowError(view.flowError)}
    ${creditCapped
      ? renderNotice(nothingDue ? creditCoversSentence(credit, (m) => formatMoney(m, locale), t) : creditCapSentence(credit, balance, locale, t), 'info', {
          kind: 'credit',
        })
      : nothing}
    <form novalidate @submit=${actions.review}>
      ${creditCapped && nothingDue
        ? nothing
        : html`${target.type === 'invoice' ? renderAmountField(view, actions) : renderOutstandingAmount(view)} ${renderMethods(view, actions)}`}
      <div class="actions">
        <button type="button" @click=${actions.close}>${t('Cancel')}</button>
        ${finalError || nothingDue || !community.paymentsEnabled
          ? nothing
          : html`<button type="submit" class="primary" ?disabled=${view.busy} aria-disabled=${view.busy ? 'true' : 'false'}>
              ${view.busy ? t('Preparing your review…') : t('Review payment')}
            </button>`}
      </div>
    </form>
  `;
}

function renderAmountField(view: MethodStepView, actions: MethodStepActions): TemplateResult {
  const { balance, target, t } = view;
  return html`
    <alis-amount-input
      .name=${'amount'}
      .label=${t('Amount to pay')}
      .hint=${payAmountHint(balance, target.type === 'invoice' ? target.balance : null, view.locale, t)}
      .currency=${balance.currency}
      .locale=${view.locale}
      .valueCents=${view.amountCents}
      .max=${balance.amountCents}
      .errorText=${view.amountError}
      @input=${actions.amountInput}
    ></alis-amount-input>
  `;
}

function renderOutstandingAmount(view: MethodStepView): TemplateResult {
  const { t } = view;
  const total = view.balance;
  return html`
    <p class="amount-summary">
      ${t('Amount:')} <strong>${formatMoney(total, view.locale)}</strong>
      ${total.amountCents > 0
        ? html`<span class="muted">${t(', settling {what}', { what: settlingWhat(view.outstanding.invoices.length, t) })}</span>`
        : nothing}
    </p>
  `;
}

function renderMethods(view: MethodStepView, actions: MethodStepActions): TemplateResult {
  const { methods, methodError, t } = view;
  return html`
    <fieldset class="methods" aria-describedby="method-fee ${methodError ? 'method-error' : ''}">
      <legend>${t('Pay with')}</legend>
      <p id="method-fee" class="muted">${methodsFeeSentence(view.me.community, view.locale, t)}</p>
      ${methods.length === 0 ? html`<p class="muted">${t('You have no saved payment methods yet.')}</p>` : nothing}
      ${methods.map(
        (method) => html`
          <label class="method" data-method-id=${method.id} ?data-disabled=${!method.usable}>
            <input
              type="radio"
              name="method"
              .value=${method.id}
              .checked=${method.id === view.methodId}
              ?disabled=${!method.usable}
              aria-describedby=${method.usable ? nothing : `why-${method.id}`}
              @change=${() => actions.chooseMethod(method.id)}
            />
            <span class="method-text">
              <span class="method-label">${renderUnbroken(method.nickname ? `${method.nickname} · ${method.label}` : method.label)}</span>
              ${method.isDefault ? html`<span class="tag">${t.ctx('payment method', 'Default')}</span>` : nothing}
              ${method.usable ? nothing : html`<span class="why" id=${`why-${method.id}`}>${renderMethodUnusable(method, t) ?? t('Cannot be used now.')}</span>`}
            </span>
          </label>
        `,
      )}
      ${methodError ? html`<p class="field-error" id="method-error">${methodError}</p>` : nothing}
      ${renderAddMethod(view.me, actions, t)}
    </fieldset>
  `;
}

/**
 * "Add a payment method" only where saving one can succeed: the profile manages methods and the
 * gateway is on. Without the permission, one sentence says why; with the gateway off, the notice
 * above already says online payments are off.
 */
function renderAddMethod(me: Me, actions: MethodStepActions, t: Translate): TemplateResult | typeof nothing {
  if (!me.permissions.includes('manage_payment_methods')) {
    return html`<p class="muted" data-kind="no-manage">${noMethodsAccessSentence(me.community, true, t)}</p>`;
  }
  if (!me.community.gatewayEnabled) return nothing;
  return html`<button type="button" class="link-button" @pointerenter=${addMethodFormPart.prefetch} @focusin=${addMethodFormPart.prefetch} @click=${actions.requestAddMethod}>${t('Add a payment method')}</button>`;
}
