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
import { formatDate, formatMoney } from '../../core/format.js';
import { creditOrder, spreadCredit, type CreditTarget } from '../../core/credit-plan.js';
import { browserKeyStorage, paymentKeyFor } from '../../core/payment-key.js';
import { sendUntilKnown } from '../../core/confirm-submission.js';
import { AlisCreditAppliedEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { payerFormStyles } from './payers-panel.styles.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CreditApplicationRequest, CreditApplicationResult, Invoice, Me, Money, Payer } from '../../sdk/types.js';

/** The steps of applying credit. `checking`: the outcome is unknown and is being asked again with the same key. */
export type ApplyCreditStep = 'form' | 'review' | 'submitting' | 'checking' | 'unconfirmed' | 'result';

/** In the allocation policy's order, or to the invoices staff choose. */
export type ApplyCreditMode = 'policy' | 'chosen';

interface CreditData {
  me: Me;
  payer: Payer;
  /** The payer's open invoices in the policy's order. */
  invoices: (CreditTarget & { invoice: Invoice })[];
}

/** What the panel loaded, in whose session; `data` is null for someone who is not staff (nothing more was asked). */
interface CreditLoad {
  client: AlisClient;
  data: CreditData | null;
}

const policyOrderWords = {
  oldest_first: 'oldest due date first',
  newest_first: 'most recent due date first',
  unapplied_credit: 'oldest due date first',
} as const;

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
 * @fires alis-credit-applied - The credit was applied. `AlisCreditAppliedEvent`.
 * @fires alis-pc-apply-credit-close - Not composed: staff closed the panel (Cancel or Done).
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
  /** Messages by field: `invoice:<id>`, `amount:<id>`, `allocations`, `flow`. */
  declare private errors: Readonly<Record<string, string>>;
  declare private result: CreditApplicationResult | null;
  declare private announcement: string;

  /** Whose application this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  #filledFor: string | null = null;
  #request: CreditApplicationRequest | null = null;
  #key: string | null = null;
  #focusPending = true;

  readonly #dataTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], { signal }): Promise<CreditLoad | undefined> => {
      if (!client || !payerId) return undefined;
      const api = this.#session.requireApi();
      if (!api) return undefined;
      // Who the user is first: a payer's token asks for nothing more.
      const me = await api.session.me({ signal });
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
    },
  });

  constructor() {
    super();
    this.step = 'form';
    this.mode = 'policy';
    this.chosen = [];
    this.amounts = {};
    this.errors = {};
    this.result = null;
    this.announcement = '';
    this.#session.reloads(this.#dataTask);
  }

  /** Another user signed in (or out): the panel starts over with nothing ticked, typed, reviewed or announced. */
  #forgetUser(): void {
    this.#filledFor = null;
    this.#request = null;
    this.#key = null;
    this.step = 'form';
    this.mode = 'policy';
    this.chosen = [];
    this.amounts = {};
    this.errors = {};
    this.result = null;
    this.announcement = '';
  }

  /** Resolves when the payer and their open invoices have loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return this.#dataTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payerId') && changed.get('payerId') !== undefined) {
      this.#filledFor = null;
      this.step = 'form';
      this.errors = {};
      this.result = null;
      this.#request = null;
      this.#key = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('payerId')) this.#focusPending = true;
    // Each step announces itself by taking focus on its heading, once it has rendered.
    if (this.#focusPending) {
      const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
      if (heading) {
        this.#focusPending = false;
        heading.focus();
      }
    }
  }

  /** Chosen amounts start as policy order would apply them; staff tick and edit from there. */
  #fillFrom(payerId: string, invoices: readonly CreditTarget[], creditCents: number): void {
    this.#filledFor = payerId;
    const spread = new Map(spreadCredit(invoices, creditCents).map((line) => [line.invoiceId, line.amountCents]));
    this.amounts = Object.fromEntries(invoices.map((i) => [i.invoiceId, spread.get(i.invoiceId) ?? null]));
    this.chosen = invoices.filter((i) => spread.has(i.invoiceId)).map((i) => i.invoiceId);
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
    // Only what was loaded in this user's session is drawn; another user's application is never shown.
    const show = (load: CreditLoad | undefined): TemplateResult =>
      !load || load.client !== client ? renderLoading('Loading the payer…') : load.data ? this.#renderStep(load.data) : renderStaffOnly('Applying credit');
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

  #renderStep(data: CreditData): TemplateResult {
    switch (this.step) {
      case 'form':
        return this.#renderForm(data);
      case 'review':
        return this.#renderReview(data);
      case 'submitting':
        return html`<div class="step">
          ${this.#heading('Applying the credit')}
          <p class="progress" role="status">Sending the application to the billing engine. Please keep this page open.</p>
        </div>`;
      case 'checking':
        return html`<div class="step">
          ${this.#heading('Checking the application')}
          <p class="progress" role="status">The connection dropped while the credit was being applied. Checking whether it went through; it is never applied twice.</p>
        </div>`;
      case 'unconfirmed':
        return html`<div class="step">
          ${this.#heading('The application could not be confirmed')}
          <div class="notice" part="notice" data-tone="warning" role="alert">
            <p>We could not reach the billing service to confirm whether the credit was applied. Checking again is safe: it is never applied twice.</p>
          </div>
          <div class="actions">
            <button type="button" @click=${this.#close}>Close</button>
            <button type="button" class="primary" data-action="check-again" @click=${this.#checkAgain}>Check again</button>
          </div>
        </div>`;
      case 'result':
        return this.#renderResult(data);
    }
  }

  #renderForm(data: CreditData): TemplateResult {
    const { payer, invoices, me } = data;
    const credit = payer.creditOnAccount;
    const canApply = credit.amountCents > 0 && invoices.length > 0;
    // Without the fields (nothing to apply, or an invoice that was paid meanwhile), a refusal about
    // them is shown with the form's own.
    const shown = new Set(canApply && this.mode === 'chosen' ? invoices.map((i) => i.invoiceId) : []);
    const orphans = Object.entries(this.errors).filter(([key]) => key !== 'flow' && key !== 'allocations' && !shown.has(key.slice(key.indexOf(':') + 1)));
    const flowError = [canApply ? this.errors['flow'] : Object.values(this.errors).join(' '), ...(canApply ? orphans.map(([, m]) => m) : [])].filter(Boolean).join(' ');
    const order = policyOrderWords[me.community.allocationPolicy];
    return html`
      <form class="step" novalidate @submit=${(event: SubmitEvent) => this.#openReview(event, data)}>
        ${this.#heading(`Apply ${payer.party.name}'s credit on account`)}
        ${flowError ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${flowError}</p></div>` : nothing}
        <p>
          Credit on account: <strong data-credit>${formatMoney(credit, this.locale)}</strong>
          <span class="hint">${invoices.length === 1 ? '1 open invoice' : `${invoices.length} open invoices`} addressed to ${payer.party.name}</span>
        </p>
        ${credit.amountCents <= 0 ? renderNotice(`${payer.party.name} holds no credit on account; there is nothing to apply.`) : nothing}
        ${credit.amountCents > 0 && invoices.length === 0
          ? renderNotice(`${payer.party.name} has no open invoice to apply the credit to; it stays on account.`)
          : nothing}
        ${canApply
          ? html`
              <fieldset>
                <legend>Apply the credit</legend>
                ${this.#modeRadio('policy', 'In policy order', `To the open invoices, ${order}, as far as the credit reaches.`)}
                ${this.#modeRadio('chosen', 'To chosen invoices', 'Choose the invoices and how much goes to each.')}
              </fieldset>
              ${this.mode === 'chosen' ? this.#renderChosen(invoices, credit) : this.#renderPolicyPreview(invoices, credit)}
            `
          : nothing}
        <div class="actions">
          <button type="button" data-action="cancel" @click=${this.#close}>Cancel</button>
          ${canApply ? html`<button type="submit" class="primary" data-action="review">Review</button>` : nothing}
        </div>
      </form>
    `;
  }

  #modeRadio(mode: ApplyCreditMode, label: string, hint: string): TemplateResult {
    const id = `mode-${mode}`;
    return html`
      <label class="choice">
        <input type="radio" name="mode" .value=${mode} .checked=${this.mode === mode} aria-describedby=${`${id}-hint`} @change=${() => this.#setMode(mode)} />
        <span class="choice-text">
          <span class="choice-label">${label}</span>
          <span class="why" id=${`${id}-hint`}>${hint}</span>
        </span>
      </label>
    `;
  }

  #renderPolicyPreview(invoices: CreditData['invoices'], credit: Money): TemplateResult {
    const lines = spreadCredit(invoices, credit.amountCents);
    const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
    return html`
      <ul class="parts" aria-label="What policy order applies">
        ${lines.map(
          (line) => html`<li data-invoice-id=${line.invoiceId}>
            <span>Invoice ${numbers.get(line.invoiceId)}</span>
            <span class="amount">${formatMoney({ amountCents: line.amountCents, currency: credit.currency }, this.locale)}</span>
          </li>`,
        )}
      </ul>
    `;
  }

  #renderChosen(invoices: CreditData['invoices'], credit: Money): TemplateResult {
    const error = this.errors['allocations'];
    const total = this.#chosenTotal();
    return html`
      <fieldset aria-describedby=${error ? 'chosen-total allocations-error' : 'chosen-total'} data-field="allocations">
        <legend>Invoices and amounts</legend>
        ${invoices.map((entry) => this.#renderInvoice(entry, credit.currency))}
        <p id="chosen-total" class="running-total">
          Total: <strong>${total === null ? '—' : formatMoney({ amountCents: total, currency: credit.currency }, this.locale)}</strong>
          <span class="hint">of ${formatMoney(credit, this.locale)} credit on account</span>
        </p>
        ${error ? html`<p id="allocations-error" class="field-error" data-error="allocations">${error}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderInvoice(entry: CreditData['invoices'][number], currency: string): TemplateResult {
    const id = entry.invoiceId;
    const checked = this.chosen.includes(id);
    const invoiceError = this.errors[`invoice:${id}`];
    const amountError = this.errors[`amount:${id}`];
    const balance = { amountCents: entry.balanceCents, currency };
    const due = `${entry.invoice.overdue ? 'Overdue since' : 'Due'} ${formatDate(entry.dueDate, this.locale)}`;
    return html`
      <div class="part" data-invoice-id=${id}>
        <label class="choice">
          <input
            type="checkbox"
            name="invoices"
            .value=${id}
            .checked=${checked}
            aria-describedby=${invoiceError ? `invoice-error-${id}` : nothing}
            @change=${(event: Event) => this.#toggle(id, (event.target as HTMLInputElement).checked)}
          />
          <span class="choice-text">
            <span class="choice-label">Invoice ${entry.number}</span>
            <span class="why">${due} · balance ${formatMoney(balance, this.locale)}</span>
          </span>
        </label>
        ${invoiceError ? html`<p id=${`invoice-error-${id}`} class="field-error" data-error="invoice">${invoiceError}</p>` : nothing}
        ${checked
          ? html`<alis-amount-input
              class="part-field"
              data-invoice=${id}
              .label=${`Amount to ${entry.number}`}
              .currency=${currency}
              .locale=${this.locale}
              .valueCents=${this.amounts[id] ?? null}
              .max=${entry.balanceCents}
              .maxMessage=${'At most the invoice’s balance, {max}.'}
              .errorText=${amountError ?? null}
              @input=${(event: Event) => this.#onAmount(id, event)}
            ></alis-amount-input>`
          : nothing}
      </div>
    `;
  }

  #renderReview(data: CreditData): TemplateResult {
    const request = this.#request;
    if (!request) return html``;
    const { payer, invoices } = data;
    const credit = payer.creditOnAccount;
    const currency = credit.currency;
    const lines = request.allocations ?? spreadCredit(invoices, credit.amountCents);
    const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
    const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
    const totalText = formatMoney({ amountCents: total, currency }, this.locale);
    const flowError = this.errors['flow'];
    return html`
      <div class="step">
        ${this.#heading('Review the credit to apply')}
        <p class="hint">Nothing is applied until you select “Apply ${totalText}”. No money moves: the credit is already paid.</p>
        ${flowError ? html`<div class="notice" part="notice" data-tone="danger" data-kind="flow-error" role="alert"><p>${flowError}</p></div>` : nothing}
        <dl class="review" part="review">
          <div class="wide"><dt>Payer</dt><dd>${payer.party.name}</dd></div>
          <div><dt>Credit on account</dt><dd data-reviewed-credit>${formatMoney(credit, this.locale)}</dd></div>
          <div>
            <dt>${request.allocations ? 'To the chosen invoices' : 'In policy order'}</dt>
            <dd>
              <ul class="parts">
                ${lines.map(
                  (line) => html`<li data-invoice-id=${line.invoiceId}>
                    <span>Invoice ${numbers.get(line.invoiceId) ?? line.invoiceId}</span>
                    <span class="amount">${formatMoney({ amountCents: line.amountCents, currency }, this.locale)}</span>
                  </li>`,
                )}
              </ul>
            </dd>
          </div>
          <div class="total"><dt>Total to apply</dt><dd data-total>${totalText}</dd></div>
          <div><dt>Credit left on account</dt><dd data-credit-left>${formatMoney({ amountCents: credit.amountCents - total, currency }, this.locale)}</dd></div>
        </dl>
        <div class="actions">
          <button type="button" data-action="change" @click=${this.#backToForm}>Change</button>
          <button type="button" class="primary" data-action="confirm" @click=${this.#confirm}>Apply ${totalText}</button>
        </div>
      </div>
    `;
  }

  #renderResult(data: CreditData): TemplateResult {
    const result = this.result;
    if (!result) return html``;
    const name = data.payer.party.name;
    return html`
      <div class="step">
        ${this.#heading('Credit applied')}
        <p class="confirmation">Applied ${formatMoney(result.applied, this.locale)} of ${name}'s credit on account.</p>
        <ul class="payments" part="result" aria-label="What was applied">
          ${result.applications.map(
            (line) => html`<li data-invoice-id=${line.invoiceId}>
              ${formatMoney(line.amount, this.locale)} to invoice ${line.invoiceNumber}
              <span class="hint">(credit of payment ${line.paymentReference})</span>
            </li>`,
          )}
        </ul>
        <p data-after>
          Credit left on account: <strong>${formatMoney(result.creditLeft, this.locale)}</strong>. ${name} now owes
          <strong>${formatMoney(result.outstanding, this.locale)}</strong>.
        </p>
        <div class="actions">
          <button type="button" class="primary" data-action="done" @click=${this.#close}>Done</button>
        </div>
      </div>
    `;
  }

  #setMode(mode: ApplyCreditMode): void {
    this.mode = mode;
    this.errors = {};
  }

  #toggle(invoiceId: string, checked: boolean): void {
    const order = this.#dataTask.value?.data?.invoices.map((i) => i.invoiceId) ?? [];
    const next = new Set(this.chosen);
    if (checked) next.add(invoiceId);
    else next.delete(invoiceId);
    this.chosen = order.filter((id) => next.has(id));
    this.#clearError(`invoice:${invoiceId}`, `amount:${invoiceId}`, 'allocations');
  }

  #onAmount(invoiceId: string, event: Event): void {
    this.amounts = { ...this.amounts, [invoiceId]: (event.currentTarget as AlisAmountInput).valueCents };
    this.#clearError(`amount:${invoiceId}`, 'allocations');
  }

  #clearError(...keys: string[]): void {
    const drop = new Set([...keys, 'flow']);
    if (!Object.keys(this.errors).some((key) => drop.has(key))) return;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !drop.has(key)));
  }

  /** The sum of the chosen amounts, or null while one is missing. */
  #chosenTotal(): number | null {
    let total = 0;
    for (const id of this.chosen) {
      const cents = this.amounts[id];
      if (cents === null || cents === undefined) return null;
      total += cents;
    }
    return total;
  }

  /** The request on screen, or the field errors that keep review from opening. */
  #build(data: CreditData): { request: CreditApplicationRequest } | { errors: Record<string, string> } {
    const credit = data.payer.creditOnAccount;
    if (this.mode === 'policy') {
      // The lines the review shows, sent as they are: if a balance or the credit changed since, the
      // engine refuses rather than applying something other than what was reviewed.
      const lines = spreadCredit(data.invoices, credit.amountCents).map((line) => ({ invoiceId: line.invoiceId, amountCents: line.amountCents }));
      return { request: lines.length > 0 ? { currency: credit.currency, allocations: lines } : { currency: credit.currency } };
    }
    const errors: Record<string, string> = {};
    if (this.chosen.length === 0) errors['allocations'] = 'Choose at least one invoice.';
    const allocations: NonNullable<CreditApplicationRequest['allocations']> = [];
    for (const id of this.chosen) {
      const cents = this.amounts[id] ?? null;
      const field = this.renderRoot.querySelector<AlisAmountInput>(`alis-amount-input[data-invoice="${CSS.escape(id)}"]`);
      if (cents === null || cents < 1 || (field && !field.checkValidity())) errors[`amount:${id}`] = field?.validationMessage || 'Enter an amount.';
      else allocations.push({ invoiceId: id, amountCents: cents });
    }
    const total = allocations.reduce((sum, a) => sum + a.amountCents, 0);
    if (!errors['allocations'] && allocations.length === this.chosen.length && total > credit.amountCents) {
      errors['allocations'] = `That is ${formatMoney({ amountCents: total, currency: credit.currency }, this.locale)} in all, more than the ${formatMoney(credit, this.locale)} of credit on account.`;
    }
    if (Object.keys(errors).length > 0) return { errors };
    return { request: { currency: credit.currency, allocations } };
  }

  async #openReview(event: SubmitEvent, data: CreditData): Promise<void> {
    event.preventDefault();
    if (this.step !== 'form') return;
    const built = this.#build(data);
    if ('errors' in built) {
      this.errors = built.errors;
      await this.#focusFirstError();
      return;
    }
    this.#request = built.request;
    // One key per reviewed application, remembered like a payment's: the same application from a
    // retry, a double click or a second tab (same payer, invoices, amounts and credit shown) is applied once.
    const lines = built.request.allocations ?? spreadCredit(data.invoices, data.payer.creditOnAccount.amountCents);
    this.#key = paymentKeyFor(
      {
        userId: data.me.user.id,
        target: `credit:${data.payer.party.id}:${built.request.allocations ? lines.map((l) => l.invoiceId).join(',') : 'policy'}`,
        amountCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
        methodId: 'credit-on-account',
        balanceCents: data.payer.creditOnAccount.amountCents,
      },
      browserKeyStorage(),
    );
    this.errors = {};
    this.step = 'review';
    this.announcement = '';
  }

  #backToForm(): void {
    this.#request = null;
    this.#key = null;
    this.errors = {};
    this.step = 'form';
  }

  async #confirm(): Promise<void> {
    // The step changes before the first await, so a second click finds nothing to act on.
    if (this.step !== 'review' || !this.#request || !this.#key) return;
    this.step = 'submitting';
    this.announcement = 'Applying the credit.';
    await this.#submit();
  }

  async #checkAgain(): Promise<void> {
    if (this.step !== 'unconfirmed') return;
    this.step = 'checking';
    await this.#submit();
  }

  /** Sends the reviewed application with its key until the engine gives a definite answer or we give up. */
  async #submit(): Promise<void> {
    const api = this.#session.api;
    const request = this.#request;
    const key = this.#key;
    const payerId = this.payerId;
    if (!api || !request || !key || !payerId) return;
    const outcome = await sendUntilKnown(() => api.staff.payers.applyCredit(payerId, request, { idempotencyKey: key }), {
      onChecking: () => {
        this.step = 'checking';
        this.announcement = 'Checking whether the credit was applied.';
      },
      // Checking again after an unknown outcome: a refusal before the key is looked at (429, an
      // expired session) leaves it unknown; it must not be shown as "nothing was applied".
      uncertain: this.step === 'checking',
    });
    switch (outcome.kind) {
      case 'answered': {
        const result = outcome.answer;
        this.result = result;
        this.#key = null;
        this.step = 'result';
        this.announcement = `Applied ${formatMoney(result.applied, this.locale)} of credit on account. Credit left: ${formatMoney(result.creditLeft, this.locale)}.`;
        this.emit(new AlisCreditAppliedEvent(result));
        return;
      }
      case 'refused':
        // Another user signed in: the application (and its key) went with the previous user. An
        // abort is never sent again here: it ends the work.
        if (outcome.error instanceof UserChangedError) return;
        // Removed mid-request: whether it was applied is unknown until checked with the same key.
        if (outcome.error instanceof ElementRemovedError) {
          this.step = 'unconfirmed';
          return;
        }
        this.#showRefusal(outcome.error, request);
        return;
      case 'unconfirmed':
        this.step = 'unconfirmed';
        this.announcement = 'The application could not be confirmed.';
    }
  }

  /** Shows a refusal where it belongs, back on the form with everything as it was typed. */
  #showRefusal(error: unknown, request: CreditApplicationRequest): void {
    this.#key = null;
    this.step = 'form';
    if (!isAlisApiError(error)) {
      this.errors = { flow: 'Something went wrong applying the credit. Nothing was applied; please try again.' };
      this.announcement = this.errors['flow'] ?? '';
      return;
    }
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fields)) {
      const match = /^allocations\[(\d+)\]\.(invoiceId|amountCents)$/.exec(path);
      const line = match ? request.allocations?.[Number(match[1])] : undefined;
      if (line && match?.[2] === 'amountCents') errors[`amount:${line.invoiceId}`] ??= message;
      else if (line) errors[`invoice:${line.invoiceId}`] ??= message;
      else if (path === 'allocations' && request.allocations) errors['allocations'] ??= message;
      else errors['flow'] ??= message;
    }
    if (Object.keys(errors).length === 0) errors['flow'] = `${error.message} Nothing was applied.`;
    this.errors = errors;
    this.announcement = Object.values(errors)[0] ?? error.message;
    // The credit or the balances changed meanwhile: show them as they are now, keeping what was typed.
    void this.#dataTask.run().then(() => this.#focusFirstError());
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const errors = this.errors;
    // Focus follows the step change to the heading first; the field to fix then takes it.
    this.#focusPending = false;
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
