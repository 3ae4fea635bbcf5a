import { html, nothing, type PropertyValues } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { renderSessionLoad, settled } from '../shared/states.js';
import { KeyedSubmissionController } from '../shared/keyed-submission.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { payerLoadWords } from './method-part.js';
import { announcement, renderAnnouncement, sayAll, silence, wordsByKey, type Announcement, type Words } from './live-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { formatMoney } from '../../core/format.js';
import { creditOrder, spreadCredit, type CreditTarget } from '../../core/credit-plan.js';
import {
  buildCreditApplication,
  creditApplicationFailedMessage,
  creditApplicationFingerprint,
  creditRefusalErrors,
  type CreditApplicationMode,
} from '../../core/credit-application.js';
import { browserKeyStorage, paymentKeyFor } from '../../core/payment-key.js';
import { AlisCreditAppliedEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { refusalSentence } from '../../core/refusal-words.js';
import { payerFormStyles } from './payers-panel.styles.js';
import { renderApplyCreditStep, type ApplyCreditStep, type CreditData } from './apply-credit-steps.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CreditApplicationRequest, CreditApplicationResult } from '../../sdk/types.js';

export type { ApplyCreditStep } from './apply-credit-steps.js';

/** In the allocation policy's order, or to the invoices staff choose. */
export type ApplyCreditMode = CreditApplicationMode;

/** What the panel loaded, in whose session; `data` is null for someone who is not staff (nothing more was asked). */
interface CreditLoad {
  client: AlisClient;
  data: CreditData | null;
}

/**
 * Applies a payer's credit on account to their open invoices: in the community's allocation order
 * (oldest due date first under "leave unapplied as credit"), or to the invoices staff choose, each
 * amount prefilled and editable. Review lists what will be applied to which invoice and the credit
 * left; the submission carries an idempotency key remembered for this application (a second tab,
 * a retry or a double click applies it once). Refusals come back to the form next to the field
 * they concern, with everything as it was typed.
 *
 * @tagname alis-pc-apply-credit
 * @summary Internal to the Payers panel: the steps of applying one payer's credit on account.
 *
 * @fires {AlisCreditAppliedEvent} alis-credit-applied - The credit was applied.
 * @fires {Event} alis-pc-apply-credit-close - Not composed: staff closed the panel (Cancel or Done).
 *
 * @csspart heading - Each step's heading.
 * @csspart notice - Notices (refusals, nothing to apply).
 * @csspart review - The review summary.
 * @csspart result - What was applied.
 *
 * @cssprop --alis-color-primary - Buttons and chosen options.
 * @cssprop --alis-color-border - Fieldsets and the review box.
 * @cssprop --alis-color-danger - Field errors.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisPcApplyCredit extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles];

  static override properties = {
    client: { attribute: false },
    payerId: { attribute: 'payer-id' },
    locale: {},
    step: { state: true, attribute: false },
    mode: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    amounts: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    result: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The id of the payer (resident or contact) whose credit is applied. */
  declare payerId: string | undefined;

  /** BCP 47 locale for amounts and dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** The current step. */
  declare step: ApplyCreditStep;

  /** Policy order or chosen invoices. */
  declare mode: ApplyCreditMode;

  /** Invoice ids ticked in the chosen-invoices mode, in the policy's order. */
  declare private chosen: readonly string[];
  /** Typed amounts by invoice id (null while a field is empty or unreadable). */
  declare private amounts: Readonly<Record<string, number | null>>;
  /** Messages by field (`invoice:<id>`, `amount:<id>`, `allocations`, `flow`), said in the words in force. */
  declare private errors: Readonly<Record<string, Words | undefined>>;
  declare private result: CreditApplicationResult | null;
  declare private announcement: Announcement;

  /** Whose application this is; another user's session starts afresh (see `#startOver`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startOver() });
  #filledFor: string | null = null;
  #request: CreditApplicationRequest | null = null;
  /** The key of the application under review, remembered like a payment's (see `#openReview`). */
  #reviewedKey: string | null = null;
  /** The payer and request being sent: what every attempt of the submission carries. */
  #sending: { payerId: string; request: CreditApplicationRequest } | null = null;

  /** The reviewed application's idempotency key, its sending until known, its steps' focus and announcements. */
  readonly #submission = new KeyedSubmissionController<CreditApplicationResult>(this, {
    session: this.#session,
    step: () => this.step,
    setStep: (step) => {
      this.step = step;
    },
    announce: (text) => {
      this.announcement = announcement(text, this.t);
    },
    // Read when announced, so the words are in the language of that moment.
    words: ((panel: AlisPcApplyCredit) => ({
      get submitting() {
        return panel.t('Applying the credit.');
      },
      get checking() {
        return panel.t('Checking whether the credit was applied.');
      },
      get unconfirmed() {
        return panel.t('The application could not be confirmed.');
      },
    }))(this),
    // Review always sets the remembered key first; a fresh one rather than an empty header otherwise.
    makeKey: () => this.#reviewedKey ?? createIdempotencyKey(),
    send: (api, key) => {
      const sending = this.#sending;
      if (!sending) return Promise.reject(new Error('No credit application to send.'));
      return api.staff.payers.applyCredit(sending.payerId, sending.request, { idempotencyKey: key });
    },
    onAnswered: (result) => this.#applied(result),
    onRefused: (error) => {
      if (this.#sending) this.#showRefusal(error, this.#sending.request);
    },
  });

  readonly #dataTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], options) => (payerId ? this.#loadCredit([client, payerId], options) : undefined),
  });

  readonly #loadCredit = loadAfterMe(this.#session, async ({ api, client, me, signal }, payerId: string): Promise<CreditLoad> => {
    // A payer's token asks for nothing more.
    if (!isStaff(me)) return { client, data: null };
    const [payer, page] = await Promise.all([
      api.staff.payers.get(payerId, { signal }),
      api.staff.invoices.list({ addresseeId: payerId, status: 'open', limit: 100 }, { signal }),
    ]);
    const open = page.items
      .filter((invoice) => invoice.addressee.id === payerId && invoice.balance.amountCents > 0)
      .map((invoice) => ({ invoiceId: invoice.id, number: invoice.number, dueDate: invoice.dueDate, balanceCents: invoice.balance.amountCents, invoice }));
    const invoices = creditOrder(open, me.community.allocationPolicy);
    if (this.#filledFor !== payerId) this.#fillFrom(payerId, invoices, payer.creditOnAccount.amountCents);
    return { client, data: { me, payer, invoices } };
  });

  constructor() {
    super();
    this.#startOver();
    this.#session.reloads(this.#dataTask);
  }

  /**
   * The panel as it first opens, with nothing ticked, typed, reviewed or announced: also what
   * another user signing in (or the user signing out) finds.
   */
  #startOver(): void {
    this.#filledFor = null;
    this.#request = null;
    this.#submission.forget();
    this.step = 'form';
    this.mode = 'policy';
    this.chosen = [];
    this.amounts = {};
    this.errors = {};
    this.result = null;
    this.announcement = silence;
  }

  /** Resolves when the payer and their open invoices have loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#dataTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payerId') && changed.get('payerId') !== undefined) {
      this.#filledFor = null;
      this.step = 'form';
      this.errors = {};
      this.result = null;
      this.#request = null;
      this.#submission.forget();
    }
    // Another payer's panel announces itself by focus on its heading, like a new step.
    if (changed.has('payerId')) this.#submission.focusSoon();
  }

  /** Chosen amounts start as policy order would apply them; staff tick and edit from there. */
  #fillFrom(payerId: string, invoices: readonly CreditTarget[], creditCents: number): void {
    this.#filledFor = payerId;
    const spread = new Map(spreadCredit(invoices, creditCents).map((line) => [line.invoiceId, line.amountCents]));
    this.amounts = Object.fromEntries(invoices.map((i) => [i.invoiceId, spread.get(i.invoiceId) ?? null]));
    this.chosen = invoices.filter((i) => spread.has(i.invoiceId)).map((i) => i.invoiceId);
  }

  protected override render() {
    return html`${renderAnnouncement(this.announcement, this.t)} ${this.#renderBody()}`;
  }

  #renderBody(): unknown {
    const client = this.#session.client;
    // Without any client, the load below says one is missing.
    if (client && !this.payerId) return nothing;
    // Only what was loaded in this user's session is drawn; another user's application is never shown.
    const t = this.t;
    return renderSessionLoad(client, this.#dataTask, {
      ...payerLoadWords(t),
      retry: () => this.#dataTask.run(),
      exit: { onClose: () => this.#close(), where: 'after' },
      view: (load) => (load.data ? this.#renderStep(load.data) : renderStaffOnly(t('Applying credit'), t)),
    });
  }

  #renderStep(data: CreditData): unknown {
    return renderApplyCreditStep({
      data,
      locale: this.formatLocale,
      t: this.t,
      step: this.step,
      mode: this.mode,
      chosen: this.chosen,
      amounts: this.amounts,
      errors: sayAll(this.errors, this.t),
      request: this.#request,
      result: this.result,
      close: () => this.#close(),
      setMode: (mode) => {
        this.mode = mode;
        this.errors = {};
      },
      toggle: (invoiceId, checked) => this.#toggle(invoiceId, checked),
      amountChanged: (invoiceId, valueCents) => {
        this.amounts = { ...this.amounts, [invoiceId]: valueCents };
        this.#clearError(`amount:${invoiceId}`, 'allocations');
      },
      openReview: (event) => void this.#openReview(event, data),
      backToForm: () => this.#backToForm(),
      confirm: () => void this.#confirm(),
      checkAgain: () => void this.#checkAgain(),
    });
  }

  #toggle(invoiceId: string, checked: boolean): void {
    const order = this.#dataTask.value?.data?.invoices.map((i) => i.invoiceId) ?? [];
    const next = new Set(this.chosen);
    if (checked) next.add(invoiceId);
    else next.delete(invoiceId);
    this.chosen = order.filter((id) => next.has(id));
    this.#clearError(`invoice:${invoiceId}`, `amount:${invoiceId}`, 'allocations');
  }

  #clearError(...keys: string[]): void {
    const drop = new Set([...keys, 'flow']);
    if (!Object.keys(this.errors).some((key) => drop.has(key))) return;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !drop.has(key)));
  }

  async #openReview(event: SubmitEvent, data: CreditData): Promise<void> {
    event.preventDefault();
    if (this.step !== 'form') return;
    // What each amount field says of what was typed, read once, now: the errors are said again
    // (in the words in force) from what the form held at this moment.
    const fieldMessages = new Map<string, string | null | undefined>();
    const fieldMessage = (id: string): string | null | undefined => {
      if (!fieldMessages.has(id)) {
        const field = this.renderRoot.querySelector<AlisAmountInput>(`alis-amount-input[data-invoice="${CSS.escape(id)}"]`);
        // null: invalid without a message of its own.
        fieldMessages.set(id, field ? (field.checkValidity() ? '' : field.validationMessage || null) : undefined);
      }
      return fieldMessages.get(id);
    };
    const { mode, chosen, amounts } = this;
    const build = (t: Translate) =>
      buildCreditApplication(
        {
          mode,
          invoices: data.invoices,
          credit: data.payer.creditOnAccount,
          chosen,
          amounts,
          fieldMessage: (id) => {
            const message = fieldMessage(id);
            return message === null ? t('Enter an amount.') : message;
          },
        },
        this.formatLocale,
        t,
      );
    const built = build(this.t);
    if ('errors' in built) {
      this.errors = wordsByKey((t) => {
        const again = build(t);
        return 'errors' in again ? again.errors : {};
      });
      await this.#focusFirstError();
      return;
    }
    this.#request = built.request;
    // One key per reviewed application, remembered like a payment's: the same application from a
    // retry, a double click or a second tab (same payer, invoices, amounts and credit shown) is applied once.
    const fingerprint = creditApplicationFingerprint(built.request, {
      userId: data.me.user.id,
      payerId: data.payer.party.id,
      invoices: data.invoices,
      creditCents: data.payer.creditOnAccount.amountCents,
    });
    this.#reviewedKey = paymentKeyFor(fingerprint, browserKeyStorage());
    this.errors = {};
    this.#submission.startReview();
    this.announcement = silence;
  }

  #backToForm(): void {
    this.#request = null;
    this.#submission.forget();
    this.errors = {};
    this.step = 'form';
  }

  async #confirm(): Promise<void> {
    const payerId = this.payerId;
    if (this.step !== 'review' || !this.#request || !payerId) return;
    this.#sending = { payerId, request: this.#request };
    await this.#submission.submit();
  }

  async #checkAgain(): Promise<void> {
    await this.#submission.checkAgain();
  }

  #applied(result: CreditApplicationResult): void {
    this.result = result;
    this.step = 'result';
    const t = this.t;
    this.announcement = announcement(
      t('Applied {amount} of credit on account. Credit left: {left}.', {
        amount: formatMoney(result.applied, this.formatLocale),
        left: formatMoney(result.creditLeft, this.formatLocale),
      }),
      t,
    );
    this.emit(new AlisCreditAppliedEvent(result));
  }

  /** Shows a refusal where it belongs, back on the form with everything as it was typed. */
  #showRefusal(error: unknown, request: CreditApplicationRequest): void {
    this.step = 'form';
    const t = this.t;
    if (!isAlisApiError(error)) {
      this.errors = { flow: creditApplicationFailedMessage };
      this.announcement = announcement(creditApplicationFailedMessage(t), t);
      return;
    }
    this.errors = wordsByKey((t) => creditRefusalErrors(error, request, t));
    this.announcement = announcement(Object.values(creditRefusalErrors(error, request, t))[0] ?? refusalSentence(error, t), t);
    // The credit or the balances changed meanwhile: show them as they are now, keeping what was typed.
    void this.#dataTask.run().then(() => this.#focusFirstError());
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const errors = this.errors;
    // Focus follows the step change to the heading first; the field to fix then takes it.
    this.#submission.cancelFocus();
    const id = this.chosen.find((i) => `amount:${i}` in errors || `invoice:${i}` in errors);
    const part = id ? root.querySelector(`.part[data-invoice-id="${CSS.escape(id)}"]`) : null;
    const target = errors['flow']
      ? root.querySelector<HTMLElement>('[data-heading]')
      : id && `amount:${id}` in errors
        ? part?.querySelector<HTMLElement>('alis-amount-input')
        : (part?.querySelector<HTMLElement>('input') ?? root.querySelector<HTMLElement>('alis-amount-input[data-invoice], input[name="invoices"]'));
    (target ?? root.querySelector<HTMLElement>('[data-heading]'))?.focus();
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pc-apply-credit-close', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-apply-credit': AlisPcApplyCredit;
  }
}
