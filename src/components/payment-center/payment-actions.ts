// What the billing team can do to one payment — void, refund, record a bank return, present it
// again — each behind an in-place confirmation that asks for a reason (and an amount or a return
// code where they matter). A controller and templates rather than an element of its own, so the
// history panel keeps a single shadow root (ARIA references stay inside it) and no extra tag needs
// registering. Every decision about what is allowed stays with the engine; this only hides what
// cannot apply and shows the engine's refusal where it belongs.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney } from '../../core/format.js';
import { previewRefundFee, refundFeeSentence } from '../../core/fee-words.js';
import { paymentStatusLabels } from '../shared/receipt.js';
import { AlisPaymentRefundedEvent, AlisPaymentRepresentedEvent, AlisPaymentReturnedEvent, AlisPaymentVoidedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { isTransientRefusal } from '../../core/confirm-submission.js';
import { ElementRemovedError, UserChangedError } from '../shared/session.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { FeeOnRefund, Money, Payment, ReturnCode } from '../../sdk/types.js';

/** One of the billing team's actions on a payment. */
export type PaymentActionKind = 'void' | 'refund' | 'return' | 'represent';

/** A Nacha return code with its meaning and what it does to the payer's bank account. */
export interface ReturnCodeInfo {
  code: ReturnCode;
  meaning: string;
  /** May be presented again (R01, R09); every other code blocks the account. */
  representable: boolean;
}

/** The return codes the engine accepts, in the order the bank lists them. */
export const RETURN_CODES: readonly ReturnCodeInfo[] = [
  { code: 'R01', meaning: 'Insufficient funds', representable: true },
  { code: 'R02', meaning: 'Account closed', representable: false },
  { code: 'R03', meaning: 'No account / unable to locate account', representable: false },
  { code: 'R04', meaning: 'Invalid account number', representable: false },
  { code: 'R07', meaning: 'Authorization revoked by customer', representable: false },
  { code: 'R09', meaning: 'Uncollected funds', representable: true },
  { code: 'R10', meaning: 'Customer advises not authorized', representable: false },
  { code: 'R29', meaning: 'Corporate customer advises not authorized', representable: false },
];

/** The most presentments of one debit (the first and two more). */
const MAX_PRESENTMENTS = 3;

/** What a return code means for the payer's account, in one sentence. */
export function returnCodeConsequence(info: ReturnCodeInfo): string {
  return info.representable
    ? `May be presented again (at most ${MAX_PRESENTMENTS} presentments in all).`
    : 'Blocks this bank account until the payer replaces or re-authorizes it.';
}

/** What can still be refunded: the amount applied less every refund so far (any fee share goes back on top, per the settings). */
export function refundable(payment: Payment): Money {
  return { amountCents: payment.amount.amountCents - payment.refundedTotal.amountCents, currency: payment.amount.currency };
}

/** The reference of the payment that presented this returned one again, if it was. */
export function presentedAgainAs(payment: Payment): string | null {
  const entry = payment.history.find((h) => h.action === 'represented');
  return entry ? (entry.detail ?? 'a new payment') : null;
}

/**
 * The actions worth offering for `payment`. The engine has the last word (it refuses with
 * `already_deposited`, `invalid_state`, `not_representable`…); this only leaves out what cannot
 * apply, so nobody is offered a void of a deposited payment.
 */
export function availableActions(payment: Payment): PaymentActionKind[] {
  const live = payment.status === 'pending' || payment.status === 'succeeded';
  const actions: PaymentActionKind[] = [];
  if (live && payment.depositId === null) actions.push('void');
  if ((payment.status === 'succeeded' || payment.status === 'partially_refunded') && refundable(payment).amountCents > 0) actions.push('refund');
  if (live && payment.method.type === 'bank_account') actions.push('return');
  if (payment.status === 'returned' && payment.return?.representable && presentedAgainAs(payment) === null) actions.push('represent');
  return actions;
}

/** Why nothing (more) can be done with a payment, or '' when something can. */
function whyNoActions(payment: Payment): string {
  switch (payment.status) {
    case 'voided':
      return 'This payment was voided; nothing more can be done with it.';
    case 'failed':
      return 'This payment failed, so nothing was collected.';
    case 'refunded':
      return 'This payment was refunded in full.';
    case 'returned': {
      const again = presentedAgainAs(payment);
      if (again) return `The bank returned this payment; it was presented again as ${again}.`;
      const ret = payment.return;
      if (!ret) return 'The bank returned this payment.';
      if (ret.code === 'R01' || ret.code === 'R09') {
        return `The bank returned this payment (${ret.code}) after ${ret.presentmentCount} presentments, the most allowed.`;
      }
      return `The bank returned this payment with ${ret.code} (${ret.description}); it cannot be presented again.`;
    }
    default:
      return '';
  }
}

/** An id that is safe in `id` and ARIA references, whatever the server's ids look like. */
export const domId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** "invoice INV-1" / "invoices INV-1 and INV-2" / "invoices INV-1, INV-2 and INV-3". */
function invoiceList(numbers: string[]): string {
  if (numbers.length === 1) return `invoice ${numbers[0]}`;
  return `invoices ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** What a whole reversal (void, return) does to the invoices, e.g. "invoice INV-… reopens by $27.31". */
function reopenSentence(payment: Payment, locale: string | undefined, tense: 'future' | 'past'): string {
  // Credit the billing office applied since counts like an allocation; what is still held is taken back.
  const settled = [...payment.allocations, ...payment.creditApplications];
  const numbers = [...new Set(settled.map((a) => a.invoiceNumber))];
  const applied = settled.reduce((sum, a) => sum + a.amount.amountCents, 0);
  // A void or return takes the whole payment back (it was never refunded): what its credit did not pay.
  const credit = Math.max(payment.unapplied.amountCents - payment.creditApplications.reduce((sum, a) => sum + a.amount.amountCents, 0), 0);
  const parts: string[] = [];
  if (numbers.length > 0) {
    const verb = tense === 'future' ? (numbers.length === 1 ? 'reopens' : 'reopen') : 'reopened';
    const amount = formatMoney({ amountCents: applied, currency: payment.amount.currency }, locale);
    parts.push(`${invoiceList(numbers)} ${verb} by ${amount}${numbers.length > 1 ? ' in all' : ''}`);
  }
  if (credit > 0) parts.push(`${tense === 'future' ? 'the' : 'its'} ${formatMoney({ amountCents: credit, currency: payment.amount.currency }, locale)} of unapplied credit ${tense === 'future' ? 'is' : 'was'} taken back`);
  if (parts.length === 0) return tense === 'future' ? 'nothing was applied to invoices' : 'no invoice changed';
  return parts.join(', and ');
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A request as it was sent, so an unconfirmed one can be sent again exactly, with the same key. */
type ActionRequest =
  | { kind: 'void'; reason: string }
  | { kind: 'refund'; amountCents: number; currency: string; reason: string }
  | { kind: 'return'; code: ReturnCode; reason: string }
  | { kind: 'represent' };

/** The open confirmation: what the user typed, and how its submission went. */
interface Confirmation {
  paymentId: string;
  kind: PaymentActionKind;
  /** Made when the confirmation opened; every attempt of this submission carries it. */
  key: string;
  reason: string;
  amountCents: number | null;
  code: ReturnCode | null;
  fieldErrors: { reason?: string; amount?: string; code?: string };
  error: string | null;
  busy: boolean;
  /** Sent, outcome unknown: only this exact request may be sent again (with the same key). */
  unconfirmed: ActionRequest | null;
}

/** The outcome last shown under a payment's actions. */
interface Outcome {
  text: string;
  tone: 'success' | 'danger';
}

/** What the controller needs from the element that shows the payments. */
export interface PaymentActionsOptions {
  /** The SDK client to call: the host's session `api`, so a removal or a change of user aborts what is in flight. */
  client: () => AlisClient | undefined;
  /** BCP 47 locale for amounts. */
  locale: () => string | undefined;
  /** The engine returned a new state of `payment` (and `created`, a payment that presents it again). */
  onChanged: (payment: Payment, created?: Payment) => void;
  /** Says `text` in the host's polite live region. */
  announce: (text: string) => void;
}

const actionLabels: Record<PaymentActionKind, string> = {
  void: 'Void',
  refund: 'Refund',
  return: 'Record bank return',
  represent: 'Present again',
};

/**
 * Holds the one open confirmation of a payment action (and each payment's last outcome) for its
 * host element, renders the actions and their confirmations, and performs them through the SDK.
 */
export class PaymentActionsController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #options: PaymentActionsOptions;
  #open: Confirmation | null = null;
  readonly #outcomes = new Map<string, Outcome>();
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

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }, options: PaymentActionsOptions) {
    this.#host = host;
    this.#options = options;
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
    if (this.#open?.unconfirmed) this.#unsettled.set(this.#open.paymentId, this.#open);
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
    this.#open = null;
    this.#outcomes.clear();
    this.#unsettled.clear();
    this.#feeOnRefund = null;
    this.#host.requestUpdate();
  }

  /** The actions of `payment`, or its open confirmation, with the last outcome above them. */
  render(payment: Payment): TemplateResult {
    const outcome = this.#outcomes.get(payment.id);
    const open = this.#open?.paymentId === payment.id ? this.#open : null;
    const actions = availableActions(payment);
    const why = whyNoActions(payment);
    const deposited = payment.depositId !== null && actions.includes('refund');
    const unsettled = open ? undefined : this.#unsettled.get(payment.id);
    return html`
      <div class="payment-actions" data-actions-for=${payment.id}>
        ${outcome
          ? html`<p class=${outcome.tone === 'success' ? 'confirmation' : 'problem'} data-outcome tabindex="-1">${outcome.text}</p>`
          : nothing}
        ${unsettled
          ? html`<p class="problem" data-unsettled>
              The ${actionLabels[unsettled.kind].toLowerCase()} of this payment was sent but not confirmed. Open any action to check it again first.
            </p>`
          : nothing}
        ${open
          ? this.#renderConfirmation(payment, open)
          : html`
              ${deposited ? html`<p class="muted">Already deposited, so it can be refunded but no longer voided.</p>` : nothing}
              ${actions.length > 0
                ? html`<div class="actions">
                    ${actions.map(
                      (kind) => html`<button type="button" data-action=${kind} @click=${() => this.open(payment, kind)}>
                        ${actionLabels[kind]}<span class="visually-hidden"> payment ${payment.reference}</span>
                      </button>`,
                    )}
                  </div>`
                : why
                  ? html`<p class="muted">${why}</p>`
                  : nothing}
            `}
      </div>
    `;
  }

  /**
   * Opens the confirmation of `kind` for `payment` with a fresh idempotency key, and moves focus
   * into it; or, when an earlier action of this payment was sent without a known outcome, reopens
   * that one (same request, same key) so it is checked again before anything else is done.
   */
  async open(payment: Payment, kind: PaymentActionKind): Promise<void> {
    const unsettled = this.#unsettled.get(payment.id);
    this.#unsettled.delete(payment.id);
    this.#open = unsettled ? { ...unsettled, busy: false } : {
      paymentId: payment.id,
      kind,
      key: createIdempotencyKey(),
      reason: '',
      amountCents: null,
      code: null,
      fieldErrors: {},
      error: null,
      busy: false,
      unconfirmed: null,
    };
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
    this.#open = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (open.unconfirmed) {
      // The outcome was never confirmed: keep the request and its key for "Check again", and show
      // what the engine now says.
      this.#unsettled.set(open.paymentId, open);
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
      const me = await this.#options.client()?.session.me();
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

  #title(payment: Payment, kind: PaymentActionKind): string {
    switch (kind) {
      case 'void':
        return `Void payment ${payment.reference}?`;
      case 'refund':
        return `Refund payment ${payment.reference}`;
      case 'return':
        return `Record a bank return on ${payment.reference}`;
      case 'represent':
        return `Present ${payment.reference} again?`;
    }
  }

  #effect(payment: Payment, kind: PaymentActionKind): string {
    const locale = this.#options.locale();
    switch (kind) {
      case 'void':
        return `${payment.payer.name}’s payment of ${formatMoney(payment.totalCharged, locale)} by ${payment.method.label} will not be collected, and ${reopenSentence(payment, locale, 'future')}.`;
      case 'refund':
        return `The refund goes back to ${payment.method.label}. The invoices this payment settled reopen by the amount refunded (unapplied credit is taken back first, then the most recent invoice).`;
      case 'return':
        return `${payment.reference} becomes Returned and ${reopenSentence(payment, locale, 'future')}.`;
      case 'represent': {
        const count = payment.return?.presentmentCount ?? 1;
        return `A new debit of ${formatMoney(payment.totalCharged, locale)} from ${payment.method.label} is created for the same invoices (presentment ${count + 1} of ${MAX_PRESENTMENTS}). It is processing until the bank settles it.`;
      }
    }
  }

  #renderConfirmation(payment: Payment, c: Confirmation): TemplateResult {
    const titleId = domId('confirm-title', payment.id);
    const unconfirmed = c.unconfirmed !== null;
    const locale = this.#options.locale();
    let confirmLabel = actionLabels[c.kind];
    if (c.kind === 'void') confirmLabel = 'Void payment';
    if (c.kind === 'refund' && c.amountCents !== null && c.amountCents > 0) {
      confirmLabel = `Refund ${formatMoney({ amountCents: c.amountCents, currency: payment.amount.currency }, locale)}`;
    }
    if (c.kind === 'return') confirmLabel = 'Record return';
    if (c.busy) confirmLabel = 'Working…';
    else if (unconfirmed) confirmLabel = 'Check again';
    return html`
      <form
        class="panel confirm"
        data-confirm-for=${payment.id}
        data-kind=${c.kind}
        aria-labelledby=${titleId}
        aria-busy=${c.busy ? 'true' : 'false'}
        novalidate
        @submit=${(event: SubmitEvent) => this.#onSubmit(event, payment)}
      >
        <p class="confirm-title" id=${titleId}>${this.#title(payment, c.kind)}</p>
        <p>${this.#effect(payment, c.kind)}</p>
        ${c.error ? html`<p class="problem" role="alert" data-error>${c.error}</p>` : nothing}
        ${c.kind === 'represent'
          ? nothing
          : html`<fieldset class="fields" ?disabled=${unconfirmed}>
              <legend class="visually-hidden">${this.#title(payment, c.kind)}</legend>
              ${c.kind === 'refund' ? this.#renderAmount(payment, c) : nothing}
              ${c.kind === 'return' ? this.#renderCodes(payment, c) : nothing}
              ${this.#renderReason(payment, c)}
            </fieldset>`}
        <div class="actions">
          <button type="button" data-action="cancel" ?data-autofocus=${c.kind === 'represent'} @click=${() => this.cancel()}>
            ${c.kind === 'void' ? 'Keep payment' : 'Cancel'}
          </button>
          <button type="submit" class=${c.kind === 'represent' ? 'primary' : 'danger'} data-action="confirm" aria-disabled=${c.busy ? 'true' : 'false'}>
            ${confirmLabel}
          </button>
        </div>
      </form>
    `;
  }

  #renderAmount(payment: Payment, c: Confirmation): TemplateResult {
    const locale = this.#options.locale();
    const most = refundable(payment);
    const already = payment.refundedTotal.amountCents > 0 ? ` ${formatMoney(payment.refundedTotal, locale)} was refunded already.` : '';
    return html`
      <alis-amount-input
        data-autofocus
        .name=${'amountCents'}
        .label=${'Amount to refund'}
        .hint=${`Up to ${formatMoney(most, locale)} of ${formatMoney(payment.amount, locale)} can still be refunded.${already}`}
        .currency=${payment.amount.currency}
        .locale=${locale}
        .max=${most.amountCents}
        .maxMessage=${'At most {max} can still be refunded.'}
        .valueCents=${c.amountCents}
        .errorText=${c.fieldErrors.amount ?? null}
        @input=${(event: Event) => this.#onAmount(event)}
      ></alis-amount-input>
      ${this.#renderRefundFee(payment, c)}
    `;
  }

  /** What this refund does with the convenience fee, as the community's setting decides it. */
  #renderRefundFee(payment: Payment, c: Confirmation): TemplateResult | typeof nothing {
    if (payment.fee.amountCents === 0) return nothing;
    const locale = this.#options.locale();
    const policy = this.#feeOnRefund;
    let text: string;
    if (policy === null) text = 'Checking whether refunds give the convenience fee back…';
    else {
      const earlier = payment.refunds.map((r) => ({ amountCents: r.amount.amountCents, feeCents: r.fee.amountCents }));
      const amount = c.amountCents ?? refundable(payment).amountCents;
      const share = previewRefundFee(policy, { amountCents: payment.amount.amountCents, feeCents: payment.fee.amountCents, refunds: earlier }, amount);
      text = refundFeeSentence(payment.fee.amountCents, share, payment.fee.currency, locale) ?? '';
    }
    return html`<p class="muted" data-refund-fee aria-live="polite">${text}</p>`;
  }

  #renderCodes(payment: Payment, c: Confirmation): TemplateResult {
    const errorId = domId('code-error', payment.id);
    return html`
      <fieldset class="codes" aria-describedby=${c.fieldErrors.code ? errorId : nothing}>
        <legend>Return code the bank gave</legend>
        ${RETURN_CODES.map(
          (info, index) => html`
            <label class="code" data-code=${info.code}>
              <input
                type="radio"
                name="code"
                .value=${info.code}
                .checked=${c.code === info.code}
                ?data-autofocus=${index === 0}
                @change=${() => this.#onCode(info.code)}
              />
              <span>
                <span class="code-name"><strong>${info.code}</strong> ${info.meaning}</span>
                <span class="muted code-effect">${returnCodeConsequence(info)}</span>
              </span>
            </label>
          `,
        )}
        ${c.fieldErrors.code ? html`<p class="field-error" id=${errorId}>${c.fieldErrors.code}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderReason(payment: Payment, c: Confirmation): TemplateResult {
    const id = domId('reason', payment.id);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    return html`
      <div class="field">
        <label for=${id}>Reason (required)</label>
        <p class="muted hint" id=${hintId}>Kept in the payment’s audit trail with your name.</p>
        <textarea
          id=${id}
          name="reason"
          rows="2"
          maxlength="500"
          required
          ?data-autofocus=${c.kind === 'void'}
          aria-invalid=${c.fieldErrors.reason ? 'true' : 'false'}
          aria-describedby=${c.fieldErrors.reason ? `${hintId} ${errorId}` : hintId}
          .value=${live(c.reason)}
          @input=${(event: Event) => this.#onReason(event)}
        ></textarea>
        ${c.fieldErrors.reason ? html`<p class="field-error" id=${errorId}>${c.fieldErrors.reason}</p>` : nothing}
      </div>
    `;
  }

  #onAmount(event: Event): void {
    if (!this.#open) return;
    this.#open.amountCents = (event.currentTarget as AlisAmountInput).valueCents;
    delete this.#open.fieldErrors.amount;
    this.#host.requestUpdate();
  }

  #onCode(code: ReturnCode): void {
    if (!this.#open) return;
    this.#open.code = code;
    delete this.#open.fieldErrors.code;
    this.#host.requestUpdate();
  }

  #onReason(event: Event): void {
    if (!this.#open) return;
    this.#open.reason = (event.currentTarget as HTMLTextAreaElement).value;
    if (this.#open.fieldErrors.reason) {
      delete this.#open.fieldErrors.reason;
      this.#host.requestUpdate();
    }
  }

  /** The request the confirmation describes, or null after showing what to fix (focus moves to it). */
  #validate(payment: Payment, c: Confirmation): ActionRequest | null {
    if (c.kind === 'represent') return { kind: 'represent' };
    const reason = c.reason.trim();
    const errors: Confirmation['fieldErrors'] = {};
    let amountInvalid = false;
    if (c.kind === 'refund') {
      const most = refundable(payment).amountCents;
      if (c.amountCents !== null && c.amountCents > most) {
        errors.amount = `At most ${formatMoney(refundable(payment), this.#options.locale())} of this payment can still be refunded.`;
      } else {
        const input = this.#form(payment.id)?.querySelector<AlisAmountInput>('alis-amount-input');
        amountInvalid = input !== null && input !== undefined && !input.checkValidity();
      }
    }
    if (c.kind === 'return' && c.code === null) errors.code = 'Choose the return code the bank gave.';
    if (reason === '') errors.reason = 'Enter a reason; it is kept in the payment’s audit trail.';
    c.fieldErrors = errors;
    if (Object.keys(errors).length > 0 || amountInvalid) {
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => this.#focusFirstError(payment.id, amountInvalid));
      return null;
    }
    switch (c.kind) {
      case 'void':
        return { kind: 'void', reason };
      case 'refund':
        return { kind: 'refund', amountCents: c.amountCents ?? 0, currency: payment.amount.currency, reason };
      case 'return':
        return { kind: 'return', code: c.code as ReturnCode, reason };
    }
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

  async #onSubmit(event: SubmitEvent, payment: Payment): Promise<void> {
    event.preventDefault();
    const c = this.#open;
    const client = this.#options.client();
    // `busy` is set before the first await, so a double click (two submits) acts once.
    if (!c || c.paymentId !== payment.id || c.busy || !client) return;
    const request = c.unconfirmed ?? this.#validate(payment, c);
    if (!request) return;
    const user = this.#user;
    c.busy = true;
    c.error = null;
    this.#host.requestUpdate();
    try {
      const result = await this.#send(client, payment.id, request, c.key);
      if (user !== this.#user) return;
      await this.#succeeded(client, user, payment, request, result);
    } catch (error) {
      // Another user signed in: this confirmation went with the previous user, say nothing of it.
      if (error instanceof UserChangedError || user !== this.#user) return;
      await this.#failed(client, user, payment, c, request, error);
    } finally {
      c.busy = false;
      this.#host.requestUpdate();
    }
  }

  #send(client: AlisClient, paymentId: string, request: ActionRequest, idempotencyKey: string): Promise<Payment> {
    const opts = { idempotencyKey };
    switch (request.kind) {
      case 'void':
        return client.staff.payments.void(paymentId, { reason: request.reason }, opts);
      case 'refund':
        return client.staff.payments.refund(paymentId, { amountCents: request.amountCents, currency: request.currency, reason: request.reason }, opts);
      case 'return':
        return client.staff.payments.recordReturn(paymentId, { code: request.code, reason: request.reason }, opts);
      case 'represent':
        return client.staff.payments.represent(paymentId, opts);
    }
  }

  /** Shows what `client`'s action did, unless another user signed in meanwhile (`user` is no longer current). */
  async #succeeded(client: AlisClient, user: number, before: Payment, request: ActionRequest, result: Payment): Promise<void> {
    const locale = this.#options.locale();
    let updated = result;
    let created: Payment | undefined;
    let text: string;
    let event: Event | null = null;
    switch (request.kind) {
      case 'void':
        text = `Voided ${result.reference}. ${capitalize(reopenSentence(result, locale, 'past'))}.`;
        event = new AlisPaymentVoidedEvent(result);
        break;
      case 'refund':
        {
          const share = result.refunds.at(-1)?.fee.amountCents ?? 0;
          const feeWords = refundFeeSentence(result.fee.amountCents, share, result.fee.currency, locale);
          text = `Refunded ${formatMoney({ amountCents: request.amountCents, currency: request.currency }, locale)} of ${result.reference} to ${result.method.label}. It is now ${paymentStatusLabels[result.status].toLowerCase()}.${feeWords ? ` ${feeWords}` : ''}`;
        }
        event = new AlisPaymentRefundedEvent(result);
        break;
      case 'return': {
        const info = RETURN_CODES.find((r) => r.code === request.code);
        const next = result.return?.representable
          ? ' It may be presented again.'
          : info && !info.representable
            ? ' The bank account is blocked until the payer replaces or re-authorizes it.'
            : '';
        text = `Recorded return ${request.code} (${result.return?.description ?? info?.meaning ?? ''}) on ${result.reference}; ${reopenSentence(result, locale, 'past')}.${next}`;
        event = new AlisPaymentReturnedEvent(result);
        break;
      }
      case 'represent':
        created = result;
        text = `Presented ${before.reference} again as ${result.reference}; the new debit is ${paymentStatusLabels[result.status].toLowerCase()}.`;
        // The original's history now records the representment; without it the list keeps the old copy.
        updated = (await client.staff.payments.get(before.id).catch(() => undefined)) ?? before;
        // Another user signed in while the original was read: nothing of this is theirs to see.
        if (user !== this.#user) return;
        event = new AlisPaymentRepresentedEvent(updated, result);
        break;
    }
    this.#open = null;
    this.#outcomes.set(before.id, { text, tone: 'success' });
    this.#options.onChanged(updated, created);
    this.#options.announce(text);
    if (event) this.#host.dispatchEvent(event);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#actionsRoot(before.id)?.querySelector<HTMLElement>('[data-outcome]')?.focus();
  }

  async #failed(client: AlisClient, user: number, payment: Payment, c: Confirmation, request: ActionRequest, error: unknown): Promise<void> {
    const what = actionLabels[c.kind].toLowerCase();
    // A removal aborted the request: like a dropped connection, the outcome is unknown until checked
    // with the same key. Checking again (`c.unconfirmed`), a refusal given before the key is looked
    // at (429, an expired session…) refuses only this attempt: the earlier one may have been applied.
    const unknownOutcome =
      error instanceof ElementRemovedError ||
      error instanceof AlisNetworkError ||
      isAlisApiError(error, 'idempotency_in_progress') ||
      isAlisApiError(error, 'internal_error') ||
      (c.unconfirmed !== null && isTransientRefusal(error));
    if (unknownOutcome) {
      // Keep the key and the exact request: sending it again returns the first result instead of acting twice.
      c.unconfirmed = request;
      c.error = `We could not confirm whether the ${what} went through. Checking again is safe: it is never applied twice.`;
      this.#options.announce(c.error);
      return;
    }
    // A refusal changed nothing; a corrected request is a new operation with a new key.
    c.key = createIdempotencyKey();
    c.unconfirmed = null;
    if (!isAlisApiError(error)) {
      c.error = `Something went wrong; nothing was changed. Please try again.`;
      this.#options.announce(c.error);
      return;
    }
    const fields = error.fields;
    if (c.kind === 'refund' && (error.code === 'refund_exceeds_paid' || fields['amountCents'])) {
      c.fieldErrors = { ...c.fieldErrors, amount: error.code === 'refund_exceeds_paid' ? error.message : (fields['amountCents'] ?? error.message) };
    } else if (fields['reason']) {
      c.fieldErrors = { ...c.fieldErrors, reason: fields['reason'] };
    } else if (c.kind === 'return' && fields['code']) {
      c.fieldErrors = { ...c.fieldErrors, code: fields['code'] };
    } else {
      c.error = error.message;
    }
    this.#options.announce(error.message);
    if (['already_deposited', 'invalid_state', 'not_representable', 'refund_exceeds_paid'].includes(error.code)) {
      // The payment changed elsewhere: show its current state (the confirmation stays, with the refusal).
      await this.#reload(payment.id, client);
      if (user !== this.#user) return;
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#focusFirstError(payment.id, false);
  }

  async #reload(paymentId: string, client = this.#options.client()): Promise<void> {
    const user = this.#user;
    const fresh = await client?.staff.payments.get(paymentId).catch(() => undefined);
    if (fresh && user === this.#user) this.#options.onChanged(fresh);
  }
}
