// Depositing the selected payments: the confirmation (exactly what will be deposited), sending it
// with one idempotency key, and the deposit just made. A controller and render functions rather
// than an element of its own, so Undeposited Payments keeps one shadow root (its ids and styles).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/format.js';
import { depositCreatedMessage, depositProblem, depositUnconfirmedMessage, formatTotals, type DepositProblem } from '../../core/undeposited.js';
import { KeyedSubmissionController } from '../shared/keyed-submission.js';
import type { SessionController } from '../shared/session.js';
import type { Deposit, Payment } from '../../sdk/types.js';

/** An open confirmation: exactly what will be deposited, and what the engine said of it. */
interface DepositConfirmation extends DepositProblem {
  payments: Payment[];
  /** The problem is empty until an attempt fails. */
  problem: string;
}

/** What the controller needs from Undeposited Payments. */
export interface DepositOptions {
  session: SessionController;
  locale: () => string | undefined;
  /** Puts `text` in the host's live region. */
  announce: (text: string) => void;
  /** The deposit was made: the host drops its payments from the list and the selection. */
  onDeposited: (deposit: Deposit) => void;
  /** The list is out of date: the host loads it again before showing it. */
  refresh: () => Promise<void>;
}

/**
 * The open deposit confirmation and the deposit just made, for Undeposited Payments. Every attempt
 * of one confirmation carries the key made when it opened: a double click, a retry after an unknown
 * outcome or after a refusal deposits at most once.
 */
