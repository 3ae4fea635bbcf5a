// What the billing team can do to one payment — void, refund, record a bank return, present it
// again — each behind an in-place confirmation that asks for a reason (and an amount or a return
// code where they matter). A controller and templates rather than an element of its own, so the
// history panel keeps a single shadow root (ARIA references stay inside it) and no extra tag needs
// registering. The words and decisions live in core/payment-actions.ts, the confirmation's fields
// in payment-action-form.ts; this holds the state and sends. Every decision about what is allowed
// stays with the engine; this only hides what cannot apply and shows the engine's refusal where it belongs.
// Somewhat over the ~400 lines a module aims for: the confirmations' state and the bookkeeping of
// sends still out after their confirmation closed (#sending, #unsettled) belong together.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  actionOutcome,
  actionRefusalPlace,
  PAYMENT_CHANGED_CODES,
  paymentActionRequest,
  sendPaymentAction,
  unconfirmedActionMessage,
  type PaymentActionFieldErrors,
  type PaymentActionKind,
  type PaymentActionRequest,
} from '../../core/payment-actions.js';
import type { Translate } from '../../core/i18n/translate.js';
import { refusalSentence } from '../../core/refusal-words.js';
import { AlisPaymentRefundedEvent, AlisPaymentRepresentedEvent, AlisPaymentReturnedEvent, AlisPaymentVoidedEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { KeyedSubmissionController, type SubmissionStep } from '../shared/keyed-submission.js';
import type { SessionController } from '../shared/session.js';
import { renderPaymentActions, type PaymentActionOutcome as Outcome } from './payment-action-form.js';
import { OnDemandController } from '../shared/on-demand.js';
import { onDemandModule } from '../shared/on-demand-element.js';
import { amountInputPart } from './on-demand-parts.js';
import { sayAll, wordsByKey, type Words } from './live-words.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { FeeOnRefund, Payment, ReturnCode } from '../../sdk/types.js';

export { domId } from './payment-action-form.js';

/**
 * The confirmation's fields and the amount field among them, loaded when an action is first opened
 * (hovering or focusing an action button prefetches them): most visits to the history only read it.
 */
const confirmationPart = onDemandModule(async () => {
  const [confirmation] = await Promise.all([import('./payment-action-confirmation.js'), amountInputPart.load()]);
  return confirmation;
});

/** The open confirmation: what the user typed, and how its submission went. */
interface Confirmation {
  paymentId: string;
  kind: PaymentActionKind;
  /**
   * The idempotency key of a confirmation closed while its outcome was unknown. While a
   * confirmation is open, its key is held by the KeyedSubmissionController.
   */
  key: string | null;
  reason: string;
  amountCents: number | null;
  code: ReturnCode | null;
  /** What to fix, by field, said in the words in force. */
  fieldErrors: Partial<Record<keyof PaymentActionFieldErrors, Words>>;
  /** The refusal or unknown outcome of the whole confirmation, said in the words in force. */
  error: Words | null;
  /** Where its submission is: `review` until confirmed, `submitting`/`checking` while sent, `unconfirmed` after an unknown outcome. */
  step: SubmissionStep;
  /** The request being sent. */
  request: PaymentActionRequest | null;
  /** Sent, outcome unknown: only this exact request may be sent again (with the same key). */
  unconfirmed: PaymentActionRequest | null;
}

/** One send of a confirmation, as it was when confirmed. */
interface Sending {
  c: Confirmation;
  payment: Payment;
  request: PaymentActionRequest;
  user: number;
}

const isBusy = (c: Confirmation): boolean => c.step === 'submitting' || c.step === 'checking';

/** What the controller needs from the element that shows the payments. */
export interface PaymentActionsOptions {
  /** The host's session: calls go through its `api`, so a removal or a change of user aborts what is in flight. */
  session: SessionController;
  /** BCP 47 locale for amounts. */
  locale: () => string | undefined;
  /** The host's words now (`this.t`), in the language in force. */
  t: () => Translate;
  /** The engine returned a new state of `payment` (and `created`, a payment that presents it again). */
  onChanged: (payment: Payment, created?: Payment) => void;
  /** Says `text` in the host's polite live region. */
  announce: (text: string) => void;
}

/**
 * Holds the one open confirmation of a payment action (and each payment's last outcome) for its
 * host element, renders the actions and their confirmations, and performs them through the SDK.
 */
export class PaymentActionsController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  /** Renders the open confirmation once its code is here, "Loading…" or a failed load before. */
  readonly #confirmationCode: OnDemandController;
  readonly #options: PaymentActionsOptions;
  #open: Confirmation | null = null;
  /** Each payment's last outcome, said in the words in force. */
  readonly #outcomes = new Map<string, { text: Words; tone: Outcome['tone'] }>();
  /**
   * Confirmations closed while their outcome was unknown, by payment. Their key must not be lost:
   * a refund that went through unseen and was then typed again with a new key would pay back
   * twice. Opening any action of that payment reopens this one, to be checked again first.
   */
  readonly #unsettled = new Map<string, Confirmation>();
  /** Whether refunds give the fee back (the community's setting), read once a refund is first opened. */
  #feeOnRefund: FeeOnRefund | null = null;
  /** Counts changes of user: work that started before one writes and announces nothing when it ends. */
  #user = 0;
  /**
   * What each send out there is about, by its idempotency key: its confirmation, the payment as it
   * was, the request and the user count. Cancel, another payment's action or a new filter may
   * replace the open confirmation while a send is out; its answer still belongs to its own.
   */
  readonly #sending = new Map<string, Sending>();
  /** The key an unsettled confirmation brings back when it is reopened; a fresh one otherwise. */
  #reopenedKey: string | null = null;
  /**
   * The open confirmation's submission: its key from opening to an answer or a refusal, one attempt
   * per confirm (no waiting retries: an unknown outcome is shown at once, with Check again).
   */
  readonly #keyed: KeyedSubmissionController<Payment>;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }, options: PaymentActionsOptions) {
    this.#host = host;
    this.#options = options;
    this.#confirmationCode = new OnDemandController(host, confirmationPart);
    this.#keyed = new KeyedSubmissionController<Payment>(host, {
      session: options.session,
      step: () => this.#open?.step ?? 'closed',
      setStep: (step, key) => this.#setStep(step, key),
      // Only outcomes are announced; sending is shown on the button.
      announce: (text) => {
        if (text) options.announce(text);
      },
      words: { submitting: '', checking: '', unconfirmed: '' },
      makeKey: () => {
        const key = this.#reopenedKey ?? createIdempotencyKey();
        this.#reopenedKey = null;
        return key;
      },
      send: (api, key) => {
        const sending = this.#sending.get(key);
        if (!sending) return Promise.reject(new Error('No payment action to send.'));
        return sendPaymentAction(api, sending.c.paymentId, sending.request, key);
      },
      onAnswered: (result, api, key) => this.#answered(api, result, key),
      onRefused: (error, key) => void this.#refused(error, key),
      delaysMs: [],
      // Each confirmation moves focus itself (into its fields, to the outcome, back to its button).
      focusStep: () => true,
    });
  }

  /** The payment whose confirmation is open, if any. */
  get openPaymentId(): string | null {
    return this.#open?.paymentId ?? null;
  }

  /**
   * Forgets any open confirmation and outcomes (e.g. when the list is loaded again with other
   * filters). A submission whose outcome is still unknown is kept, so its key is never lost.
   */
  reset(): void {
    if (this.#open?.unconfirmed) this.#unsettled.set(this.#open.paymentId, { ...this.#open, key: this.#keyed.key });
    this.#keyed.forget();
    this.#open = null;
    this.#outcomes.clear();
    this.#host.requestUpdate();
  }

  /**
   * Another user signed in (or out): the open confirmation with its typed reason and amount, the
   * outcomes, the requests whose outcome was never confirmed (with their idempotency keys) and the
   * fee setting read for the previous user are all dropped.
   */
  forgetUser(): void {
    this.#user += 1;
    this.#keyed.forget();
    this.#open = null;
    this.#outcomes.clear();
    this.#unsettled.clear();
    this.#sending.clear();
    this.#feeOnRefund = null;
    this.#host.requestUpdate();
  }

  /** The actions of `payment`, or its open confirmation, with the last outcome above them. */
  render(payment: Payment): TemplateResult {
    const open = this.#open?.paymentId === payment.id ? this.#open : null;
    const confirmation = confirmationPart.module;
    const t = this.#options.t();
    const outcome = this.#outcomes.get(payment.id);
    return renderPaymentActions(payment, {
      outcome: outcome ? { text: outcome.text(t), tone: outcome.tone } : undefined,
      unsettledKind: open ? undefined : this.#unsettled.get(payment.id)?.kind,
      open: (kind) => void this.open(payment, kind),
      prefetch: confirmationPart.prefetch,
      t,
      form: open
        ? this.#confirmationCode.render(
            () =>
              confirmation
                ? confirmation.renderPaymentActionForm(
                    payment,
                    { ...open, fieldErrors: sayAll(open.fieldErrors, t), error: open.error?.(t) ?? null, busy: isBusy(open), unconfirmed: open.unconfirmed !== null },
                    {
                      locale: this.#options.locale(),
                      t,
                      feeOnRefund: this.#feeOnRefund,
                      submit: (event) => void this.#onSubmit(event, payment),
                      cancel: () => void this.cancel(),
                      amountChanged: (amountCents) => this.#edit({ amountCents }, 'amount'),
                      codeChosen: (code) => this.#edit({ code }, 'code'),
                      reasonTyped: (reason) => this.#edit({ reason }, 'reason'),
                    },
                  )
                : html``,
            t.ctx('your …', 'confirmation'),
            { onClose: () => void this.cancel(), where: 'inside' },
            t,
          )
        : null,
    });
  }


  /**
   * Opens the confirmation of `kind` for `payment` with a fresh idempotency key, and moves focus
   * into it; or, when an earlier action of this payment was sent without a known outcome, reopens
   * that one (same request, same key) so it is checked again before anything else is done.
   */
  async open(payment: Payment, kind: PaymentActionKind): Promise<void> {
    // Focus moves into the confirmation as it opens: its code first, if not here yet (a failed load
    // opens it anyway, showing the failure with Try again). Once loaded, opening is synchronous.
    if (!confirmationPart.loaded) await confirmationPart.load().catch(() => undefined);
    const unsettled = this.#unsettled.get(payment.id);
    this.#unsettled.delete(payment.id);
    this.#open = unsettled ?? {
      paymentId: payment.id,
      kind,
      key: null,
      reason: '',
      amountCents: null,
      code: null,
      fieldErrors: {},
      error: null,
      step: 'review',
      request: null,
      unconfirmed: null,
    };
    this.#reopenedKey = unsettled?.key ?? null;
    this.#keyed.startReview();
    // Reopened to be checked again first: the same request, with the key it was sent with.
    if (unsettled) this.#open.step = 'unconfirmed';
    this.#outcomes.delete(payment.id);
    // Read each time a refund opens: the setting may have changed since the last one, and the
    // preview must say what the engine will do now.
    if (kind === 'refund' && payment.fee.amountCents > 0) void this.#loadFeePolicy();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const form = this.#form(payment.id);
    if (unsettled) form?.querySelector<HTMLElement>('[data-error], button[type="submit"]')?.focus();
    else form?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  /** Closes the open confirmation without doing anything; focus returns to the button that opened it. */
  async cancel(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const key = this.#keyed.key;
    this.#keyed.forget();
    this.#open = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (open.unconfirmed) {
      // The outcome was never confirmed: keep the request and its key for "Check again", and show
      // what the engine now says.
      this.#unsettled.set(open.paymentId, { ...open, key });
      await this.#reload(open.paymentId);
    }
    // Back to the button that opened it; if the payment changed meanwhile and no longer offers it, to the first action left.
    const actions = this.#actionsRoot(open.paymentId);
    (actions?.querySelector<HTMLElement>(`[data-action="${open.kind}"]`) ?? actions?.querySelector<HTMLElement>('button'))?.focus();
  }

  /** Reads whether refunds give the fee back from `GET /me` (every staff user may read it). */
  async #loadFeePolicy(): Promise<void> {
    const user = this.#user;
    try {
      const me = await this.#options.session.api?.session.me();
      if (me && user === this.#user) this.#feeOnRefund = me.community.feeOnRefund;
    } catch {
      // Without the setting the dialog says nothing about the fee; the outcome still does.
    }
    this.#host.requestUpdate();
  }

  #form(paymentId: string): HTMLFormElement | null {
    return this.#host.renderRoot.querySelector<HTMLFormElement>(`form[data-confirm-for="${CSS.escape(paymentId)}"]`);
  }

  #actionsRoot(paymentId: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[data-actions-for="${CSS.escape(paymentId)}"]`);
  }

  /** What was typed into the open confirmation; the error of the field it concerns goes. */
  #edit(change: Partial<Pick<Confirmation, 'amountCents' | 'code' | 'reason'>>, field: keyof PaymentActionFieldErrors): void {
    if (!this.#open) return;
    Object.assign(this.#open, change);
    this.#open.fieldErrors = { ...this.#open.fieldErrors, [field]: undefined };
    this.#host.requestUpdate();
  }

  /** The request the confirmation describes, or null after showing what to fix (focus moves to it). */
  #validate(payment: Payment, c: Confirmation): PaymentActionRequest | null {
    const input = this.#form(payment.id)?.querySelector<AlisAmountInput>('alis-amount-input');
    const amountValid = input === null || input === undefined || input.checkValidity();
    const typed = { kind: c.kind, reason: c.reason, amountCents: c.amountCents, amountValid, code: c.code };
    const built = paymentActionRequest(payment, typed, this.#options.locale());
    if ('request' in built) {
      c.fieldErrors = {};
      return built.request;
    }
    c.fieldErrors = wordsByKey((t) => {
      const again = paymentActionRequest(payment, typed, this.#options.locale(), t);
      return 'errors' in again ? again.errors : {};
    });
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#focusFirstError(payment.id, built.amountInvalid));
    return null;
  }

  #focusFirstError(paymentId: string, amountInvalid: boolean): void {
    const form = this.#form(paymentId);
    if (!form) return;
    const amount = form.querySelector<AlisAmountInput>('alis-amount-input');
    if (amount && (amountInvalid || this.#open?.fieldErrors.amount)) {
      // reportValidity shows the field's own message under it and focuses it.
      if (amount.reportValidity()) amount.focus();
      return;
    }
    if (this.#open?.fieldErrors.code) {
      form.querySelector<HTMLInputElement>('input[name="code"]')?.focus();
      return;
    }
    form.querySelector<HTMLElement>('textarea[aria-invalid="true"]')?.focus();
  }

  /**
   * A confirmation moves to `step`: the one sent under `key`, else the open one (review opening).
   * The submission's steps come from the KeyedSubmissionController.
   */
  #setStep(step: SubmissionStep, key?: string): void {
    const sending = key === undefined ? undefined : this.#sending.get(key);
    const c = sending?.c ?? this.#open;
    if (!c) return;
    c.step = step;
    if (step === 'submitting' || step === 'checking') c.error = null;
    if (step === 'unconfirmed') {
      // Keep the exact request: sending it again with the same key returns the first result instead of acting twice.
      c.unconfirmed = sending?.request ?? c.request;
      const kind = c.kind;
      c.error = (t) => unconfirmedActionMessage(kind, t);
      if (key !== undefined) this.#sending.delete(key);
      // Closed or replaced while it was out: kept with its key, so opening any action of the
      // payment brings it back to be checked again first.
      if (c !== this.#open && key !== undefined && sending?.user === this.#user) this.#unsettled.set(c.paymentId, { ...c, key });
      this.#options.announce(c.error(this.#options.t()));
    }
    this.#host.requestUpdate();
  }

  async #onSubmit(event: SubmitEvent, payment: Payment): Promise<void> {
    event.preventDefault();
    const c = this.#open;
    // The step leaves `review` before the first await, so a double click (two submits) acts once.
    if (!c || c.paymentId !== payment.id || isBusy(c) || !this.#options.session.api) return;
    const request = c.unconfirmed ?? this.#validate(payment, c);
    const key = this.#keyed.key;
    if (!request || key === null) return;
    c.request = request;
    this.#sending.set(key, { c, payment, request, user: this.#user });
    await (c.unconfirmed ? this.#keyed.checkAgain() : this.#keyed.submit());
  }

  /**
   * Shows what the action sent under `key` did, on its own payment, whether or not its
   * confirmation is still open; nothing when another user signed in meanwhile.
   */
  async #answered(client: AlisClient, result: Payment, key: string): Promise<void> {
    const sending = this.#sending.get(key);
    this.#sending.delete(key);
    if (!sending || sending.user !== this.#user) return;
    const { c, payment: before, request } = sending;
    const wasOpen = this.#open === c;
    if (this.#unsettled.get(before.id)?.key === key) this.#unsettled.delete(before.id);
    const text: Words = (t) => actionOutcome(request, before, result, this.#options.locale(), t);
    let updated = result;
    let created: Payment | undefined;
    let event: Event;
    switch (request.kind) {
      case 'void':
        event = new AlisPaymentVoidedEvent(result);
        break;
      case 'refund':
        event = new AlisPaymentRefundedEvent(result);
        break;
      case 'return':
        event = new AlisPaymentReturnedEvent(result);
        break;
      case 'represent':
        created = result;
        // The original's history now records the representment; without it the list keeps the old copy.
        updated = (await client.staff.payments.get(before.id).catch(() => undefined)) ?? before;
        // Another user signed in while the original was read: nothing of this is theirs to see.
        if (sending.user !== this.#user) return;
        event = new AlisPaymentRepresentedEvent(updated, result);
        break;
    }
    if (this.#open === c) this.#open = null;
    this.#outcomes.set(before.id, { text, tone: 'success' });
    this.#options.onChanged(updated, created);
    this.#options.announce(text(this.#options.t()));
    this.#host.dispatchEvent(event);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // Focus follows the outcome only from its own confirmation: never out of another one's form.
    if (wasOpen && this.#open === null) this.#actionsRoot(before.id)?.querySelector<HTMLElement>('[data-outcome]')?.focus();
  }

  /**
   * Shows a definite refusal where it belongs; the confirmation stays open with what was typed. A
   * confirmation closed meanwhile only has the refusal said (it changed nothing).
   */
  async #refused(error: unknown, key: string): Promise<void> {
    const sending = this.#sending.get(key);
    this.#sending.delete(key);
    // Another user signed in: this confirmation went with the previous user, say nothing of it.
    if (!sending || sending.user !== this.#user) return;
    const { c, user } = sending;
    if (this.#unsettled.get(c.paymentId)?.key === key) this.#unsettled.delete(c.paymentId);
    if (this.#open !== c) {
      const t = this.#options.t();
      this.#options.announce(isAlisApiError(error) ? refusalSentence(error, t) : t('Something went wrong; nothing was changed.'));
      return;
    }
    const client = this.#options.session.api;
    try {
      await this.#showRefusal(c, error, client, user);
    } finally {
      // A refusal changed nothing; a corrected request is a new operation with a new key.
      if (this.#open === c) this.#keyed.startReview();
    }
  }

  async #showRefusal(c: Confirmation, error: unknown, client: AlisClient | undefined, user: number): Promise<void> {
    // Refused definitely: nothing awaits confirmation any more.
    c.unconfirmed = null;
    const t = this.#options.t();
    if (!isAlisApiError(error)) {
      c.error = (t) => t('Something went wrong; nothing was changed. Please try again.');
      this.#options.announce(c.error(t));
      return;
    }
    const kind = c.kind;
    const place = actionRefusalPlace(kind, error, t);
    const message: Words = (t) => actionRefusalPlace(kind, error, t).message;
    if ('field' in place) c.fieldErrors = { ...c.fieldErrors, [place.field]: message };
    else c.error = message;
    this.#options.announce(refusalSentence(error, t));
    if (PAYMENT_CHANGED_CODES.has(error.code)) {
      // The payment changed elsewhere: show its current state (the confirmation stays, with the refusal).
      await this.#reload(c.paymentId, client);
      if (user !== this.#user) return;
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#focusFirstError(c.paymentId, false);
  }

  async #reload(paymentId: string, client = this.#options.session.api): Promise<void> {
    const user = this.#user;
    const fresh = await client?.staff.payments.get(paymentId).catch(() => undefined);
    if (fresh && user === this.#user) this.#options.onChanged(fresh);
  }
}
