import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { ElementRemovedError, SessionController, UserChangedError, isSessionAbort } from '../shared/session.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { renderLoadError, renderLoading, renderNotice } from '../shared/states.js';
import { formatDateTime, paymentStatusLabels } from '../shared/receipt.js';
import { formatMoney } from '../../core/format.js';
import { formatInstantDate } from '../../core/instant.js';
import { AlisPaymentPulledEvent } from '../../events/staff-events.js';
import { isAlisApiError, pullQuoteOf } from '../../sdk/errors.js';
import { pullQuoteTerms, quoteChangeSentence } from '../../core/quote-change.js';
import { sendUntilKnown } from '../../core/confirm-submission.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import { payerFormStyles } from './payers-panel.styles.js';
import { pullPaymentStyles } from './pull-payment.styles.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AllocationPolicy, Me, Money, Payer, Payment, PaymentMethod, PullPaymentRequest, PullQuote, QuotePullRequest } from '../../sdk/types.js';

/** A pull's parts as the due-pulls list proposes them (method and amount in cents). */
export interface PullPrefill {
  parts: { methodId: string; amountCents: number }[];
}

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

const MAX_PARTS = 4;

/** After the SDK's own retries, the waits before asking again with the same key when the outcome is unknown. */

const policyWords: Record<AllocationPolicy, string> = {
  oldest_first: 'the open invoices, oldest due date first',
  newest_first: 'the open invoices, most recent first',
  unapplied_credit: 'a credit on the account, for the billing team to apply',
};