export class DepositController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #options: DepositOptions;
  #confirmation: DepositConfirmation | null = null;
  #busy = false;
  #created: Deposit | null = null;
  /**
   * The confirmation's key and sending: one attempt per click (an unknown outcome is said at once,
   * and the next click asks again with the same key), the key kept after a refusal too, since the
   * same payments make the same deposit.
   */
  readonly #submission: KeyedSubmissionController<Deposit>;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }, options: DepositOptions) {
    this.#host = host;
    this.#options = options;
    this.#submission = new KeyedSubmissionController<Deposit>(host, {
      session: options.session,
      // An unknown outcome goes back to review: the next click sends again, with the same key.
      step: () => (this.#confirmation ? (this.#busy ? 'submitting' : 'review') : 'closed'),
      setStep: (step) => this.#setStep(step),
      announce: (text) => options.announce(text),
      // The problem renders as an alert, which announces it; the live region would say it twice.
      words: { submitting: 'Depositing…', checking: '', unconfirmed: '' },
      send: (api, key) => api.staff.deposits.create({ paymentIds: this.#paymentIds() }, { idempotencyKey: key }),
      onAnswered: (deposit) => this.#finish(deposit),
      onRefused: (error) => {
        this.#showProblem(depositProblem(error, this.#paymentIds()));
        // The same payments are the same deposit: the key stays for the next attempt.
        this.#submission.reviewAgain();
      },
      delaysMs: [],
      focusStep: () => true,
    });
  }

  /** Whether a confirmation is open (the list is hidden meanwhile). */
  get isOpen(): boolean {
    return this.#confirmation !== null;
  }

  /** Another user signed in (or out): no open confirmation, key or deposit just made stays. */
  forgetUser(): void {
    this.#confirmation = null;
    this.#busy = false;
    this.#created = null;
    this.#submission.forget();
  }

  /** Opens the confirmation of `payments` with a new key, and moves focus to its heading. */
  async open(payments: Payment[]): Promise<void> {
    if (payments.length === 0) return;
    this.#created = null;
    this.#confirmation = { payments, problem: '', paymentProblems: {}, stale: false };
    this.#submission.startReview();
    this.#options.announce('');
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  /** The confirmation, or the deposit just made above the list (`list` otherwise). */
  render(currency: string, timeZoneMoment: (iso: string) => string, list: () => TemplateResult): TemplateResult {
    const locale = this.#options.locale();
    if (this.#confirmation) return this.#renderConfirmation(this.#confirmation, currency, locale);
    return html`${this.#created ? renderCreated(this.#created, timeZoneMoment, locale, () => void this.#dismissCreated()) : nothing} ${list()}`;
  }

  #paymentIds(): string[] {
    return this.#confirmation?.payments.map((p) => p.id) ?? [];
  }

  #setStep(step: string): void {
    const confirmation = this.#confirmation;
    if (!confirmation) return;
    this.#busy = step === 'submitting';
    if (step === 'submitting') this.#confirmation = { ...confirmation, problem: '', paymentProblems: {} };
    // Removed mid-send, or no answer: whether it was made is unknown until asked again with the same key.
    if (step === 'unconfirmed') this.#showProblem({ problem: depositUnconfirmedMessage, paymentProblems: {}, stale: false });
    this.#host.requestUpdate();
  }

  #showProblem(problem: DepositProblem): void {
    if (!this.#confirmation) return;
    this.#confirmation = { ...this.#confirmation, ...problem };
    this.#busy = false;
    this.#options.announce('');
    this.#host.requestUpdate();
  }

  async #confirm(): Promise<void> {
    // The step leaves review before the first await, so a second click finds it busy and does nothing.
    if (!this.#confirmation || this.#busy || this.#confirmation.stale) return;
    await this.#submission.submit();
  }

  async #close(): Promise<void> {
    // Someone else changed these payments: load the engine's list as it is now before showing it.
    if (this.#confirmation?.stale) await this.#options.refresh();
    this.#confirmation = null;
    this.#submission.forget();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    (root.querySelector<HTMLElement>('button[data-action="deposit"]:not(:disabled)') ?? root.querySelector<HTMLElement>('#undeposited-heading'))?.focus();
  }

  async #finish(deposit: Deposit): Promise<void> {
    this.#confirmation = null;
    this.#busy = false;
    this.#created = deposit;
    this.#options.announce(depositCreatedMessage(deposit, this.#options.locale()));
    this.#options.onDeposited(deposit);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#created-heading')?.focus();
    // Anything that changed meanwhile (new payments, someone else's deposit) shows too.
    void this.#options.refresh();
  }

  async #dismissCreated(): Promise<void> {
    this.#created = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#undeposited-heading')?.focus();
  }

  #renderConfirmation(confirmation: DepositConfirmation, currency: string, locale: string | undefined): TemplateResult {
    const count = confirmation.payments.length;
    const total = formatTotals(confirmation.payments, currency, locale);
    const noun = count === 1 ? 'payment' : 'payments';
    return html`
      <div class="panel" part="confirmation" role="group" aria-labelledby="confirm-heading" data-confirmation>
        <h4 id="confirm-heading" tabindex="-1">Deposit ${count} ${noun}?</h4>
        <p>
          These ${count} ${noun} will be recorded as one deposit of <strong data-confirm-total>${total}</strong>. A payment belongs to
          one deposit only, and a deposit cannot be undone here.
        </p>
        <ul class="confirm-list" aria-label="Payments in this deposit">
          ${confirmation.payments.map(
            (payment) => html`
              <li data-payment-id=${payment.id}>
                <span>${payment.reference} · ${payment.payer.name} · ${payment.method.label}</span>
                <span class="amount">${formatMoney(payment.totalCharged, locale)}</span>
                ${confirmation.paymentProblems[payment.id] ? html`<span class="field-error">${confirmation.paymentProblems[payment.id]}</span>` : nothing}
              </li>
            `,
          )}
        </ul>
        ${confirmation.problem ? html`<p class="problem" role="alert" data-problem>${confirmation.problem}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-deposit" @click=${() => void this.#close()}>${confirmation.stale ? 'Back to the updated list' : 'Cancel'}</button>
          ${confirmation.stale
            ? nothing
            : html`<button type="button" class="primary" data-action="confirm-deposit" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#confirm()}>
                ${this.#busy ? 'Depositing…' : `Deposit ${total}`}
              </button>`}
        </div>
      </div>
    `;
  }
}

/** The deposit just made, above the list until dismissed. */
function renderCreated(deposit: Deposit, moment: (iso: string) => string, locale: string | undefined, dismiss: () => void): TemplateResult {
  return html`
    <div class="panel" part="created" data-tone="success" role="group" aria-labelledby="created-heading" data-created=${deposit.id}>
      <h4 id="created-heading" tabindex="-1">Deposit ${deposit.reference} created</h4>
      <dl class="facts">
        <div><dt>Reference</dt><dd>${deposit.reference}</dd></div>
        <div><dt>Date</dt><dd><time datetime=${deposit.createdAt}>${moment(deposit.createdAt)}</time></dd></div>
        <div><dt>Payments</dt><dd>${deposit.paymentCount}</dd></div>
        <div><dt>Total</dt><dd>${formatMoney(deposit.total, locale)}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" data-action="dismiss-created" @click=${dismiss}>Dismiss</button>
      </div>
    </div>
  `;
}
