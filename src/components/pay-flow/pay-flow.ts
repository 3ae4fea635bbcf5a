import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { ElementRemovedError, isSessionAbort, SessionController } from '../shared/session.js';
import { describeLoadFailure } from '../shared/error-message.js';
import { renderArrangementNotice } from '../shared/arrangement-notice.js';
import { renderReceipt } from '../shared/receipt.js';
import { receiptStyles } from '../shared/receipt.styles.js';
import { formatMoney } from '../../core/format.js';
import { methodsFeeSentence } from '../../core/fee-words.js';
import { browserKeyStorage, forgetPaymentKey, paymentKeyFor, type PaymentFingerprint } from '../../core/payment-key.js';
import { placeRefusal } from '../../core/payment-refusal.js';
import { paymentQuoteTerms, quoteChangeSentence } from '../../core/quote-change.js';
import { gatewayOffSentence, noMethodsAccessSentence, notAddresseeMessage } from '../../core/billing-words.js';
import {
  AlisAddPaymentMethodRequestEvent,
  AlisPaymentFailedEvent,
  AlisPaymentSubmittedEvent,
  AlisPayRequestEvent,
} from '../../events/payment-events.js';
import type { AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { sendUntilKnown } from '../../core/confirm-submission.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { creditCoversSentence, payableNow } from '../../core/credit-plan.js';
import { payFlowStyles } from './pay-flow.styles.js';
import '../amount-input/amount-input.js';
import '../add-payment-method/add-payment-method.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CreatePaymentRequest, Me, Money, Outstanding, Payment, PaymentMethod, PaymentQuote, QuotePaymentRequest } from '../../sdk/types.js';

/** What a pay flow pays: one invoice (amount editable up to its balance) or everything outstanding. */
export type PayTarget =
  | { type: 'invoice'; invoiceId: string; invoiceNumber: string; balance: Money }
  | { type: 'outstanding'; total: Money };

/** The flow's steps. `checking`: the outcome is unknown and is being asked again with the same key. */
export type PayStep = 'method' | 'add-method' | 'review' | 'submitting' | 'checking' | 'unconfirmed' | 'receipt';

interface FlowData {
  /** The client the data was loaded with: another user's methods and balance are never shown. */
  client: AlisClient;
  me: Me;
  methods: PaymentMethod[];
  outstanding: Outstanding;
}

/**
 * The pay flow shared by `<alis-invoices>` (Pay Invoice) and `<alis-pay-outstanding>`: choose a
 * method → review (amount, fee, total, allocation, the authorization wording) → submit → receipt.
 * Every number comes from the server's quote and payment; nothing is computed here.
 *
 * The idempotency key is made when review opens and reused for every retry of that submission
 * (and by a second tab reviewing the same payment), so it pays once.
 *
 * The review is binding: the payment names the reviewed quote. If the engine answers that the
 * quote changed (staff changed the fee meanwhile) or expired, the review shows the new quote with
 * one sentence saying what changed, and the payer submits again, under a new key.
 *
 * @tagname alis-pay-flow
 * @summary Internal: the steps of one payment.
 *
 * @fires alis-pay-request - Cancelable; before the payment is submitted. `AlisPayRequestEvent`.
 * @fires alis-payment-submitted - The payment was taken (succeeded, or pending for a bank debit). `AlisPaymentSubmittedEvent`.
 * @fires alis-payment-failed - Declined, refused, or the outcome could not be confirmed. `AlisPaymentFailedEvent`.
 * @fires alis-add-payment-method-request - The payer asked to add a method. `AlisAddPaymentMethodRequestEvent`.
 * @fires alis-pay-flow-close - Not composed: the payer closed the flow (Cancel or Done).
 *
 * @csspart step-heading - Each step's heading.
 * @csspart notice - Notices (arrangement, errors, balance or quote changed).
 * @csspart review - The review summary.
 * @csspart fee-rule - The sentence naming the fee rule that applied, beside the fee.
 * @csspart receipt - The receipt.
 *
 * @cssprop --alis-color-primary - Buttons and the selected method.
 * @cssprop --alis-color-border - Method choices and the review box.
 * @cssprop --alis-color-danger - Error text.
 * @cssprop --alis-target-size - Minimum size of buttons and method choices (44px).
 */
export class AlisPayFlow extends AlisElement {
  static override styles = [hostStyles, commonStyles, receiptStyles, payFlowStyles];

  static override properties = {
    client: { attribute: false },
    target: { attribute: false },
    locale: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    step: { state: true },
    amountCents: { state: true },
    methodId: { state: true },
    amountError: { state: true },
    methodError: { state: true },
    flowError: { state: true },
    balanceNotice: { state: true },
    quoteNotice: { state: true },
    balance: { state: true },
    busy: { state: true },
    quote: { state: true },
    payment: { state: true },
    addMethodHint: { state: true },
    announcement: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** What to pay. Setting a new target starts the flow again. */
  declare target: PayTarget | undefined;

  /** BCP 47 locale for amounts and dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** The level of the step headings (the host's own heading is one above). */
  declare headingLevel: 2 | 3 | 4;

  /** The current step. */
  declare step: PayStep;

  declare private amountCents: number | null;
  declare private methodId: string | null;
  declare private amountError: string | null;
  declare private methodError: string | null;
  declare private flowError: { message: string; final: boolean } | null;
  declare private balanceNotice: string | null;
  /** What changed since the payer reviewed (`quote_changed` / `quote_expired`), shown with the new quote. */
  declare private quoteNotice: string | null;
  /** The invoice's balance (the most Pay Invoice may pay) or the outstanding total, as last known from the server. */
  declare private balance: Money | null;
  declare private busy: boolean;
  declare private quote: PaymentQuote | null;
  declare private payment: Payment | null;
  declare private addMethodHint: boolean;
  declare private announcement: string;

  #request: CreatePaymentRequest | null = null;
  #fingerprint: PaymentFingerprint | null = null;
  #idempotencyKey: string | null = null;
  /** What takes focus after the next step change: the step's heading, or the field to fix. */
  #focusAfterStep: 'heading' | 'amount' | 'method' | 'quote-notice' = 'heading';
  #focusPending = false;

  /** Whose payment this is; another user's session drops the flow (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #dataTask = new Task(this, {
    args: () => [this.#session.client, this.target] as const,
    task: async ([client, target], { signal }): Promise<FlowData | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api || !target) return undefined;
      const [me, methods, outstanding] = await Promise.all([
        api.session.me({ signal }),
        api.paymentMethods.list({ signal }),
        api.outstanding.get({ signal }),
      ]);
      this.#chooseDefaultMethod(methods);
      this.#capByCredit(target, outstanding);
      return { client, me, methods, outstanding };
    },
  });

  /** A method saved here or by `<alis-payment-methods>` elsewhere on the page is offered, and chosen, at once. */
  readonly #onMethodAdded = (event: AlisPaymentMethodAddedEvent): void => {
    if (this.step !== 'method' && this.step !== 'add-method') return;
    this.#methodToChoose = event.method.id;
    this.announcement = `${event.method.nickname ?? event.method.label} was added${event.method.usable ? ' and chosen' : ''}.`;
    if (this.step === 'add-method') this.step = 'method';
    void this.#dataTask.run();
  };
  #methodToChoose: string | null = null;

  constructor() {
    super();
    this.headingLevel = 3;
    this.step = 'method';
    this.amountCents = null;
    this.methodId = null;
    this.amountError = null;
    this.methodError = null;
    this.flowError = null;
    this.balanceNotice = null;
    this.quoteNotice = null;
    this.balance = null;
    this.busy = false;
    this.quote = null;
    this.payment = null;
    this.addMethodHint = false;
    this.announcement = '';
    this.#session.reloads(this.#dataTask);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('alis-payment-method-added', this.#onMethodAdded);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('alis-payment-method-added', this.#onMethodAdded);
    super.disconnectedCallback();
  }

  /** Resolves when the methods and balance have loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return this.#dataTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target')) this.#restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('target')) this.#focusPending = true;
    // The first step renders only once the methods have loaded, so focus waits for its heading.
    if (this.#focusPending && this.renderRoot.querySelector('[data-step-heading], alis-add-payment-method')) {
      this.#focusPending = false;
      this.#applyFocus();
    }
  }

  #applyFocus(): void {
    const addForm = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('alis-add-payment-method');
    if (addForm) {
      void addForm.updateComplete.then(() => addForm.focus());
      return;
    }
    // Each step announces itself by taking focus on its heading (WCAG 2.4.3; the heading is not a
    // tab stop), unless the payer is sent back to fix one field, which then takes focus.
    const focus = this.#focusAfterStep;
    this.#focusAfterStep = 'heading';
    const root = this.renderRoot;
    const field =
      focus === 'amount'
        ? root.querySelector<HTMLElement>('alis-amount-input')
        : focus === 'method'
          ? root.querySelector<HTMLElement>('input[name="method"]:checked, input[name="method"]:not(:disabled)')
          : focus === 'quote-notice'
            ? root.querySelector<HTMLElement>('[data-kind="quote-changed"]')
            : null;
    (field ?? root.querySelector<HTMLElement>('[data-step-heading]'))?.focus();
  }

  /**
   * Credit on account is owed against the payer's invoices, so one invoice may take at most what is
   * owed net of it (the engine refuses more): the amount and its limit follow, and with nothing
   * owed the flow says the credit covers it instead of offering a payment that would be refused.
   */
  #capByCredit(target: PayTarget, outstanding: Outstanding): void {
    const credit = outstanding.unappliedCredit.amountCents;
    if (target.type !== 'invoice' || credit <= 0 || !this.balance) return;
    const limit = payableNow(this.balance.amountCents, outstanding.total.amountCents, credit);
    if (limit >= this.balance.amountCents) return;
    if (this.amountCents === null || this.amountCents > limit) this.amountCents = limit > 0 ? limit : null;
    this.balance = { ...this.balance, amountCents: limit };
  }

  /**
   * Another user signed in (or out): the previous user's target (an invoice number and balance),
   * step, amounts, chosen method, notices, announcement and idempotency key go; the flow shows
   * nothing until the host sets a target for the new user.
   */
  #forgetUser(): void {
    this.target = undefined;
    this.#restart();
    this.methodId = null;
    this.#methodToChoose = null;
    this.#fingerprint = null;
    this.busy = false;
    this.announcement = '';
  }

  #restart(): void {
    this.step = 'method';
    this.balance = this.target ? (this.target.type === 'invoice' ? this.target.balance : this.target.total) : null;
    this.amountCents = this.balance?.amountCents ?? null;
    this.amountError = null;
    this.methodError = null;
    this.flowError = null;
    this.balanceNotice = null;
    this.quoteNotice = null;
    this.quote = null;
    this.payment = null;
    this.addMethodHint = false;
    this.#request = null;
    this.#idempotencyKey = null;
    this.#focusAfterStep = 'heading';
  }

  #chooseDefaultMethod(methods: PaymentMethod[]): void {
    const usable = methods.filter((m) => m.usable);
    const added = usable.find((m) => m.id === this.#methodToChoose);
    this.#methodToChoose = null;
    if (added) {
      this.methodId = added.id;
      this.methodError = null;
      return;
    }
    if (this.methodId && usable.some((m) => m.id === this.methodId)) return;
    this.methodId = (usable.find((m) => m.isDefault) ?? usable[0])?.id ?? null;
  }

  protected override render() {
    return html`
      <div class="live visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderBody()}
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const client = this.#session.client;
    if (!client) return html`<div class="notice" part="notice" data-tone="danger" role="alert"><p>${missingClientMessage}</p></div>`;
    if (!this.target) return nothing;
    return this.#dataTask.render({
      initial: () => this.#renderLoading(),
      // Another user's methods and balance are never shown while the new user's load.
      pending: () => (this.#dataTask.value?.client === client ? this.#renderStep(this.#dataTask.value) : this.#renderLoading()),
      // Work abandoned because the flow left the page or the user changed is not a failure.
      error: (error) => (isSessionAbort(error) ? this.#renderLoading() : this.#renderLoadError(error)),
      complete: (data) => (data && data.client === client ? this.#renderStep(data) : this.#renderLoading()),
    }) as TemplateResult;
  }

  #renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">Loading your payment methods…</p>`;
  }

  #renderLoadError(error: unknown): TemplateResult {
    const failure = describeLoadFailure(error, 'payment methods');
    return html`
      <div class="notice" part="notice" data-tone=${failure.calm ? 'info' : 'danger'} role=${failure.calm ? 'status' : 'alert'}>
        <p>${failure.message}</p>
        ${failure.canRetry ? html`<button type="button" @click=${() => this.#dataTask.run()}>Try again</button>` : nothing}
        <button type="button" @click=${this.#close}>Close</button>
      </div>
    `;
  }

  #heading(text: string): TemplateResult {
    // A static tag per level: lit cannot bind a tag name.
    switch (this.headingLevel) {
      case 2:
        return html`<h2 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h2>`;
      case 4:
        return html`<h4 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h4>`;
      default:
        return html`<h3 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h3>`;
    }
  }

  #renderStep(data: FlowData): TemplateResult {
    switch (this.step) {
      case 'method':
        return this.#renderMethodStep(data);
      case 'add-method':
        return html`<alis-add-payment-method
          .client=${this.#session.client}
          .locale=${this.locale}
          .headingLevel=${this.headingLevel}
          @alis-add-payment-method-close=${this.#closeAddMethod}
        ></alis-add-payment-method>`;
      case 'review':
        return this.#renderReviewStep();
      case 'submitting':
        return html`${this.#heading('Submitting your payment')}
          <p class="progress" role="status">Sending your payment to ${data.me.community.communityName}. Please keep this page open.</p>`;
      case 'checking':
        return html`${this.#heading('Checking your payment')}
          <p class="progress" role="status">
            The connection dropped while your payment was being sent. We are checking whether it went through; you will not be
            charged twice.
          </p>`;
      case 'unconfirmed':
        return this.#renderUnconfirmed();
      case 'receipt':
        return this.#renderReceiptStep();
    }
  }

  #title(): string {
    if (!this.target) return '';
    return this.target.type === 'invoice' ? `Pay invoice ${this.target.invoiceNumber}` : 'Pay your outstanding balance';
  }

  #renderMethodStep(data: FlowData): TemplateResult {
    const target = this.target;
    const balance = this.balance;
    if (!target || !balance) return html``;
    const community = data.me.community;
    const finalError = this.flowError?.final === true;
    const nothingDue = balance.amountCents <= 0;
    // Credit on account limits what this invoice may take now (see #capByCredit).
    const credit = data.outstanding.unappliedCredit;
    const creditCapped = target.type === 'invoice' && credit.amountCents > 0 && balance.amountCents < target.balance.amountCents;
    return html`
      ${this.#heading(this.#title())}
      ${renderArrangementNotice(data.outstanding.arrangement, community.communityName, this.locale, { timeZone: community.timeZone })}
      ${community.paymentsEnabled
        ? nothing
        : html`<div class="notice" part="notice" data-tone="warning" role="alert">
            <p>${gatewayOffSentence(community, 'balance')}</p>
          </div>`}
      ${this.balanceNotice
        ? html`<div class="notice" part="notice" data-tone="warning" data-kind="balance-changed" role="alert"><p>${this.balanceNotice}</p></div>`
        : nothing}
      ${this.flowError
        ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${this.flowError.message}</p></div>`
        : nothing}
      ${creditCapped
        ? html`<div class="notice" part="notice" data-tone="info" data-kind="credit" role="status">
            <p>
              ${nothingDue
                ? creditCoversSentence(credit, (m) => formatMoney(m, this.locale))
                : `Your credit on account of ${formatMoney(credit, this.locale)} is taken off what you owe, so you may pay at most ${formatMoney(balance, this.locale)} of this invoice now.`}
            </p>
          </div>`
        : nothing}
      <form novalidate @submit=${this.#onReviewSubmit}>
        ${creditCapped && nothingDue
          ? nothing
          : html`${target.type === 'invoice' ? this.#renderAmountField(balance) : this.#renderOutstandingAmount(balance, data)} ${this.#renderMethods(data)}`}
        <div class="actions">
          <button type="button" @click=${this.#close}>Cancel</button>
          ${finalError || nothingDue || !community.paymentsEnabled
            ? nothing
            : html`<button type="submit" class="primary" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>
                ${this.busy ? 'Preparing your review…' : 'Review payment'}
              </button>`}
        </div>
      </form>
    `;
  }

  /** What the amount field says it may be: the balance, or — when credit on account covers part of it — what may be paid now. */
  #amountHint(payable: Money): string {
    const target = this.target;
    if (target?.type === 'invoice' && payable.amountCents < target.balance.amountCents) {
      return `You may pay up to ${formatMoney(payable, this.locale)} now (the invoice's balance is ${formatMoney(target.balance, this.locale)}; credit on account covers the rest).`;
    }
    return `The balance is ${formatMoney(payable, this.locale)}. You may pay part of it.`;
  }

  #renderAmountField(balance: Money): TemplateResult {
    return html`
      <alis-amount-input
        .name=${'amount'}
        .label=${'Amount to pay'}
        .hint=${this.#amountHint(balance)}
        .currency=${balance.currency}
        .locale=${this.locale}
        .valueCents=${this.amountCents}
        .max=${balance.amountCents}
        .errorText=${this.amountError}
        @input=${this.#onAmountInput}
      ></alis-amount-input>
    `;
  }

  #renderOutstandingAmount(total: Money, data: FlowData): TemplateResult {
    const count = data.outstanding.invoices.length;
    return html`
      <p class="amount-summary">
        Amount: <strong>${formatMoney(total, this.locale)}</strong>
        ${total.amountCents > 0 ? html`<span class="muted">, settling ${count === 1 ? 'your open invoice' : `your ${count} open invoices`}</span>` : nothing}
      </p>
    `;
  }

  #renderMethods(data: FlowData): TemplateResult {
    const community = data.me.community;
    const feeNote = methodsFeeSentence(community, this.locale);
    return html`
      <fieldset class="methods" aria-describedby="method-fee ${this.methodError ? 'method-error' : ''}">
        <legend>Pay with</legend>
        <p id="method-fee" class="muted">${feeNote}</p>
        ${data.methods.length === 0 ? html`<p class="muted">You have no saved payment methods yet.</p>` : nothing}
        ${data.methods.map(
          (method) => html`
            <label class="method" data-method-id=${method.id} ?data-disabled=${!method.usable}>
              <input
                type="radio"
                name="method"
                .value=${method.id}
                .checked=${method.id === this.methodId}
                ?disabled=${!method.usable}
                aria-describedby=${method.usable ? nothing : `why-${method.id}`}
                @change=${() => this.#chooseMethod(method.id)}
              />
              <span class="method-text">
                <span class="method-label">${method.nickname ? `${method.nickname} · ${method.label}` : method.label}</span>
                ${method.isDefault ? html`<span class="tag">Default</span>` : nothing}
                ${method.usable ? nothing : html`<span class="why" id=${`why-${method.id}`}>${method.unusableReason ?? 'Cannot be used now.'}</span>`}
              </span>
            </label>
          `,
        )}
        ${this.methodError ? html`<p class="field-error" id="method-error">${this.methodError}</p>` : nothing}
        ${this.#renderAddMethod(data.me)}
        ${this.addMethodHint
          ? html`<p class="muted" role="status">Add a card or bank account under “My payment methods”, then choose it here.</p>`
          : nothing}
      </fieldset>
    `;
  }

  /**
   * "Add a payment method" only where saving one can succeed: the profile manages methods and the
   * gateway is on. Without the permission, one sentence says why; with the gateway off, the
   * notice above already says online payments are off.
   */
  #renderAddMethod(me: Me): TemplateResult | typeof nothing {
    if (!me.permissions.includes('manage_payment_methods')) {
      return html`<p class="muted" data-kind="no-manage">${noMethodsAccessSentence(me.community, true)}</p>`;
    }
    if (!me.community.gatewayEnabled) return nothing;
    return html`<button type="button" class="link-button" @click=${this.#requestAddMethod}>Add a payment method</button>`;
  }

  #renderReviewStep(): TemplateResult {
    const quote = this.quote;
    if (!quote) return html``;
    const fee = quote.fee.amountCents > 0;
    return html`
      ${this.#heading('Review your payment')}
      <p class="muted">Check the details. Nothing is charged until you select “Pay ${formatMoney(quote.totalCharged, this.locale)}”.</p>
      ${this.flowError
        ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${this.flowError.message}</p></div>`
        : nothing}
      ${this.quoteNotice
        ? html`<div class="notice" part="notice" data-tone="warning" data-kind="quote-changed" tabindex="-1"><p>${this.quoteNotice} Nothing was charged.</p></div>`
        : nothing}
      <dl class="review" part="review">
        <div><dt>Amount</dt><dd>${formatMoney(quote.amount, this.locale)}</dd></div>
        <div>
          <dt>Convenience fee</dt>
          <dd>
            ${fee ? formatMoney(quote.fee, this.locale) : 'None'}
            <span class="fee-rule" part="fee-rule" data-fee-rule>${quote.feeRule}</span>
          </dd>
        </div>
        <div class="total"><dt>Total charged</dt><dd>${formatMoney(quote.totalCharged, this.locale)}</dd></div>
        <div><dt>Pay with</dt><dd>${quote.method.label}</dd></div>
        <div>
          <dt>Applied to</dt>
          <dd>
            <ul class="allocations">
              ${quote.allocations.map(
                (a) => html`<li data-invoice-id=${a.invoiceId}><span>Invoice ${a.invoiceNumber}</span> <span class="amount">${formatMoney(a.amount, this.locale)}</span></li>`,
              )}
              ${quote.unapplied.amountCents > 0
                ? html`<li><span>Credit on your account</span> <span class="amount">${formatMoney(quote.unapplied, this.locale)}</span></li>`
                : nothing}
            </ul>
          </dd>
        </div>
      </dl>
      <p class="authorization">${quote.authorizationText}</p>
      <div class="actions">
        <button type="button" @click=${this.#backToMethod}>Change</button>
        <button type="button" class="primary" data-action="pay" @click=${this.#pay}>Pay ${formatMoney(quote.totalCharged, this.locale)}</button>
      </div>
    `;
  }

  #renderUnconfirmed(): TemplateResult {
    return html`
      ${this.#heading('We could not confirm your payment')}
      <div class="notice" part="notice" data-tone="warning" role="alert">
        <p>
          We could not reach the billing service to confirm whether your payment went through. Checking again is safe: the
          same payment is never charged twice. You can also look at your payment history later.
        </p>
      </div>
      <div class="actions">
        <button type="button" @click=${this.#close}>Close</button>
        <button type="button" class="primary" @click=${this.#checkAgain}>Check again</button>
      </div>
    `;
  }

  #renderReceiptStep(): TemplateResult {
    const payment = this.payment;
    if (!payment) return html``;
    const pending = payment.status === 'pending';
    return html`
      ${this.#heading(pending ? 'Payment submitted' : 'Payment received')}
      <p class="confirmation" data-tone="success">
        ${pending
          ? 'Thank you. Your bank payment is processing and usually completes in two business days.'
          : 'Thank you. Your payment was received.'}
      </p>
      <div part="receipt">${renderReceipt(payment, { locale: this.locale, timeZone: this.#dataTask.value?.me.community.timeZone, headingLevel: this.headingLevel === 2 ? 3 : 4 })}</div>
      <div class="actions no-print">
        <button type="button" @click=${() => window.print()}>Print receipt</button>
        <button type="button" class="primary" @click=${this.#close}>Done</button>
      </div>
    `;
  }

  #onAmountInput(event: Event): void {
    const input = event.currentTarget as AlisAmountInput;
    this.amountCents = input.valueCents;
    this.amountError = null;
  }

  #chooseMethod(methodId: string): void {
    this.methodId = methodId;
    this.methodError = null;
    if (this.flowError && !this.flowError.final) this.flowError = null;
  }

  #requestAddMethod(): void {
    // The page (or an <alis-payment-methods> on it) may answer; otherwise the add form opens here.
    const handled = !this.emit(new AlisAddPaymentMethodRequestEvent());
    if (handled) return;
    if (customElements.get('alis-add-payment-method')) {
      this.step = 'add-method';
    } else {
      this.addMethodHint = true;
    }
  }

  #closeAddMethod(): void {
    if (this.step === 'add-method') this.step = 'method';
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pay-flow-close', { bubbles: true }));
  }

  #backToMethod(): void {
    this.flowError = null;
    this.quoteNotice = null;
    this.step = 'method';
  }

  async #onReviewSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const target = this.target;
    const data = this.#dataTask.value;
    if (!api || !target || !data || data.client !== this.#session.client || this.busy) return;
    if (target.type === 'invoice') {
      const input = this.renderRoot.querySelector<AlisAmountInput>('alis-amount-input');
      if (input && !input.reportValidity()) return;
    }
    if (!this.methodId) {
      this.methodError = 'Choose how you want to pay.';
      return;
    }
    const amountCents = this.amountCents ?? 0;
    const currency = this.balance?.currency ?? data.me.community.currency;
    const request: QuotePaymentRequest =
      target.type === 'invoice'
        ? { methodId: this.methodId, target: { type: 'invoice', invoiceId: target.invoiceId }, amountCents, currency }
        : { methodId: this.methodId, target: { type: 'outstanding' }, amountCents, currency, expectedAmountCents: amountCents };
    this.busy = true;
    this.flowError = null;
    this.balanceNotice = null;
    this.quoteNotice = null;
    try {
      this.quote = await api.payments.quote(request);
      // The payment names the quote reviewed: what it shows is what may be charged.
      this.#request = { ...request, quoteId: this.quote.quoteId };
      this.#fingerprint = {
        userId: data.me.user.id,
        target: target.type === 'invoice' ? target.invoiceId : 'outstanding',
        amountCents,
        methodId: this.methodId,
        balanceCents: this.balance?.amountCents ?? amountCents,
      };
      this.#idempotencyKey = paymentKeyFor(this.#fingerprint, browserKeyStorage());
      this.step = 'review';
      this.announcement = '';
    } catch (error) {
      // Abandoned because the flow left the page or the user changed: nothing to show.
      if (!isSessionAbort(error)) this.#showRefusal(error);
    } finally {
      this.busy = false;
    }
  }

  async #pay(): Promise<void> {
    const quote = this.quote;
    const request = this.#request;
    // The step changes before the first await, so a second click finds no Pay button to act on.
    if (this.step !== 'review' || !quote || !request) return;
    if (!this.emit(new AlisPayRequestEvent(request, quote))) return;
    this.step = 'submitting';
    this.announcement = 'Submitting your payment.';
    await this.#submit();
  }

  async #checkAgain(): Promise<void> {
    if (this.step !== 'unconfirmed') return;
    this.step = 'checking';
    await this.#submit();
  }

  /** Sends the reviewed payment with its key until the server gives a definite answer or we give up. */
  async #submit(): Promise<void> {
    // The payment is sent with the session of the user who reviewed it, and only that one: an abort
    // (removal, another user) ends the work and is never retried.
    const api = this.#session.api;
    const request = this.#request;
    const key = this.#idempotencyKey;
    if (!api || !request || !key) return;
    const outcome = await sendUntilKnown(() => api.payments.create(request, { idempotencyKey: key }), {
      // Checking again: the earlier attempt may have been applied.
      uncertain: this.step === 'checking',
      onChecking: () => {
        this.step = 'checking';
        this.announcement = 'Checking whether your payment went through.';
      },
    });
    switch (outcome.kind) {
      case 'answered':
        this.#finish(outcome.answer);
        return;
      case 'refused':
        if (outcome.error instanceof ElementRemovedError) {
          // The flow left the page mid-send: if it comes back, "Check again" asks with the same key.
          this.step = 'unconfirmed';
          return;
        }
        // Another user signed in: this flow was already dropped (see #forgetUser).
        if (isSessionAbort(outcome.error)) return;
        this.#showRefusal(outcome.error, true);
        return;
      case 'unconfirmed':
        this.step = 'unconfirmed';
        this.announcement = 'We could not confirm your payment.';
        this.emit(new AlisPaymentFailedEvent('network', 'The outcome of the payment could not be confirmed.'));
    }
  }

  #finish(payment: Payment): void {
    if (payment.status === 'failed') {
      // A decline is final for this key; forget it so trying again (after calling the bank) is a new payment.
      if (this.#fingerprint) forgetPaymentKey(this.#fingerprint, browserKeyStorage());
      this.#idempotencyKey = null;
      const reason = payment.failure?.message ?? 'The payment was declined.';
      const message = `Your payment was declined: ${reason} Nothing was charged. Choose another method or try again.`;
      this.flowError = { message, final: false };
      this.step = 'method';
      this.announcement = message;
      this.emit(new AlisPaymentFailedEvent('declined', message, payment));
      return;
    }
    this.payment = payment;
    this.step = 'receipt';
    this.announcement =
      payment.status === 'pending' ? `Payment submitted. Reference ${payment.reference}.` : `Payment received. Reference ${payment.reference}.`;
    this.emit(new AlisPaymentSubmittedEvent(payment));
  }

  /**
   * Back to review with the engine's new quote (`quote_changed` / `quote_expired`): one sentence
   * says what changed, announced and focused; submitting again sends the new quote under the SAME
   * idempotency key. A refusal is not stored under a key and a key's request is its body without
   * the quote, so the same key is right — and necessary: two tabs that both saw the change must
   * still share one key, or each could pay.
   */
  #reviewAgain(fresh: PaymentQuote, expired: boolean): void {
    const reviewed = this.quote;
    const sentence = reviewed
      ? quoteChangeSentence(paymentQuoteTerms(reviewed), paymentQuoteTerms(fresh), { reader: 'payer', expired, locale: this.locale })
      : 'The payment changed since you reviewed it. Review the new total and submit again.';
    this.quote = fresh;
    if (this.#request) this.#request = { ...this.#request, quoteId: fresh.quoteId };
    this.#idempotencyKey ??= this.#fingerprint ? paymentKeyFor(this.#fingerprint, browserKeyStorage()) : createIdempotencyKey();
    this.quoteNotice = sentence;
    this.announcement = `${sentence} Nothing was charged.`;
    this.#focusAfterStep = 'quote-notice';
    this.step = 'review';
  }

  /** Shows a refusal where it belongs and returns to the step where it can be fixed. */
  #showRefusal(error: unknown, submitted = false): void {
    // Refused at review time the step does not change, so focus moves here, once the error renders.
    if (this.step === 'method') void this.updateComplete.then(() => this.#applyFocus());
    if (!isAlisApiError(error)) {
      const message = error instanceof AlisNetworkError
        ? 'We could not reach the billing service. Check your connection and try again; nothing was charged.'
        : 'Something went wrong preparing your payment. Please try again.';
      this.flowError = { message, final: false };
      if (submitted) this.emit(new AlisPaymentFailedEvent('network', message));
      this.step = 'method';
      return;
    }
    if (error.code === 'unauthenticated') {
      // The session expired (the provider tells the host with alis-session-expired): not final.
      // What the payer chose stays, and once they are signed in again they carry on from here.
      const message = 'Your session has ended, so nothing was charged. Sign in again, then continue: your choices are kept.';
      if (submitted) this.emit(new AlisPaymentFailedEvent(error.code, message));
      this.step = 'method';
      this.#idempotencyKey = null;
      this.flowError = { message, final: false };
      this.announcement = message;
      return;
    }
    const placement = placeRefusal(error);
    if (submitted) this.emit(new AlisPaymentFailedEvent(error.code, placement.message));
    if (placement.where === 'quote') {
      this.#reviewAgain(placement.quote, placement.expired);
      return;
    }
    this.step = 'method';
    this.#idempotencyKey = null;
    switch (placement.where) {
      case 'amount':
        this.amountError = placement.message;
        if (placement.balanceCents !== null && this.balance) this.balance = { ...this.balance, amountCents: placement.balanceCents };
        this.#focusAfterStep = 'amount';
        this.announcement = placement.message;
        break;
      case 'method':
        this.methodError = placement.message;
        this.#focusAfterStep = 'method';
        this.announcement = placement.message;
        break;
      case 'balance':
        if (this.balance) this.balance = { ...this.balance, amountCents: placement.currentAmountCents };
        if (this.target?.type === 'outstanding') this.amountCents = placement.currentAmountCents;
        this.balanceNotice = placement.currentAmountCents > 0
          ? `${placement.message} Nothing was charged.`
          : placement.message;
        this.announcement = this.balanceNotice;
        void this.#dataTask.run();
        break;
      case 'flow': {
        // Only the billing office can re-address an invoice: say how to reach it.
        const office = this.#dataTask.value?.me.community.billingOffice;
        const message = error.code === 'not_addressee' && office ? notAddresseeMessage(placement.message, office) : placement.message;
        this.flowError = { message, final: placement.final };
        this.announcement = message;
        break;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pay-flow': AlisPayFlow;
  }
}
