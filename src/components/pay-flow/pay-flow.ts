// Longer than the ~400 lines an element aims for, on purpose: this is the one place that holds the
// pay flow's state (the fields every step reads and a refusal writes) and applies what core
// decides about it (core/pay-flow-fix.ts, core/pay-flow-words.ts). The steps are drawn by
// ./method-step.ts, ./review-step.ts and ./receipt-step.ts, and the submission runs on the shared
// KeyedSubmissionController; splitting the state itself would scatter one flow over many writers.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { SessionController } from '../shared/session.js';
import { settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, say, silence, type Announcement, type Words } from '../shared/live-words.js';
import { KeyedSubmissionController } from '../shared/keyed-submission.js';
import { PendingAction } from '../shared/pending-action.js';
import { receiptStyles } from '../shared/receipt.styles.js';
import { browserKeyStorage, forgetPaymentKey, paymentKeyFor, type PaymentFingerprint } from '../../core/payment-key.js';
import { creditLimitedBalance, payQuoteRequest, payRefusalFix, preselectedMethodId, type PayRefusalFix } from '../../core/pay-flow-fix.js';
import { paymentQuoteTerms, quoteChangeSentence } from '../../core/quote-change.js';
import { declinedMessage, payChangedSinceReviewSentence, paymentTakenAnnouncement } from '../../core/pay-flow-words.js';
import {
  AlisAddPaymentMethodRequestEvent,
  AlisPaymentFailedEvent,
  AlisPaymentSubmittedEvent,
  AlisPayRequestEvent,
} from '../../events/payment-events.js';
import type { AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { payFlowStyles } from './pay-flow.styles.js';
import { renderMethodStep, type MethodStepActions } from './method-step.js';
import { renderReviewStep, renderSendingStep, renderUnconfirmedStep } from './review-step.js';
import { renderReceiptStep } from './receipt-step.js';
import { focusStep, type StepFocus } from './step-heading.js';
import '../amount-input/amount-input.js';
import { addMethodFormPart } from '../add-payment-method/add-method-part.js';
import { OnDemandController } from '../shared/on-demand.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CreatePaymentRequest, Me, Money, Outstanding, Payment, PaymentMethod, PaymentQuote } from '../../sdk/types.js';

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
 * one sentence saying what changed, and the payer submits again, under the same key.
 *
 * @tagname alis-pay-flow
 * @summary Internal: the steps of one payment.
 *
 * @fires {AlisPayRequestEvent} alis-pay-request - Cancelable; before the payment is submitted.
 * @fires {AlisPaymentSubmittedEvent} alis-payment-submitted - The payment was taken (succeeded, or pending for a bank debit).
 * @fires {AlisPaymentFailedEvent} alis-payment-failed - Declined, refused, or the outcome could not be confirmed.
 * @fires {AlisAddPaymentMethodRequestEvent} alis-add-payment-method-request - The payer asked to add a method.
 * @fires {Event} alis-pay-flow-close - Not composed: the payer closed the flow (Cancel or Done).
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
    quote: { state: true },
    payment: { state: true },
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
  // The flow's messages are kept as what is needed to say them, and said in the words in force when
  // drawn: a reader who switches language with a message on screen reads it in the new language.
  declare private amountError: Words | null;
  declare private methodError: Words | null;
  declare private flowError: { message: Words; final: boolean } | null;
  declare private balanceNotice: Words | null;
  /** What changed since the payer reviewed (`quote_changed` / `quote_expired`), shown with the new quote. */
  declare private quoteNotice: Words | null;
  /** The invoice's balance (the most Pay Invoice may pay) or the outstanding total, as last known from the server. */
  declare private balance: Money | null;
  declare private quote: PaymentQuote | null;
  declare private payment: Payment | null;
  declare private announcement: Announcement;

  /** The reviewed payment, naming the reviewed quote. */
  #request: CreatePaymentRequest | null = null;
  /** The request being sent: what a send and every retry of it carry, whatever happens to the flow meanwhile. */
  #sending: CreatePaymentRequest | null = null;
  #fingerprint: PaymentFingerprint | null = null;
  /** What takes focus after the next step change: the step's heading, or the field to fix. */
  #focusAfterStep: StepFocus = 'heading';

  /** Whose payment this is; another user's session drops the flow (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  /** The review is being prepared (the quote asked for): a second press asks once. */
  readonly #quoting = new PendingAction(this);

  /** The reviewed payment's submission: its key (shared by a second tab reviewing the same payment), steps and focus. */
  readonly #submission = new KeyedSubmissionController<Payment>(this, {
    session: this.#session,
    step: () => this.step,
    setStep: (step) => (this.step = step),
    announce: (text) => (this.announcement = announcement(text, this.t)),
    // Read when announced, so the words are in the language of that moment.
    words: ((flow: AlisPayFlow) => ({
      get submitting() {
        return flow.t('Submitting your payment.');
      },
      get checking() {
        return flow.t('Checking whether your payment went through.');
      },
      get unconfirmed() {
        return flow.t('We could not confirm your payment.');
      },
    }))(this),
    makeKey: () => (this.#fingerprint ? paymentKeyFor(this.#fingerprint, browserKeyStorage()) : createIdempotencyKey()),
    send: (api, key) => (this.#sending ? api.payments.create(this.#sending, { idempotencyKey: key }) : Promise.reject(new Error('No payment was reviewed.'))),
    onAnswered: (payment) => this.#finish(payment),
    onRefused: (error) => this.#showRefusal(error, true),
    onUnconfirmed: () => this.emit(new AlisPaymentFailedEvent('network', this.t('The outcome of the payment could not be confirmed.'))),
    // The first step renders only once the methods have loaded, so focus waits for its heading.
    focusStep: () => {
      if (!this.renderRoot.querySelector('[data-step-heading], alis-add-payment-method')) return this.#focusFailedLoad();
      this.#applyFocus();
      return true;
    },
  });

  /** The add-method form's code, loaded when the payer first asks to add a method here. */
  readonly #addMethodForm = new OnDemandController(this, addMethodFormPart);

  /** A failed load of the add form takes focus to its Try again, so focus is not lost with the button. */
  #focusFailedLoad(): boolean {
    const retry = this.step === 'add-method' ? this.renderRoot.querySelector<HTMLElement>('[role="alert"] button') : null;
    retry?.focus();
    return retry !== null;
  }

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
    const t = this.t;
    const method = event.method.nickname ?? event.method.label;
    this.announcement = announcement(event.method.usable ? t('{method} was added and chosen.', { method }) : t('{method} was added.', { method }), t);
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
    this.quote = null;
    this.payment = null;
    this.announcement = silence;
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
    return settled(this.#dataTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('target')) return;
    this.#restart();
    this.#submission.focusSoon();
  }

  /** Focus for the step just rendered: `#focusAfterStep`'s target, once, then the heading again. */
  #applyFocus(): void {
    const focus = this.#focusAfterStep;
    this.#focusAfterStep = 'heading';
    focusStep(this.renderRoot, focus);
  }

  /**
   * Credit on account is owed against the payer's invoices, so one invoice may take at most what is
   * owed net of it (the engine refuses more): the amount and its limit follow, and with nothing
   * owed the flow says the credit covers it instead of offering a payment that would be refused.
   */
  #capByCredit(target: PayTarget, outstanding: Outstanding): void {
    const limit = target.type === 'invoice' && this.balance ? creditLimitedBalance(this.balance.amountCents, outstanding) : null;
    if (limit === null || !this.balance) return;
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
    this.#quoting.reset();
    this.announcement = silence;
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
    this.#request = null;
    this.#submission.forget();
    this.#focusAfterStep = 'heading';
  }

  #chooseDefaultMethod(methods: PaymentMethod[]): void {
    const methodId = preselectedMethodId(methods, this.methodId, this.#methodToChoose);
    // A method just added is chosen afresh: any complaint about the previous choice goes.
    if (methodId !== null && methodId === this.#methodToChoose) this.methodError = null;
    this.#methodToChoose = null;
    this.methodId = methodId;
  }

  protected override render() {
    return html`${renderAnnouncement(this.announcement, this.t)}${this.#renderBody()}`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    // Nothing asked for yet; without any client, the load below says one is missing.
    if (!this.target && this.#session.client) return nothing;
    const t = this.t;
    return renderSessionLoad(this.#session.client, this.#dataTask, {
      loading: t('Loading your payment methods…'),
      subject: 'payment methods',
      retry: () => this.#dataTask.run(),
      t,
      exit: { onClose: () => this.#close(), where: 'inside' },
      view: (data) => this.#renderStep(data),
    });
  }

  /** The flow's error in `t`'s words, or null. */
  #flowErrorIn(t: Translate): { message: string; final: boolean } | null {
    return this.flowError ? { message: this.flowError.message(t), final: this.flowError.final } : null;
  }

  #renderStep(data: FlowData): TemplateResult {
    const { locale, headingLevel, t } = this;
    switch (this.step) {
      case 'method': {
        const { target, balance } = this;
        if (!target || !balance) return html``;
        const { amountCents, methodId } = this;
        const amountError = say(this.amountError, t);
        const methodError = say(this.methodError, t);
        const balanceNotice = say(this.balanceNotice, t);
        const flowError = this.#flowErrorIn(t);
        const busy = this.#quoting.busy;
        const view = { ...data, target, balance, amountCents, amountError, methodId, methodError, flowError, balanceNotice, busy, locale, headingLevel, t };
        return renderMethodStep(view, this.#methodActions);
      }
      case 'add-method':
        return this.#addMethodForm.render(
          () => html`<alis-add-payment-method
            .client=${this.#session.client}
            .locale=${locale}
            .headingLevel=${headingLevel}
            @alis-add-payment-method-close=${this.#closeAddMethod}
          ></alis-add-payment-method>`,
          t.ctx('your …', 'the form for a new payment method'),
          { onClose: () => this.#closeAddMethod(), where: 'after' },
          t,
        );
      case 'review':
        if (!this.quote) return html``;
        return renderReviewStep(
          { quote: this.quote, method: data.methods.find((m) => m.id === this.quote?.method.id) ?? null, rules: data.me.community, flowError: this.#flowErrorIn(t), quoteNotice: say(this.quoteNotice, t), locale, headingLevel, t },
          { change: () => this.#backToMethod(), pay: () => void this.#pay() },
        );
      case 'submitting':
      case 'checking':
        return renderSendingStep(headingLevel, this.step, data.me.community.communityName, t);
      case 'unconfirmed':
        return renderUnconfirmedStep(headingLevel, { close: () => this.#close(), checkAgain: () => void this.#submission.checkAgain() }, t);
      case 'receipt':
        if (!this.payment) return html``;
        return renderReceiptStep({ payment: this.payment, locale, timeZone: data.me.community.timeZone, headingLevel, t }, { done: () => this.#close() });
    }
  }

  readonly #methodActions: MethodStepActions = {
    review: (event) => void this.#onReviewSubmit(event),
    close: () => this.#close(),
    amountInput: (event) => {
      this.amountCents = (event.currentTarget as AlisAmountInput).valueCents;
      this.amountError = null;
    },
    chooseMethod: (methodId) => {
      this.methodId = methodId;
      this.methodError = null;
      if (this.flowError && !this.flowError.final) this.flowError = null;
    },
    requestAddMethod: () => {
      // The page (or an <alis-payment-methods> on it) may answer; otherwise the add form opens here.
      // Its code loads first (usually prefetched on hover or focus), so focus moves straight to the
      // form; a failed load opens the step anyway, where it says so with Try again and Close.
      if (!this.emit(new AlisAddPaymentMethodRequestEvent())) return;
      const open = () => {
        if (this.step === 'method') this.step = 'add-method';
      };
      void this.#addMethodForm.load().then(open);
    },
  };

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
    if (!api || !target || !data || data.client !== this.#session.client || this.#quoting.busy) return;
    if (target.type === 'invoice') {
      const input = this.renderRoot.querySelector<AlisAmountInput>('alis-amount-input');
      if (input && !input.reportValidity()) return;
    }
    if (!this.methodId) {
      this.methodError = (t) => t('Choose how you want to pay.');
      return;
    }
    const amountCents = this.amountCents ?? 0;
    const methodId = this.methodId;
    const request = payQuoteRequest(target, methodId, amountCents, this.balance?.currency ?? data.me.community.currency);
    this.flowError = null;
    this.balanceNotice = null;
    this.quoteNotice = null;
    await this.#quoting.run(() => api.payments.quote(request), {
      answered: (quote) => {
        this.quote = quote;
        // The payment names the quote reviewed: what it shows is what may be charged.
        this.#request = { ...request, quoteId: quote.quoteId };
        const balanceCents = this.balance?.amountCents ?? amountCents;
        this.#fingerprint = { userId: data.me.user.id, target: request.target.type === 'invoice' ? request.target.invoiceId : 'outstanding', amountCents, methodId, balanceCents };
        this.#submission.startReview();
        this.announcement = silence;
      },
      // An abort (the flow left the page or the user changed) shows nothing.
      refused: (error) => this.#showRefusal(error),
    });
  }

  async #pay(): Promise<void> {
    const quote = this.quote;
    const request = this.#request;
    if (this.step !== 'review' || !quote || !request) return;
    if (!this.emit(new AlisPayRequestEvent(request, quote))) return;
    this.#sending = request;
    await this.#submission.submit();
  }

  #finish(payment: Payment): void {
    if (payment.status === 'failed') {
      // A decline is final for this key; forget it so trying again (after calling the bank) is a new payment.
      if (this.#fingerprint) forgetPaymentKey(this.#fingerprint, browserKeyStorage());
      const message = declinedMessage(payment, this.t);
      this.flowError = { message: (t) => declinedMessage(payment, t), final: false };
      this.step = 'method';
      this.announcement = announcement(message, this.t);
      this.emit(new AlisPaymentFailedEvent('declined', message, payment));
      return;
    }
    this.payment = payment;
    this.step = 'receipt';
    this.announcement = announcement(paymentTakenAnnouncement(payment, this.t), this.t);
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
    const notice: Words = (t) =>
      reviewed
        ? quoteChangeSentence(paymentQuoteTerms(reviewed), paymentQuoteTerms(fresh), { reader: 'payer', expired, locale: this.formatLocale, t })
        : payChangedSinceReviewSentence(t);
    this.quote = fresh;
    if (this.#request) this.#request = { ...this.#request, quoteId: fresh.quoteId };
    this.quoteNotice = notice;
    const t = this.t;
    this.announcement = announcement(t('{sentence} Nothing was charged.', { sentence: notice(t) }), t);
    this.#focusAfterStep = 'quote-notice';
    this.#submission.reviewAgain();
  }

  /** Shows a refusal where it belongs and returns to the step where it can be fixed. */
  #showRefusal(error: unknown, submitted = false): void {
    // Refused at review time the step does not change, so focus moves here, once the error renders.
    if (this.step === 'method') void this.updateComplete.then(() => this.#applyFocus());
    const office = this.#dataTask.value?.me.community.billingOffice ?? null;
    const context = { payingOutstanding: this.target?.type === 'outstanding', office };
    const fix = payRefusalFix(error, context, this.t);
    // The fix's sentences, said again from the refusal in the words in force when drawn.
    const words =
      (pick: (fix: PayRefusalFix) => string | undefined): Words =>
      (t) =>
        pick(payRefusalFix(error, context, t)) ?? '';
    if (submitted) this.emit(new AlisPaymentFailedEvent(fix.event.reason, fix.event.message));
    if (fix.reviewAgain) {
      this.#reviewAgain(fix.reviewAgain.quote, fix.reviewAgain.expired);
      return;
    }
    this.step = 'method';
    if (fix.forgetKey) this.#submission.forget();
    if (fix.flowError) this.flowError = { message: words((again) => again.flowError?.message), final: fix.flowError.final };
    if (fix.amountError !== undefined) this.amountError = words((again) => again.amountError);
    if (fix.methodError !== undefined) this.methodError = words((again) => again.methodError);
    if (fix.balanceCents !== undefined && this.balance) this.balance = { ...this.balance, amountCents: fix.balanceCents };
    if (fix.amountCents !== undefined) this.amountCents = fix.amountCents;
    if (fix.balanceNotice !== undefined) this.balanceNotice = words((again) => again.balanceNotice);
    if (fix.focus) this.#focusAfterStep = fix.focus;
    if (fix.announcement !== undefined) this.announcement = announcement(fix.announcement, this.t);
    if (fix.reload) void this.#dataTask.run();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pay-flow': AlisPayFlow;
  }
}