/**
 * Pulls a payment from a payer's methods authorized for recurring payments: one method, or a
 * split with an amount per method. The amount defaults to the outstanding balance and may be
 * lowered. Review shows the engine's quote of the pull: per part the method, amount, fee, total
 * charged and the invoices it settles, and the totals, before anything is pulled. The pull names
 * that quote, so if the fee (or anything else shown) changed since, nothing is pulled and the
 * review shows the new quote with one sentence saying what changed. The idempotency key is made
 * when review opens and reused for every retry, so a double click or a retry pulls once; a new
 * quote gets a new key. If the balance changed since review, nothing is pulled and the new total
 * is shown for a fresh review.
 *
 * @tagname alis-pc-pull-payment
 * @summary Internal to the Payers panel: the steps of one staff pull.
 *
 * @fires alis-payment-pulled - The pull was made; one payment per part. `AlisPaymentPulledEvent`.
 * @fires alis-pc-pull-close - Not composed: staff closed the flow (Cancel or Done).
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
    busy: { state: true, attribute: false },
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
  /** Messages by field: `method`, `amount`, `parts`, `part:<methodId>`, `flow`. */
  declare private errors: Readonly<Record<string, string>>;
  declare private balanceNotice: string | null;
  /** The engine's quote of the reviewed pull: what review shows and the pull names. */
  declare private quote: PullQuote | null;
  /** What changed since review (`quote_changed` / `quote_expired`), shown with the new quote. */
  declare private quoteNotice: string | null;
  declare private busy: boolean;
  declare private payments: Payment[] | null;
  declare private announcement: string;

  /** Whose pull this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  #filledFor: string | null = null;
  #request: PullPaymentRequest | null = null;
  #idempotencyKey: string | null = null;
  /** The payer as the engine reports them after the pull (the new outstanding). */
  #after: Payer | null = null;
  #focusPending = true;
  /** Focus the quote-changed notice instead of the heading after the next step change. */
  #focusQuoteNotice = false;

  readonly #dataTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], { signal }): Promise<PullLoad | undefined> => {
      if (!client || !payerId) return undefined;
      const api = this.#session.requireApi();
      if (!api) return undefined;
      // Who the user is first: a payer's token asks for nothing more.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { client, data: null };
      const payer = await api.staff.payers.get(payerId, { signal });
      if (this.#filledFor !== payerId) this.#fillFrom(payer);
      else this.#dropUnusable(payer);
      return { client, data: { me, payer } };
    },
  });

  constructor() {
    super();
    this.step = 'form';
    this.balance = null;
    this.splitMode = false;
    this.singleMethodId = null;
    this.singleAmount = null;
    this.chosen = [];
    this.amounts = {};
    this.errors = {};
    this.balanceNotice = null;
    this.quote = null;
    this.quoteNotice = null;
    this.busy = false;
    this.payments = null;
    this.announcement = '';
    this.#session.reloads(this.#dataTask);
  }

  /** Another user signed in (or out): the flow starts over with nothing typed, reviewed or announced. */
  #forgetUser(): void {
    this.#restart();
    this.balance = null;
    this.splitMode = false;
    this.singleMethodId = null;
    this.singleAmount = null;
    this.chosen = [];
    this.amounts = {};
    this.busy = false;
    this.announcement = '';
  }

  /** Resolves when the payer and the community's settings have loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return this.#dataTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payerId') && changed.get('payerId') !== undefined) this.#restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('payerId')) this.#focusPending = true;
    // Each step announces itself by taking focus on its heading, once it has rendered.
    if (this.#focusPending) {
      const notice = this.#focusQuoteNotice ? this.renderRoot.querySelector<HTMLElement>('[data-kind="quote-changed"]') : null;
      const heading = notice ?? this.renderRoot.querySelector<HTMLElement>('[data-heading]');
      if (heading) {
        this.#focusPending = false;
        this.#focusQuoteNotice = false;
        heading.focus();
      }
    }
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
    this.#idempotencyKey = null;
    this.#after = null;
  }

  /**
   * After a reload (e.g. the engine refused a method that stopped being usable meanwhile), takes
   * out of the form any chosen method that can no longer be pulled from: it is shown disabled, so
   * staff could not untick it, and it must not be sent again. What was typed for the rest stays.
   */
  #dropUnusable(payer: Payer): void {
    const usable = new Set(payer.methods.filter((m) => blockReason(m) === null).map((m) => m.id));
    if (this.chosen.some((id) => !usable.has(id))) {
      this.chosen = this.chosen.filter((id) => usable.has(id));
      this.amounts = Object.fromEntries(Object.entries(this.amounts).filter(([id]) => usable.has(id)));
    }
    // Never switch to another method on staff's behalf: they choose again.
    if (this.singleMethodId !== null && !usable.has(this.singleMethodId)) this.singleMethodId = null;
  }

  /** Starts the form from the prefill, or one authorized method for the whole outstanding balance. */
  #fillFrom(payer: Payer): void {
    this.#filledFor = payer.party.id;
    this.balance = payer.outstanding;
    const offered = new Set(payer.methods.filter((m) => blockReason(m) === null).map((m) => m.id));
    const parts = (this.prefill?.parts ?? []).filter((p) => offered.has(p.methodId));
    if (parts.length > 1) {
      this.splitMode = true;
      this.chosen = payer.methods.map((m) => m.id).filter((id) => parts.some((p) => p.methodId === id));
      this.amounts = Object.fromEntries(parts.map((p) => [p.methodId, p.amountCents]));
      this.singleMethodId = parts[0]?.methodId ?? null;
      this.singleAmount = payer.outstanding.amountCents;
      return;
    }
    const arranged = payer.arrangement.parts.map((p) => p.method.id).find((id) => offered.has(id));
    const [only] = parts;
    this.splitMode = false;
    this.singleMethodId = only?.methodId ?? arranged ?? payer.methods.find((m) => offered.has(m.id))?.id ?? null;
    this.singleAmount = only?.amountCents ?? payer.outstanding.amountCents;
    this.chosen = [];
    this.amounts = {};
  }

  protected override render() {
    return html`
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderBody()}
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const client = this.#session.client;
    if (!client) return renderNotice(missingClientMessage, 'danger');
    if (!this.payerId) return nothing;
    // Only what was loaded in this user's session is drawn; another user's flow is never shown.
    const show = (load: PullLoad | undefined): TemplateResult =>
      !load || load.client !== client ? renderLoading('Loading the payer…') : load.data ? this.#renderStep(load.data) : renderStaffOnly('Pulling a payment');
    return this.#dataTask.render({
      initial: () => renderLoading('Loading the payer…'),
      pending: () => show(this.#dataTask.value),
      error: (error) =>
        isSessionAbort(error)
          ? renderLoading('Loading the payer…')
          : html`${renderLoadError(error, 'payer', () => this.#dataTask.run())}
              <div class="actions"><button type="button" @click=${this.#close}>Close</button></div>`,
      complete: (load) => show(load),
    }) as TemplateResult;
  }

  #heading(text: string): TemplateResult {
    return html`<h4 part="heading" tabindex="-1" data-heading>${text}</h4>`;
  }

  #renderStep(data: PullData): TemplateResult {
    switch (this.step) {
      case 'form':
        return this.#renderForm(data);
      case 'review':
        return this.#renderReview(data);
      case 'submitting':
        return html`<div class="step">
          ${this.#heading('Pulling the payment')}
          <p class="progress" role="status">Sending the pull to the payment engine. Please keep this page open.</p>
        </div>`;
      case 'checking':
        return html`<div class="step">
          ${this.#heading('Checking the pull')}
          <p class="progress" role="status">The connection dropped while the pull was being sent. Checking whether it went through; it is never made twice.</p>
        </div>`;
      case 'unconfirmed':
        return this.#renderUnconfirmed();
      case 'result':
        return this.#renderResult(data);
    }
  }

  #renderForm(data: PullData): TemplateResult {
    const { payer, me } = data;
    const balance = this.balance ?? payer.outstanding;
    const offered = payer.methods.filter((m) => blockReason(m) === null);
    // Only the gateway matters to a staff pull: the portal being off does not stop it.
    const canPull = me.community.gatewayEnabled && balance.amountCents > 0 && offered.length > 0;
    // Without the fields (nothing left to pull from), a refusal about them is shown with the form's own.
    const flowError = canPull ? this.errors['flow'] : Object.values(this.errors).join(' ');
    return html`
      <form class="step" novalidate @submit=${(event: SubmitEvent) => this.#openReview(event, data)} aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.#heading(`Pull a payment from ${payer.party.name}`)}
        <p class="hint">${describeParty(payer)}</p>
        ${this.balanceNotice
          ? html`<div class="notice" part="notice" data-tone="warning" data-kind="balance-changed" role="alert"><p>${this.balanceNotice}</p></div>`
          : nothing}
        ${flowError ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${flowError}</p></div>` : nothing}
        ${me.community.gatewayEnabled
          ? nothing
          : renderNotice(`ALIS Pay is switched off at ${me.community.communityName}: nothing can be pulled until it is on again.`, 'warning')}
        <p>
          Outstanding balance: <strong data-outstanding>${formatMoney(balance, this.locale)}</strong>
          <span class="hint">across ${payer.openInvoiceCount === 1 ? '1 open invoice' : `${payer.openInvoiceCount} open invoices`}</span>
        </p>
        ${balance.amountCents <= 0 ? renderNotice(`${payer.party.name} owes nothing now; there is nothing to pull.`) : nothing}
        ${offered.length === 0
          ? html`<p class="hint" data-kind="no-authorized">
              ${payer.party.name} has no saved method authorized for recurring payments, so the billing team cannot pull. They can allow
              automatic payments on a method in the portal.
            </p>`
          : nothing}
        ${canPull
          ? html`
              <fieldset>
                <legend>Pull from</legend>
                ${this.#modeRadio(false, 'One method', 'The amount from a single authorized method.')}
                ${this.#modeRadio(true, 'Split across methods', `An amount from each of up to ${MAX_PARTS} authorized methods.`)}
              </fieldset>
              ${this.splitMode ? this.#renderSplit(payer, balance) : this.#renderSingle(payer, balance)}
            `
          : nothing}
        <div class="actions">
          <button type="button" data-action="cancel" @click=${this.#close}>Cancel</button>
          ${canPull
            ? html`<button type="submit" class="primary" data-action="review" ?disabled=${this.busy}>Review pull</button>`
            : nothing}
        </div>
      </form>
    `;
  }

  #modeRadio(split: boolean, label: string, hint: string): TemplateResult {
    const id = split ? 'mode-split' : 'mode-single';
    return html`
      <label class="choice">
        <input type="radio" name="mode" .value=${id} .checked=${this.splitMode === split} aria-describedby=${`${id}-hint`} @change=${() => this.#setSplit(split)} />
        <span class="choice-text">
          <span class="choice-label">${label}</span>
          <span class="why" id=${`${id}-hint`}>${hint}</span>
        </span>
      </label>
    `;
  }

  #renderSingle(payer: Payer, balance: Money): TemplateResult {
    const error = this.errors['method'];
    return html`
      <fieldset aria-describedby=${error ? 'method-error' : nothing} data-field="method">
        <legend>Method</legend>
        ${payer.methods.map((method) => {
          const why = blockReason(method);
          return html`
            <label class="choice" data-method-id=${method.id} ?data-disabled=${why !== null}>
              <input
                type="radio"
                name="method"
                .value=${method.id}
                .checked=${method.id === this.singleMethodId && why === null}
                ?disabled=${why !== null}
                aria-describedby=${why ? `why-${method.id}` : nothing}
                @change=${() => this.#chooseSingle(method.id)}
              />
              ${methodText(method, why)}
            </label>
          `;
        })}
        ${error ? html`<p id="method-error" class="field-error" data-error="method">${error}</p>` : nothing}
      </fieldset>
      <alis-amount-input
        data-field="amount"
        .label=${'Amount to pull'}
        .hint=${`Up to the outstanding balance of ${formatMoney(balance, this.locale)}.`}
        .currency=${balance.currency}
        .locale=${this.locale}
        .valueCents=${this.singleAmount}
        .max=${balance.amountCents}
        .maxMessage=${'The most you can pull is the outstanding balance, {max}.'}
        .errorText=${this.errors['amount'] ?? null}
        @input=${this.#onSingleAmount}
      ></alis-amount-input>
    `;
  }

  #renderSplit(payer: Payer, balance: Money): TemplateResult {
    const partsError = this.errors['parts'];
    const total = this.#splitTotal();
    return html`
      <fieldset aria-describedby=${partsError ? 'parts-total parts-error' : 'parts-total'} data-field="parts">
        <legend>Methods and amounts</legend>
        ${payer.methods.map((method) => this.#renderPart(method, balance))}
        <p id="parts-total" class="running-total">
          Total: <strong>${total === null ? '—' : formatMoney({ amountCents: total, currency: balance.currency }, this.locale)}</strong>
          <span class="hint">of ${formatMoney(balance, this.locale)} outstanding</span>
        </p>
        ${partsError ? html`<p id="parts-error" class="field-error" data-error="parts">${partsError}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderPart(method: PaymentMethod, balance: Money): TemplateResult {
    const why = blockReason(method);
    const checked = this.chosen.includes(method.id) && why === null;
    const error = this.errors[`part:${method.id}`];
    const describedBy = [why ? `why-${method.id}` : '', error && !checked ? `part-error-${method.id}` : ''].filter(Boolean).join(' ');
    return html`
      <div class="part" data-method-id=${method.id}>
        <label class="choice" ?data-disabled=${why !== null}>
          <input
            type="checkbox"
            name="methods"
            .value=${method.id}
            .checked=${checked}
            ?disabled=${why !== null}
            aria-describedby=${describedBy || nothing}
            @change=${(event: Event) => this.#toggle(method.id, (event.target as HTMLInputElement).checked)}
          />
          ${methodText(method, why)}
        </label>
        ${checked
          ? html`<alis-amount-input
              class="part-field"
              data-part=${method.id}
              .label=${`Amount from ${method.label}`}
              .currency=${balance.currency}
              .locale=${this.locale}
              .valueCents=${this.amounts[method.id] ?? null}
              .max=${balance.amountCents}
              .maxMessage=${'The most you can pull is the outstanding balance, {max}.'}
              .errorText=${error ?? null}
              @input=${(event: Event) => this.#onPartAmount(method.id, event)}
            ></alis-amount-input>`
          : error
            ? html`<p id=${`part-error-${method.id}`} class="field-error" data-error="part">${error}</p>`
            : nothing}
      </div>
    `;
  }

  #renderReview(data: PullData): TemplateResult {
    const request = this.#request;
    const quote = this.quote;
    if (!request || !quote) return html``;
    const { payer, me } = data;
    const community = me.community;
    const currency = request.currency;
    const methods = new Map(payer.methods.map((m) => [m.id, m]));
    const flowError = this.errors['flow'];
    const money = (value: Money) => formatMoney(value, this.locale);
    const totalText = money(quote.totalCharged);
    return html`
      <div class="step">
        ${this.#heading('Review the pull')}
        <p class="hint">Check the details. Nothing is pulled until you select “Pull ${totalText}”.</p>
        ${flowError ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${flowError}</p></div>` : nothing}
        ${this.quoteNotice
          ? html`<div class="notice" part="notice" data-tone="warning" data-kind="quote-changed" tabindex="-1"><p>${this.quoteNotice} Nothing was pulled.</p></div>`
          : nothing}
        <dl class="review" part="review">
          <div class="wide"><dt>Payer</dt><dd>${payer.party.name}<span class="hint"> · ${describeParty(payer)}</span></dd></div>
          <div><dt>Outstanding balance</dt><dd data-reviewed-outstanding>${formatMoney({ amountCents: request.expectedAmountCents ?? 0, currency }, this.locale)}</dd></div>
          <div class="wide">
            <dt>${quote.parts.length === 1 ? 'From' : `From ${quote.parts.length} methods`}</dt>
            <dd>
              <table class="quote-parts">
                <thead>
                  <tr>
                    <th scope="col">Method</th>
                    <th scope="col" class="number">Amount</th>
                    <th scope="col" class="number">Fee</th>
                    <th scope="col" class="number">Total charged</th>
                    <th scope="col">Settles</th>
                  </tr>
                </thead>
                <tbody>
                  ${quote.parts.map(
                    (part) => html`<tr data-method-id=${part.method.id}>
                      <th scope="row">${methods.get(part.method.id)?.label ?? part.method.label}</th>
                      <td class="number">${money(part.amount)}</td>
                      <td class="number" data-part-fee>
                        ${part.fee.amountCents > 0 ? money(part.fee) : 'None'}
                        <span class="hint" data-fee-rule>${part.feeRule}</span>
                      </td>
                      <td class="number" data-part-total>${money(part.totalCharged)}</td>
                      <td>${settlesText(part.allocations, part.unapplied, this.locale)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </dd>
          </div>
          <div><dt>Amount to pull</dt><dd data-total>${money(quote.amount)}</dd></div>
          <div><dt>Fees</dt><dd data-fees>${quote.fee.amountCents > 0 ? money(quote.fee) : 'None'}</dd></div>
          <div class="total"><dt>Total charged</dt><dd data-total-charged>${totalText}</dd></div>
          <div class="wide"><dt>Applied to</dt><dd>${policyWords[community.allocationPolicy]}</dd></div>
        </dl>
        <p class="authorization">${authorizationSentence(payer, request, methods, community.timeZone, this.locale)}</p>
        <div class="actions">
          <button type="button" data-action="change" @click=${this.#backToForm}>Change</button>
          <button type="button" class="primary" data-action="confirm" @click=${this.#confirm}>Pull ${totalText}</button>
        </div>
      </div>
    `;
  }

  #renderUnconfirmed(): TemplateResult {
    return html`
      <div class="step">
        ${this.#heading('The pull could not be confirmed')}
        <div class="notice" part="notice" data-tone="warning" role="alert">
          <p>
            We could not reach the billing service to confirm whether the pull went through. Checking again is safe: the same pull is
            never made twice. You can also look for it in Undeposited Payments.
          </p>
        </div>
        <div class="actions">
          <button type="button" @click=${this.#close}>Close</button>
          <button type="button" class="primary" data-action="check-again" @click=${this.#checkAgain}>Check again</button>
        </div>
      </div>
    `;
  }

  #renderResult(data: PullData): TemplateResult {
    const payments = this.payments ?? [];
    const name = data.payer.party.name;
    const taken = payments.filter((p) => p.status !== 'failed');
    const [only] = payments;
    const after = this.#after;
    return html`
      <div class="step">
        ${this.#heading(taken.length === 0 ? 'The pull was declined' : payments.length === 1 ? 'Payment pulled' : 'Payments pulled')}
        <p class=${taken.length === 0 ? 'problem' : 'confirmation'}>
          ${taken.length === 0
            ? `Nothing was taken from ${name}.`
            : payments.length === 1 && only
              ? `Pulled ${formatMoney(only.amount, this.locale)} from ${name}. It is listed in Undeposited Payments until it is deposited.`
              : `Made ${payments.length} payments from ${name}, one per method. They are listed in Undeposited Payments until they are deposited.`}
        </p>
        <ul class="payments" part="result" aria-label="Payments created">
          ${payments.map(
            (payment) => html`
              <li data-payment-id=${payment.id}>
                <dl class="review">
                  <div><dt>Reference</dt><dd data-reference>${payment.reference}</dd></div>
                  <div><dt>Method</dt><dd>${payment.method.label}</dd></div>
                  <div><dt>Amount</dt><dd>${formatMoney(payment.amount, this.locale)}</dd></div>
                  <div><dt>Fee</dt><dd>${payment.fee.amountCents > 0 ? formatMoney(payment.fee, this.locale) : 'None'}</dd></div>
                  <div class="total"><dt>Total charged</dt><dd>${formatMoney(payment.totalCharged, this.locale)}</dd></div>
                  <div>
                    <dt>Status</dt>
                    <dd>${paymentStatusLabels[payment.status]}${payment.failure ? ` — ${payment.failure.message}` : ''}</dd>
                  </div>
                  <div><dt>Submitted</dt><dd>${formatDateTime(payment.createdAt, data.me.community.timeZone, this.locale)}</dd></div>
                </dl>
              </li>
            `,
          )}
        </ul>
        ${after
          ? html`<p data-outstanding-after>${after.party.name}'s outstanding balance is now <strong>${formatMoney(after.outstanding, this.locale)}</strong>.</p>`
          : nothing}
        <div class="actions">
          <button type="button" class="primary" data-action="done" @click=${this.#close}>Done</button>
        </div>
      </div>
    `;
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

  #chooseSingle(methodId: string): void {
    this.singleMethodId = methodId;
    this.#clearError('method');
  }

  #toggle(methodId: string, checked: boolean): void {
    const order = this.#dataTask.value?.data?.payer.methods.map((m) => m.id) ?? [];
    const next = new Set(this.chosen);
    if (checked) next.add(methodId);
    else next.delete(methodId);
    this.chosen = order.filter((id) => next.has(id));
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #onSingleAmount(event: Event): void {
    this.singleAmount = (event.currentTarget as AlisAmountInput).valueCents;
    this.#clearError('amount');
  }

  #onPartAmount(methodId: string, event: Event): void {
    this.amounts = { ...this.amounts, [methodId]: (event.currentTarget as AlisAmountInput).valueCents };
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #clearError(...keys: string[]): void {
    const drop = new Set([...keys, 'flow']);
    if (!Object.keys(this.errors).some((key) => drop.has(key))) return;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !drop.has(key)));
  }

  /** The sum of the split's typed amounts, or null while one is missing. */
  #splitTotal(): number | null {
    let total = 0;
    for (const id of this.chosen) {
      const cents = this.amounts[id];
      if (cents === null || cents === undefined) return null;
      total += cents;
    }
    return total;
  }

  /** The parts on screen, or the field errors that keep review from opening. */
  #buildParts(balance: Money): { parts: PullPaymentRequest['parts'] } | { errors: Record<string, string> } {
    const errors: Record<string, string> = {};
    if (!this.splitMode) {
      const field = this.renderRoot.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]');
      if (!this.singleMethodId) errors['method'] = 'Choose the method to pull from.';
      if (this.singleAmount === null || (field && !field.checkValidity())) errors['amount'] = field?.validationMessage || 'Enter an amount.';
      if (Object.keys(errors).length > 0 || !this.singleMethodId || this.singleAmount === null) return { errors };
      return { parts: [{ methodId: this.singleMethodId, amountCents: this.singleAmount }] };
    }
    if (this.chosen.length === 0) errors['parts'] = 'Choose at least one authorized method.';
    if (this.chosen.length > MAX_PARTS) errors['parts'] = `Choose at most ${MAX_PARTS} methods.`;
    const parts: PullPaymentRequest['parts'] = [];
    for (const id of this.chosen) {
      const cents = this.amounts[id] ?? null;
      const field = this.renderRoot.querySelector<AlisAmountInput>(`alis-amount-input[data-part="${CSS.escape(id)}"]`);
      if (cents === null || (field && !field.checkValidity())) errors[`part:${id}`] = field?.validationMessage || 'Enter an amount.';
      else parts.push({ methodId: id, amountCents: cents });
    }
    const total = parts.reduce((sum, p) => sum + p.amountCents, 0);
    if (!errors['parts'] && parts.length === this.chosen.length && total > balance.amountCents) {
      errors['parts'] = `The parts add up to ${formatMoney({ amountCents: total, currency: balance.currency }, this.locale)}, more than the ${formatMoney(balance, this.locale)} outstanding.`;
    }
    if (Object.keys(errors).length > 0) return { errors };
    return { parts };
  }

  async #openReview(event: SubmitEvent, data: PullData): Promise<void> {
    event.preventDefault();
    const balance = this.balance ?? data.payer.outstanding;
    if (this.busy || this.step !== 'form') return;
    const built = this.#buildParts(balance);
    if ('errors' in built) {
      this.errors = built.errors;
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
    this.busy = true;
    this.errors = {};
    this.balanceNotice = null;
    this.quoteNotice = null;
    try {
      // The engine's quote is the review: fees and totals are never computed here.
      const quote = await api.staff.payments.quote(request);
      this.quote = quote;
      this.#request = { ...request, quoteId: quote.quoteId };
      // One key per reviewed pull: every retry of this submission reuses it, so it is made at most once.
      this.#idempotencyKey = createIdempotencyKey();
      this.step = 'review';
      this.announcement = '';
    } catch (error) {
      // Removed, or another user signed in: nothing was asked of the engine that needs saying.
      if (isSessionAbort(error)) return;
      this.#showRefusal(error, { ...request, quoteId: '' });
    } finally {
      this.busy = false;
    }
  }

  #backToForm(): void {
    this.#request = null;
    this.#idempotencyKey = null;
    this.quote = null;
    this.quoteNotice = null;
    this.errors = {};
    this.step = 'form';
  }

  async #confirm(): Promise<void> {
    // The step changes before the first await, so a second click finds nothing to act on.
    if (this.step !== 'review' || !this.#request || !this.#idempotencyKey) return;
    this.step = 'submitting';
    this.announcement = 'Pulling the payment.';
    await this.#submit();
  }

  async #checkAgain(): Promise<void> {
    if (this.step !== 'unconfirmed') return;
    this.step = 'checking';
    await this.#submit();
  }

  /** Sends the reviewed pull with its key until the engine gives a definite answer or we give up. */
  async #submit(): Promise<void> {
    const api = this.#session.api;
    const request = this.#request;
    const key = this.#idempotencyKey;
    if (!api || !request || !key) return;
    const outcome = await sendUntilKnown(() => api.staff.payments.pull(request, { idempotencyKey: key }), {
      // Checking again: the earlier attempt may have been applied.
      uncertain: this.step === 'checking',
      onChecking: () => {
        this.step = 'checking';
        this.announcement = 'Checking whether the pull went through.';
      },
    });
    switch (outcome.kind) {
      case 'answered':
        await this.#finish(api, request, outcome.answer);
        return;
      case 'refused':
        // Another user signed in: the flow (and its key) went with the previous user. An abort is
        // never sent again here: it ends the work.
        if (outcome.error instanceof UserChangedError) return;
        // Removed mid-pull: whether it went through is unknown until checked with the same key.
        if (outcome.error instanceof ElementRemovedError) {
          this.step = 'unconfirmed';
          return;
        }
        this.#showRefusal(outcome.error, request);
        return;
      case 'unconfirmed':
        this.step = 'unconfirmed';
        this.announcement = 'The pull could not be confirmed.';
    }
  }

  async #finish(client: AlisClient, request: PullPaymentRequest, payments: Payment[]): Promise<void> {
    this.#idempotencyKey = null;
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
    const references = payments.map((p) => p.reference).join(', ');
    this.announcement = `${payments.length === 1 ? 'Payment' : 'Payments'} pulled. Reference ${references}.`;
  }

  /**
   * Back to review with the engine's new quote (`quote_changed` / `quote_expired`): one sentence
   * says what changed, announced and focused; pulling again sends the new quote under a new
   * idempotency key, since the old key belongs to the refused body.
   */
  #reviewAgain(fresh: PullQuote, expired: boolean, request: PullPaymentRequest): void {
    const reviewed = this.quote;
    const sentence = reviewed
      ? quoteChangeSentence(pullQuoteTerms(reviewed), pullQuoteTerms(fresh), { reader: 'staff', expired, locale: this.locale })
      : 'The pull changed since you reviewed it. Review the new total and pull again.';
    this.quote = fresh;
    this.#request = { ...request, quoteId: fresh.quoteId };
    // The same key: the pull asked for is the same (a key's request is its body without the quote,
    // and the refusal was not stored), so a second window that saw the change too pulls once.
    this.#idempotencyKey ??= createIdempotencyKey();
    this.errors = {};
    this.quoteNotice = sentence;
    this.announcement = `${sentence} Nothing was pulled.`;
    this.#focusQuoteNotice = true;
    this.step = 'review';
  }

  /** Shows a refusal where it belongs, back on the form with everything as it was typed. */
  #showRefusal(error: unknown, request: PullPaymentRequest): void {
    const fresh = pullQuoteOf(error);
    if (fresh && isAlisApiError(error)) {
      this.#reviewAgain(fresh, error.code === 'quote_expired', request);
      return;
    }
    this.#idempotencyKey = null;
    this.quote = null;
    this.quoteNotice = null;
    this.step = 'form';
    if (!isAlisApiError(error)) {
      this.errors = { flow: 'Something went wrong sending the pull. Nothing was pulled; please try again.' };
      this.announcement = this.errors['flow'] ?? '';
      return;
    }
    if (error.code === 'balance_changed') {
      const current = error.details['currentAmountCents'];
      if (typeof current === 'number' && this.balance) {
        const previous = this.balance.amountCents;
        this.balance = { ...this.balance, amountCents: current };
        // An amount left at the whole balance follows the new balance; an edited one stays as typed.
        if (!this.splitMode && this.singleAmount === previous) this.singleAmount = current;
        const now = formatMoney(this.balance, this.locale);
        this.balanceNotice =
          current > 0
            ? `${error.message} The outstanding balance is now ${now} (it was ${formatMoney({ amountCents: previous, currency: this.balance.currency }, this.locale)}). Nothing was pulled.`
            : `${error.message} The outstanding balance is now ${now}, so there is nothing to pull. Nothing was pulled.`;
      } else {
        this.balanceNotice = `${error.message} Nothing was pulled.`;
      }
      this.errors = {};
      this.announcement = this.balanceNotice;
      void this.#dataTask.run();
      return;
    }
    const errors: Record<string, string> = {};
    if (error.code === 'amount_exceeds_balance') {
      // The whole sentence (with the balance) beats the field's short note.
      errors[this.splitMode ? 'parts' : 'amount'] = error.message;
      const balance = error.details['balanceCents'];
      if (typeof balance === 'number' && this.balance) this.balance = { ...this.balance, amountCents: balance };
    }
    for (const [path, message] of Object.entries(error.fields)) {
      const match = /^parts\[(\d+)\]/.exec(path);
      const part = match ? request.parts[Number(match[1])] : undefined;
      if (part && !this.splitMode) errors[path.endsWith('amountCents') ? 'amount' : 'method'] ??= message;
      else if (part) errors[`part:${part.methodId}`] ??= message;
      else if (path === 'parts') errors[this.splitMode ? 'parts' : 'amount'] ??= message;
      else errors['flow'] ??= message;
    }
    if (Object.keys(errors).length === 0) errors['flow'] = error.message;
    // The payer may have withdrawn an authorization or lost a method: show the methods as they are now.
    const reload = error.code === 'method_unusable' ? this.#dataTask.run() : Promise.resolve();
    this.errors = errors;
    this.announcement = Object.values(errors)[0] ?? error.message;
    void reload.then(() => this.#focusFirstError());
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const errors = this.errors;
    // Focus follows the step change to the heading first; the field to fix then takes it.
    this.#focusPending = false;
    const partId = this.chosen.find((id) => `part:${id}` in errors) ?? Object.keys(errors).find((k) => k.startsWith('part:'))?.slice(5);
    const part = partId ? root.querySelector(`.part[data-method-id="${CSS.escape(partId)}"]`) : null;
    const target = errors['flow']
      ? root.querySelector<HTMLElement>('[data-heading]')
      : errors['method']
        ? root.querySelector<HTMLElement>('input[name="method"]:checked, input[name="method"]:not(:disabled)')
        : errors['amount']
          ? root.querySelector<HTMLElement>('alis-amount-input[data-field="amount"]')
          : (part?.querySelector<HTMLElement>('alis-amount-input, input') ??
            (errors['parts'] ? (root.querySelector<HTMLElement>('alis-amount-input[data-part]') ?? root.querySelector<HTMLElement>('input[name="methods"]:not(:disabled)')) : null));
    (target ?? root.querySelector<HTMLElement>('[data-heading]'))?.focus();
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pc-pull-close', { bubbles: true }));
  }
}

/** Why staff may not pull from `method`, or null when they may (the engine has the last word). */
function blockReason(method: PaymentMethod): string | null {
  if (!method.usable) return method.unusableReason ?? 'It cannot be used to pay now.';
  if (!method.recurringAuthorization) return 'the payer has not authorized it for recurring payments.';
  return null;
}

function methodText(method: PaymentMethod, why: string | null): TemplateResult {
  return html`
    <span class="choice-text">
      <span class="choice-label">${method.nickname ? `${method.nickname} · ${method.label}` : method.label}</span>
      ${why ? html`<span class="why" id=${`why-${method.id}`}>Not offered: ${why}</span>` : html`<span class="why">Authorized for recurring payments</span>`}
    </span>
  `;
}

function describeParty(payer: Payer): string {
  const party = payer.party;
  if (party.kind === 'resident') return 'Resident.';
  return `${party.relationship ?? 'Contact'} of ${payer.residentName}.`;
}

/** The invoices a part settles ("INV-0012, INV-0013"), and any credit it leaves on the account. */
function settlesText(allocations: PullQuote['parts'][number]['allocations'], unapplied: Money, locale?: string): string {
  const invoices = allocations.map((a) => a.invoiceNumber).join(', ');
  const credit = unapplied.amountCents > 0 ? `${formatMoney(unapplied, locale)} as credit on the account` : '';
  return [invoices, credit].filter(Boolean).join('; ') || 'Nothing';
}

/** Whose authorization the pull is made under, each dated in the community's time zone like every other date. */
function authorizationSentence(payer: Payer, request: PullPaymentRequest, methods: Map<string, PaymentMethod>, timeZone: string, locale?: string): string {
  const grants = request.parts.map((part) => {
    const method = methods.get(part.methodId);
    const auth = method?.recurringAuthorization;
    if (!method || !auth) return null;
    return `${method.label} by ${auth.authorizedBy} on ${formatInstantDate(auth.authorizedAt, timeZone, locale)}`;
  });
  const known = grants.filter((g): g is string => g !== null);
  return `Pulled under ${payer.party.name}'s authorization for recurring payments: ${new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(known)}.`;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-pull-payment': AlisPcPullPayment;
  }
}
