// Depositing the selected payments: the confirmation (exactly what will be deposited), sending it
// with one idempotency key, and the deposit just made. A controller and render functions rather
// than an element of its own, so Undeposited Payments keeps one shadow root (its ids and styles).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatMoney } from '../../core/format.js';
import { english, type Translate } from '../../core/i18n/translate.js';
import { depositCreatedMessage, depositProblem, depositUnconfirmedSentence, formatTotals, type DepositProblem } from '../../core/undeposited.js';
import { KeyedSubmissionController } from '../shared/keyed-submission.js';
import { renderUnbroken } from '../shared/unbroken.js';
import type { SessionController } from '../shared/session.js';
import type { Deposit, Payment } from '../../sdk/types.js';

/** Stands for the total in the confirmation's sentence, where the bold total goes. */
const TOTAL_MARK = '\u0000';

/** An open confirmation: exactly what will be deposited, and what the engine said of it. */
interface DepositConfirmation {
  payments: Payment[];
  /** What the last attempt's failure says, in the words in force when shown; null until an attempt fails. */
  problem: ((t: Translate) => DepositProblem) | null;
  /** The refusal says the list is out of date (someone else deposited or voided a payment). */
  stale: boolean;
}

/** What the controller needs from Undeposited Payments. */
export interface DepositOptions {
  session: SessionController;
  locale: () => string | undefined;
  /** The host's words now (`this.t`), in the language in force. */
  t: () => Translate;
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
      // Read when said, so it is in the language in force then.
      words: {
        get submitting() {
          const t = options.t();
          return t('Depositing…');
        },
        checking: '',
        unconfirmed: '',
      },
      send: (api, key) => api.staff.deposits.create({ paymentIds: this.#paymentIds() }, { idempotencyKey: key }),
      onAnswered: (deposit) => this.#finish(deposit),
      onRefused: (error) => {
        const paymentIds = this.#paymentIds();
        this.#showProblem((t) => depositProblem(error, paymentIds, t));
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
    this.#confirmation = { payments, problem: null, stale: false };
    this.#submission.startReview();
    this.#options.announce('');
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  /** The confirmation, or the deposit just made above the list (`list` otherwise). */
  render(currency: string, timeZoneMoment: (iso: string) => string, list: () => TemplateResult): TemplateResult {
    const locale = this.#options.locale();
    const t = this.#options.t();
    if (this.#confirmation) return this.#renderConfirmation(this.#confirmation, currency, locale, t);
    return html`${this.#created ? renderCreated(this.#created, timeZoneMoment, locale, () => void this.#dismissCreated(), t) : nothing} ${list()}`;
  }

  #paymentIds(): string[] {
    return this.#confirmation?.payments.map((p) => p.id) ?? [];
  }

  #setStep(step: string): void {
    const confirmation = this.#confirmation;
    if (!confirmation) return;
    this.#busy = step === 'submitting';
    if (step === 'submitting') this.#confirmation = { ...confirmation, problem: null };
    // Removed mid-send, or no answer: whether it was made is unknown until asked again with the same key.
    if (step === 'unconfirmed') this.#showProblem((t) => ({ problem: depositUnconfirmedSentence(t), paymentProblems: {}, stale: false }));
    this.#host.requestUpdate();
  }

  #showProblem(problem: (t: Translate) => DepositProblem): void {
    if (!this.#confirmation) return;
    this.#confirmation = { ...this.#confirmation, problem, stale: problem(english).stale };
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
    this.#options.announce(depositCreatedMessage(deposit, this.#options.locale(), this.#options.t()));
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

  #renderConfirmation(confirmation: DepositConfirmation, currency: string, locale: string | undefined, t: Translate): TemplateResult {
    const count = confirmation.payments.length;
    const total = formatTotals(confirmation.payments, currency, locale);
    // The sentence is translated whole; the total, in bold, goes where the language puts it.
    const sentence = t.plural(
      count,
      {
        one: 'This payment will be recorded as one deposit of {total}. A payment belongs to one deposit only, and a deposit cannot be undone here.',
        other: 'These {count} payments will be recorded as one deposit of {total}. A payment belongs to one deposit only, and a deposit cannot be undone here.',
      },
      { total: TOTAL_MARK },
    );
    const [before = '', after = ''] = sentence.split(TOTAL_MARK);
    const problem = confirmation.problem?.(t);
    return html`
      <div class="panel" part="confirmation" role="group" aria-labelledby="confirm-heading" data-confirmation>
        <h4 id="confirm-heading" tabindex="-1">${t.plural(count, { one: 'Deposit {count} payment?', other: 'Deposit {count} payments?' })}</h4>
        <p>${before}<strong data-confirm-total>${total}</strong>${after}</p>
        <ul class="confirm-list" aria-label=${t('Payments in this deposit')}>
          ${confirmation.payments.map(
            (payment) => html`
              <li data-payment-id=${payment.id}>
                <span>${renderUnbroken(`${payment.reference} · ${payment.payer.name} · ${payment.method.label}`)}</span>
                <span class="amount">${formatMoney(payment.totalCharged, locale)}</span>
                ${problem?.paymentProblems[payment.id] ? html`<span class="field-error">${problem.paymentProblems[payment.id]}</span>` : nothing}
              </li>
            `,
          )}
        </ul>
        ${problem?.problem ? html`<p class="problem" role="alert" data-problem>${renderUnbroken(problem.problem)}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-deposit" @click=${() => void this.#close()}>
            ${confirmation.stale ? t('Back to the updated list') : t('Cancel')}
          </button>
          ${confirmation.stale
            ? nothing
            : html`<button type="button" class="primary" data-action="confirm-deposit" aria-disabled=${this.#busy ? 'true' : 'false'} @click=${() => void this.#confirm()}>
                ${this.#busy ? t('Depositing…') : t('Deposit {total}', { total })}
              </button>`}
        </div>
      </div>
    `;
  }
}

/** The deposit just made, above the list until dismissed. */
function renderCreated(deposit: Deposit, moment: (iso: string) => string, locale: string | undefined, dismiss: () => void, t: Translate): TemplateResult {
  return html`
    <div class="panel" part="created" data-tone="success" role="group" aria-labelledby="created-heading" data-created=${deposit.id}>
      <h4 id="created-heading" tabindex="-1">${renderUnbroken(t('Deposit {reference} created', { reference: deposit.reference }))}</h4>
      <dl class="facts">
        <div><dt>${t('Reference')}</dt><dd>${deposit.reference}</dd></div>
        <div><dt>${t('Date')}</dt><dd><time datetime=${deposit.createdAt}>${moment(deposit.createdAt)}</time></dd></div>
        <div><dt>${t('Payments')}</dt><dd>${deposit.paymentCount}</dd></div>
        <div><dt>${t('Total')}</dt><dd>${formatMoney(deposit.total, locale)}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" data-action="dismiss-created" @click=${dismiss}>${t('Dismiss')}</button>
      </div>
    </div>
  `;
}
