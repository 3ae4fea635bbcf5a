// Longer than the ~400 lines an element aims for, on purpose: this is the one place that holds a
// staff pull's state (the form's fields, the quote, the result) and applies what core decides
// about it (core/pull-parts.ts, core/pull-words.ts). The form and the steps from review on are
// drawn by ./pull-form.ts and ./pull-review.ts, and the submission runs on the shared
// KeyedSubmissionController; splitting the state itself would scatter one flow over many writers.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController, UserChangedError } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { settled, renderSessionLoad } from '../shared/states.js';
import { KeyedSubmissionController } from '../shared/keyed-submission.js';
import { PendingAction } from '../shared/pending-action.js';
import { AlisPaymentPulledEvent } from '../../events/staff-events.js';
import { isAlisApiError, pullQuoteOf } from '../../sdk/errors.js';
import { refusalSentence } from '../../core/refusal-words.js';
import { pullQuoteTerms, quoteChangeSentence } from '../../core/quote-change.js';
import { chooseInOrder, dropErrors } from '../../core/pull-methods.js';
import { buildPullParts, pullFormFor, splitTotal, withoutUnpullable, type PullForm, type PullPrefillParts } from '../../core/pull-parts.js';
import {
  placePullRefusal,
  pullBalanceChangedNotice,
  pullChangedSinceReviewSentence,
  pulledAnnouncement,
  pullFailedMessage,
} from '../../core/pull-words.js';
import { payerFormStyles } from './payers-panel.styles.js';
import { pullPaymentStyles } from './pull-payment.styles.js';
import { focusFirstPullError, renderPullForm, type PullFormActions } from './pull-form.js';
import { payerLoadWords } from './method-part.js';
import { announcement, renderAnnouncement, sayAll, silence, wordsByKey, type Announcement, type Words } from './live-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { OnDemandController } from '../shared/on-demand.js';
import { onDemandModule } from '../shared/on-demand-element.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, Money, Payer, Payment, PullPaymentRequest, PullQuote, QuotePullRequest } from '../../sdk/types.js';

/** The pull from review on (pull-review.ts): loaded while the form is filled in, not with it. */
const pullReviewPart = onDemandModule(() => import('./pull-review.js'));

/** A pull's parts as the due-pulls list proposes them (method and amount in cents). */
export type PullPrefill = PullPrefillParts;

/** The pull's steps. `checking`: the outcome is unknown and is being asked again with the same key. */
export type PullStep = 'form' | 'review' | 'submitting' | 'checking' | 'unconfirmed' | 'result';

interface PullData {
  me: Me;
  payer: Payer;
}

/** What the flow loaded, in whose session; `data` is null for someone who is not staff (nothing more was asked). */
interface PullLoad {
  client: AlisClient;
  data: PullData | null;
}

/**
 * Pulls a payment from a payer's methods authorized for recurring payments: one method, or a
 * split with an amount per method. The amount defaults to the outstanding balance and may be
 * lowered. Review shows the engine's quote of the pull: per part the method, amount, fee, total
 * charged and the invoices it settles, and the totals, before anything is pulled. The pull names
 * that quote, so if the fee (or anything else shown) changed since, nothing is pulled and the
 * review shows the new quote with one sentence saying what changed. The idempotency key is made
 * when review opens and reused for every retry and for a changed quote, so a double click or a
 * retry pulls once. If the balance changed since review, nothing is pulled and the new total
 * is shown for a fresh review.
 *
 * @tagname alis-pc-pull-payment
 * @summary Internal to the Payers panel: the steps of one staff pull.
 *
 * @fires {AlisPaymentPulledEvent} alis-payment-pulled - The pull was made; one payment per part.
 * @fires {Event} alis-pc-pull-close - Not composed: staff closed the flow (Cancel or Done).
 *
 * @csspart heading - Each step's heading.
 * @csspart notice - Notices (balance or quote changed, refusals).
 * @csspart review - The review summary.
 * @csspart result - The created payments.
 *
 * @cssprop --alis-color-primary - Buttons and chosen methods.
 * @cssprop --alis-color-border - Fieldsets and the review box.
 * @cssprop --alis-color-danger - Field errors.
 * @cssprop --alis-color-success-surface - Background of the result's confirmation.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisPcPullPayment extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles, pullPaymentStyles];

  static override properties = {
    client: { attribute: false },
    payerId: { attribute: 'payer-id' },
    prefill: { attribute: false },
    locale: {},
    step: { state: true, attribute: false },
    balance: { state: true, attribute: false },
    splitMode: { state: true, attribute: false },
    singleMethodId: { state: true, attribute: false },
    singleAmount: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    amounts: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    balanceNotice: { state: true, attribute: false },
    quote: { state: true, attribute: false },
    quoteNotice: { state: true, attribute: false },
    payments: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The id of the payer (resident or contact) to pull from. */
  declare payerId: string | undefined;

  /** Parts to start from, e.g. a due pull's; otherwise one authorized method for the whole balance. */
  declare prefill: PullPrefill | undefined;

  /** BCP 47 locale for amounts and dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** The current step. */
  declare step: PullStep;

  /** The outstanding total as last known from the engine: what review asks the engine to expect. */
  declare private balance: Money | null;
  declare private splitMode: boolean;
  declare private singleMethodId: string | null;
  declare private singleAmount: number | null;
  /** Methods of a split, in the order the payer's methods are listed. */
  declare private chosen: readonly string[];
  declare private amounts: Readonly<Record<string, number | null>>;
  /** Messages by field (`method`, `amount`, `parts`, `part:<methodId>`, `flow`), said in the words in force. */
  declare private errors: Readonly<Record<string, Words | undefined>>;
  declare private balanceNotice: Words | null;
  /** The engine's quote of the reviewed pull: what review shows and the pull names. */
  declare private quote: PullQuote | null;
  /** What changed since review (`quote_changed` / `quote_expired`), shown with the new quote. */
  declare private quoteNotice: Words | null;
  declare private payments: Payment[] | null;
  declare private announcement: Announcement;

  /** Whose pull this is; another user's session starts afresh (see `#startAfresh`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAfresh() });
  /** The review is being prepared (the quote asked for): a second press asks once. */
  readonly #quoting = new PendingAction(this);
  #filledFor: string | null = null;
  /** The reviewed pull, naming the reviewed quote. */
  #request: PullPaymentRequest | null = null;
  /** The pull being sent: what a send and every retry of it carry, whatever happens to the form meanwhile. */
  #sending: PullPaymentRequest | null = null;
  /** The payer as the engine reports them after the pull (the new outstanding). */
  #after: Payer | null = null;
  /** Focus the quote-changed notice instead of the heading after the next step change. */
  #focusQuoteNotice = false;

  /** The reviewed pull's submission: a new key per review, its steps and focus. */
  readonly #submission = new KeyedSubmissionController<Payment[]>(this, {
    session: this.#session,
    step: () => this.step,
    setStep: (step) => (this.step = step),
    announce: (text) => (this.announcement = announcement(text, this.t)),
    // Read when announced, so the words are in the language of that moment.
    words: ((flow: AlisPcPullPayment) => ({
      get submitting() {
        return flow.t('Pulling the payment.');
      },
      get checking() {
        return flow.t('Checking whether the pull went through.');
      },
      get unconfirmed() {
        return flow.t('The pull could not be confirmed.');
      },
    }))(this),
    send: (api, key) => (this.#sending ? api.staff.payments.pull(this.#sending, { idempotencyKey: key }) : Promise.reject(new Error('No pull was reviewed.'))),
    onAnswered: (payments, api) => (this.#sending ? this.#finish(api, this.#sending, payments) : undefined),
    onRefused: (error) => {
      if (this.#sending) this.#showRefusal(error, this.#sending);
    },
    // Each step announces itself by taking focus on its heading (or the quote-changed notice), once it has rendered.
    focusStep: () => {
      const notice = this.#focusQuoteNotice ? this.renderRoot.querySelector<HTMLElement>('[data-kind="quote-changed"]') : null;
      const heading = notice ?? this.renderRoot.querySelector<HTMLElement>('[data-heading]');
      if (!heading) return false;
      this.#focusQuoteNotice = false;
      heading.focus();
      return true;
    },
  });

  readonly #dataTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], options) => (payerId ? this.#loadPayer([client, payerId], options) : undefined),
  });

  readonly #loadPayer = loadAfterMe(this.#session, async ({ api, client, me, signal }, payerId: string): Promise<PullLoad> => {
    // A payer's token asks for nothing more.
    if (!isStaff(me)) return { client, data: null };
    // The review's code comes while the payer loads and the form is filled in (a payer's token asks nothing more).
    pullReviewPart.prefetch();
    const payer = await api.staff.payers.get(payerId, { signal });
    this.#fill(payer);
    return { client, data: { me, payer } };
  });

  /** The review and every step after it, once their code is here (a failed load shows in their place). */
  readonly #reviewCode = new OnDemandController(this, pullReviewPart);

  constructor() {
    super();
    this.#startAfresh();
    this.#session.reloads(this.#dataTask);
  }

  /**
   * The flow with nothing typed, reviewed or announced: how it starts, and how it starts over when
   * another user signs in (or out).
   */
  #startAfresh(): void {
    this.#restart();
    this.balance = null;
    this.splitMode = false;
    this.singleMethodId = null;
    this.singleAmount = null;
    this.chosen = [];
    this.amounts = {};
    this.#quoting.reset();
    this.announcement = silence;
  }

  /** Resolves when the payer and the community's settings have loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#dataTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('payerId')) return;
    if (changed.get('payerId') !== undefined) this.#restart();
    this.#submission.focusSoon();
  }

  #restart(): void {
    this.#filledFor = null;
    this.step = 'form';
    this.errors = {};
    this.balanceNotice = null;
    this.quote = null;
    this.quoteNotice = null;
    this.payments = null;
    this.#request = null;
    this.#submission.forget();
    this.#after = null;
  }

  /** Starts the form for `payer` (from the prefill when given) the first time, else keeps what was typed, less what can no longer be pulled from. */
  #fill(payer: Payer): void {
    const first = this.#filledFor !== payer.party.id;
    if (first) {
      this.#filledFor = payer.party.id;
      this.balance = payer.outstanding;
    }
    const form = first ? pullFormFor(payer, this.prefill) : withoutUnpullable(this.#form(), payer.methods);
    this.splitMode = form.splitMode;
    this.singleMethodId = form.singleMethodId;
    this.singleAmount = form.singleAmount;
    this.chosen = form.chosen;
    this.amounts = form.amounts;
  }

  protected override render() {
    return html`${renderAnnouncement(this.announcement, this.t)}${this.#renderBody()}`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    // Nothing asked for yet; without any client, the load below says one is missing.
    if (!this.payerId && this.#session.client) return nothing;
    const t = this.t;
    const view = (load: PullLoad) => (load.data ? this.#renderStep(load.data) : renderStaffOnly(t('Pulling a payment'), t));
    return renderSessionLoad(this.#session.client, this.#dataTask, { ...payerLoadWords(t), retry: () => this.#dataTask.run(), exit: { onClose: () => this.#close(), where: 'after' }, view });
  }

  #renderStep(data: PullData): TemplateResult {
    const locale = this.formatLocale;
    const t = this.t;
    switch (this.step) {
      case 'form': {
        const { splitMode, singleMethodId, singleAmount, chosen, amounts } = this;
        const errors = sayAll(this.errors, t);
        const balanceNotice = this.balanceNotice?.(t) ?? null;
        const busy = this.#quoting.busy;
        const balance = this.balance ?? data.payer.outstanding;
        const view = { ...data, balance, splitMode, singleMethodId, singleAmount, chosen, amounts, errors, balanceNotice, busy, locale, t, splitTotal: splitTotal(this.#form()) };
        return renderPullForm(view, this.#formActions(data));
      }
      default:
        return this.#reviewCode.render(() => this.#renderAfterForm(data), t.ctx('your …', 'review'), { onClose: () => this.#close(), where: 'inside' }, t);
    }
  }

  /** The review, the sending, an unknown outcome or the result: drawn by pull-review.ts, loaded on demand. */
  #renderAfterForm(data: PullData): TemplateResult {
    const locale = this.formatLocale;
    const t = this.t;
    const review = pullReviewPart.module;
    if (!review) return html``;
    const { renderPullResult, renderPullReview, renderPullSending, renderPullUnconfirmed } = review;
    switch (this.step) {
      case 'form':
        return html``;
      case 'review':
        if (!this.#request || !this.quote) return html``;
        return renderPullReview(
          { ...data, request: this.#request, quote: this.quote, flowError: this.errors['flow']?.(t), quoteNotice: this.quoteNotice?.(t) ?? null, locale, t },
          { change: () => this.#backToForm(), confirm: () => void this.#confirm() },
        );
      case 'submitting':
      case 'checking':
        return renderPullSending(this.step, t);
      case 'unconfirmed':
        return renderPullUnconfirmed({ close: () => this.#close(), checkAgain: () => void this.#submission.checkAgain() }, t);
      case 'result': {
        const view = { payments: this.payments ?? [], payerName: data.payer.party.name, after: this.#after, timeZone: data.me.community.timeZone, locale, t };
        return renderPullResult(view, { done: () => this.#close() });
      }
    }
  }

  #formActions(data: PullData): PullFormActions {
    return {
      review: (event) => void this.#openReview(event, data),
      close: () => this.#close(),
      setSplit: (split) => this.#setSplit(split),
      chooseSingle: (methodId) => {
        this.singleMethodId = methodId;
        this.#clearError('method');
      },
      singleAmount: (event) => {
        this.singleAmount = (event.currentTarget as AlisAmountInput).valueCents;
        this.#clearError('amount');
      },
      toggle: (methodId, checked) => this.#toggle(methodId, checked),
      partAmount: (methodId, event) => {
        this.amounts = { ...this.amounts, [methodId]: (event.currentTarget as AlisAmountInput).valueCents };
        this.#clearError(`part:${methodId}`, 'parts');
      },
    };
  }

  #setSplit(split: boolean): void {
    this.splitMode = split;
    this.errors = {};
    // A split starts from the method chosen so far, with the amount chosen so far.
    if (split && this.chosen.length === 0 && this.singleMethodId) {
      this.chosen = [this.singleMethodId];
      this.amounts = { ...this.amounts, [this.singleMethodId]: this.amounts[this.singleMethodId] ?? this.singleAmount };
    }
  }

  #toggle(methodId: string, checked: boolean): void {
    this.chosen = chooseInOrder(this.#dataTask.value?.data?.payer.methods.map((m) => m.id) ?? [], this.chosen, methodId, checked);
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #clearError(...keys: string[]): void {
    this.errors = dropErrors(this.errors, [...keys, 'flow']);
  }

  #form(): PullForm {
    const { splitMode, singleMethodId, singleAmount, chosen, amounts } = this;
    return { splitMode, singleMethodId, singleAmount, chosen, amounts };
  }

  /** An amount field's validation message when it is invalid (`amount`, or `part:<methodId>`), null when it is valid or absent. */
  #fieldProblem(key: string): string | null {
    const selector = key === 'amount' ? 'alis-amount-input[data-field="amount"]' : `alis-amount-input[data-part="${CSS.escape(key.slice(5))}"]`;
    const field = this.renderRoot.querySelector<AlisAmountInput>(selector);
    return field && !field.checkValidity() ? field.validationMessage : null;
  }

  async #openReview(event: SubmitEvent, data: PullData): Promise<void> {
    event.preventDefault();
    const balance = this.balance ?? data.payer.outstanding;
    if (this.#quoting.busy || this.step !== 'form') return;
    // Each amount field's own word on what was typed, read once, now: the errors are said again
    // (in the words in force) from what the form held at this moment.
    const problems = new Map<string, string | null>();
    const fieldProblem = (key: string): string | null => {
      if (!problems.has(key)) problems.set(key, this.#fieldProblem(key));
      return problems.get(key) ?? null;
    };
    const form = this.#form();
    const build = (t: Translate) => buildPullParts(form, balance, fieldProblem, this.formatLocale, t);
    const built = build(this.t);
    if ('errors' in built) {
      this.errors = wordsByKey((t) => {
        const again = build(t);
        return 'errors' in again ? again.errors : {};
      });
      await this.#focusFirstError();
      return;
    }
    const api = this.#session.api;
    if (!api) return;
    const request: QuotePullRequest = {
      payerId: data.payer.party.id,
      target: { type: 'outstanding' },
      currency: balance.currency,
      expectedAmountCents: balance.amountCents,
      parts: built.parts,
    };
    this.errors = {};
    this.balanceNotice = null;
    this.quoteNotice = null;
    // The engine's quote is the review: fees and totals are never computed here.
    // The review's code is usually here already (prefetched as the form opened); it is waited for
    // with the quote, and a failed load shows Try again where the review would be.
    const reviewCode = pullReviewPart.load().catch(() => undefined);
    await this.#quoting.run(async () => (await Promise.all([api.staff.payments.quote(request), reviewCode]))[0], {
      answered: (quote) => {
        this.quote = quote;
        this.#request = { ...request, quoteId: quote.quoteId };
        // One key per reviewed pull: every retry of this submission reuses it, so it is made at most once.
        this.#submission.startReview();
        this.announcement = silence;
      },
      // An abort (removed, or another user signed in) asked nothing of the engine that needs saying.
      refused: (error) => this.#showRefusal(error, { ...request, quoteId: '' }),
    });
  }

  #backToForm(): void {
    this.#request = null;
    this.#submission.forget();
    this.quote = null;
    this.quoteNotice = null;
    this.errors = {};
    this.step = 'form';
  }

  async #confirm(): Promise<void> {
    if (this.step !== 'review' || !this.#request) return;
    this.#sending = this.#request;
    await this.#submission.submit();
  }

  async #finish(client: AlisClient, request: PullPaymentRequest, payments: Payment[]): Promise<void> {
    // Money moved: the host hears of it whatever happens next (even another user signing in
    // during the read below, which then shows and announces nothing).
    this.emit(new AlisPaymentPulledEvent(payments));
    try {
      // The engine's word on what is still owed; a failed read only leaves the sentence out.
      this.#after = await client.staff.payers.get(request.payerId);
    } catch (error) {
      this.#after = null;
      // Another user signed in meanwhile: nothing of this pull is shown or announced to them.
      if (error instanceof UserChangedError) return;
    }
    this.payments = payments;
    this.step = 'result';
    this.announcement = announcement(pulledAnnouncement(payments, this.t), this.t);
  }

  /**
   * Back to review with the engine's new quote (`quote_changed` / `quote_expired`): one sentence
   * says what changed, announced and focused; pulling again sends the new quote under the SAME
   * key: the pull asked for is the same (a key's request is its body without the quote, and the
   * refusal was not stored), so a second window that saw the change too pulls once.
   */
  #reviewAgain(fresh: PullQuote, expired: boolean, request: PullPaymentRequest): void {
    const reviewed = this.quote;
    const sentence: Words = (t) =>
      reviewed
        ? quoteChangeSentence(pullQuoteTerms(reviewed), pullQuoteTerms(fresh), { reader: 'staff', expired, locale: this.formatLocale, t })
        : pullChangedSinceReviewSentence(t);
    this.quote = fresh;
    this.#request = { ...request, quoteId: fresh.quoteId };
    this.errors = {};
    this.quoteNotice = sentence;
    const t = this.t;
    this.announcement = announcement(t('{change} Nothing was pulled.', { change: sentence(t) }), t);
    this.#focusQuoteNotice = true;
    this.#submission.reviewAgain();
  }

  /** Shows a refusal where it belongs, back on the form with everything as it was typed. */
  #showRefusal(error: unknown, request: PullPaymentRequest): void {
    const fresh = pullQuoteOf(error);
    if (fresh && isAlisApiError(error)) {
      this.#reviewAgain(fresh, error.code === 'quote_expired', request);
      return;
    }
    this.#submission.forget();
    this.quote = null;
    this.quoteNotice = null;
    this.step = 'form';
    const t = this.t;
    if (!isAlisApiError(error)) {
      this.errors = { flow: pullFailedMessage };
      this.announcement = announcement(pullFailedMessage(t), t);
      return;
    }
    if (error.code === 'balance_changed') {
      const current = error.details['currentAmountCents'];
      const known = typeof current === 'number' && this.balance ? current : null;
      const reviewed = known === null ? null : this.balance;
      this.balanceNotice = (t) => pullBalanceChangedNotice(refusalSentence(error, t), reviewed, known, this.formatLocale, t);
      if (known !== null && this.balance) {
        // An amount left at the whole balance follows the new balance; an edited one stays as typed.
        if (!this.splitMode && this.singleAmount === this.balance.amountCents) this.singleAmount = known;
        this.balance = { ...this.balance, amountCents: known };
      }
      this.errors = {};
      this.announcement = announcement(this.balanceNotice(t), t);
      void this.#dataTask.run();
      return;
    }
    const split = this.splitMode;
    const errors = placePullRefusal(error, request, split, t);
    const balance = error.details['balanceCents'];
    if (error.code === 'amount_exceeds_balance' && typeof balance === 'number' && this.balance) this.balance = { ...this.balance, amountCents: balance };
    // The payer may have withdrawn an authorization or lost a method: show the methods as they are now.
    const reload = error.code === 'method_unusable' ? this.#dataTask.run() : Promise.resolve();
    this.errors = wordsByKey((t) => placePullRefusal(error, request, split, t));
    this.announcement = announcement(Object.values(errors)[0] ?? refusalSentence(error, t), t);
    void reload.then(() => this.#focusFirstError());
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    // Focus follows the step change to the heading first; the field to fix then takes it.
    this.#submission.cancelFocus();
    focusFirstPullError(this.renderRoot, this.errors, this.chosen);
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pc-pull-close', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-pull-payment': AlisPcPullPayment;
  }
}
