// The steps of applying credit on account as plain render functions (form, review, progress,
// unconfirmed, result), so <alis-pc-apply-credit> keeps only its state, its loading and the
// submission. They render into the element's shadow root, so its styles and ARIA ids apply.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMoney } from '../../core/format.js';
import { spreadCredit, type CreditTarget } from '../../core/credit-plan.js';
import { chosenTotal, creditApplicationLines, type CreditApplicationErrors, type CreditApplicationMode } from '../../core/credit-application.js';
import { renderNotice } from '../shared/states.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { CreditApplicationRequest, CreditApplicationResult, Invoice, Me, Money, Payer } from '../../sdk/types.js';

/** The steps of applying credit. `checking`: the outcome is unknown and is being asked again with the same key. */
export type ApplyCreditStep = 'form' | 'review' | 'submitting' | 'checking' | 'unconfirmed' | 'result';

/** What the panel loaded for one payer. */
export interface CreditData {
  me: Me;
  payer: Payer;
  /** The payer's open invoices in the policy's order. */
  invoices: (CreditTarget & { invoice: Invoice })[];
}

/** What a step shows, and what its controls do. */
export interface ApplyCreditView {
  data: CreditData;
  locale: string | undefined;
  step: ApplyCreditStep;
  mode: CreditApplicationMode;
  chosen: readonly string[];
  amounts: Readonly<Record<string, number | null>>;
  errors: Readonly<CreditApplicationErrors>;
  /** The reviewed request (review step). */
  request: CreditApplicationRequest | null;
  /** What was applied (result step). */
  result: CreditApplicationResult | null;
  close: () => void;
  setMode: (mode: CreditApplicationMode) => void;
  toggle: (invoiceId: string, checked: boolean) => void;
  amountChanged: (invoiceId: string, valueCents: number | null) => void;
  openReview: (event: SubmitEvent) => void;
  backToForm: () => void;
  confirm: () => void;
  checkAgain: () => void;
}

const policyOrderWords = {
  oldest_first: 'oldest due date first',
  newest_first: 'most recent due date first',
  unapplied_credit: 'oldest due date first',
} as const;

/** Each step's heading takes focus when the step shows, announcing it. */
function heading(text: string): TemplateResult {
  return html`<h4 part="heading" tabindex="-1" data-heading>${text}</h4>`;
}

/** A refusal of the application as a whole. */
const flowNotice = (message: string): TemplateResult => renderNotice(message, 'danger', { kind: 'flow-error', role: 'alert' });

/** The current step of `view`. */
export function renderApplyCreditStep(view: ApplyCreditView): TemplateResult {
  switch (view.step) {
    case 'form':
      return renderForm(view);
    case 'review':
      return renderReview(view);
    case 'submitting':
      return html`<div class="step">
        ${heading('Applying the credit')}
        <p class="progress" role="status">Sending the application to the billing engine. Please keep this page open.</p>
      </div>`;
    case 'checking':
      return html`<div class="step">
        ${heading('Checking the application')}
        <p class="progress" role="status">The connection dropped while the credit was being applied. Checking whether it went through; it is never applied twice.</p>
      </div>`;
    case 'unconfirmed':
      return html`<div class="step">
        ${heading('The application could not be confirmed')}
        ${renderNotice('We could not reach the billing service to confirm whether the credit was applied. Checking again is safe: it is never applied twice.', 'warning', { role: 'alert' })}
        <div class="actions">
          <button type="button" @click=${view.close}>Close</button>
          <button type="button" class="primary" data-action="check-again" @click=${view.checkAgain}>Check again</button>
        </div>
      </div>`;
    case 'result':
      return renderResult(view);
  }
}

function renderForm(view: ApplyCreditView): TemplateResult {
  const { payer, invoices, me } = view.data;
  const { errors, locale } = view;
  const credit = payer.creditOnAccount;
  const canApply = credit.amountCents > 0 && invoices.length > 0;
  // Without the fields (nothing to apply, or an invoice that was paid meanwhile), a refusal about
  // them is shown with the form's own.
  const shown = new Set(canApply && view.mode === 'chosen' ? invoices.map((i) => i.invoiceId) : []);
  const orphans = Object.entries(errors).filter(([key]) => key !== 'flow' && key !== 'allocations' && !shown.has(key.slice(key.indexOf(':') + 1)));
  const flowError = [canApply ? errors['flow'] : Object.values(errors).join(' '), ...(canApply ? orphans.map(([, m]) => m) : [])].filter(Boolean).join(' ');
  const order = policyOrderWords[me.community.allocationPolicy];
  return html`
    <form class="step" novalidate @submit=${view.openReview}>
      ${heading(`Apply ${payer.party.name}'s credit on account`)} ${flowError ? flowNotice(flowError) : nothing}
      <p>
        Credit on account: <strong data-credit>${formatMoney(credit, locale)}</strong>
        <span class="hint">${invoices.length === 1 ? '1 open invoice' : `${invoices.length} open invoices`} addressed to ${payer.party.name}</span>
      </p>
      ${credit.amountCents <= 0 ? renderNotice(`${payer.party.name} holds no credit on account; there is nothing to apply.`) : nothing}
      ${credit.amountCents > 0 && invoices.length === 0 ? renderNotice(`${payer.party.name} has no open invoice to apply the credit to; it stays on account.`) : nothing}
      ${canApply
        ? html`
            <fieldset>
              <legend>Apply the credit</legend>
              ${modeRadio(view, 'policy', 'In policy order', `To the open invoices, ${order}, as far as the credit reaches.`)}
              ${modeRadio(view, 'chosen', 'To chosen invoices', 'Choose the invoices and how much goes to each.')}
            </fieldset>
            ${view.mode === 'chosen' ? renderChosen(view, credit) : renderPolicyPreview(view, credit)}
          `
        : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" @click=${view.close}>Cancel</button>
        ${canApply ? html`<button type="submit" class="primary" data-action="review">Review</button>` : nothing}
      </div>
    </form>
  `;
}

function modeRadio(view: ApplyCreditView, mode: CreditApplicationMode, label: string, hint: string): TemplateResult {
  const id = `mode-${mode}`;
  return html`
    <label class="choice">
      <input type="radio" name="mode" .value=${mode} .checked=${view.mode === mode} aria-describedby=${`${id}-hint`} @change=${() => view.setMode(mode)} />
      <span class="choice-text">
        <span class="choice-label">${label}</span>
        <span class="why" id=${`${id}-hint`}>${hint}</span>
      </span>
    </label>
  `;
}

/** Invoice by invoice, what `lines` apply, each amount in `currency`. */
function renderLines(lines: readonly { invoiceId: string; amountCents: number }[], numbers: ReadonlyMap<string, string>, currency: string, locale: string | undefined): TemplateResult[] {
  return lines.map(
    (line) => html`<li data-invoice-id=${line.invoiceId}>
      <span>Invoice ${numbers.get(line.invoiceId) ?? line.invoiceId}</span>
      <span class="amount">${formatMoney({ amountCents: line.amountCents, currency }, locale)}</span>
    </li>`,
  );
}

function renderPolicyPreview(view: ApplyCreditView, credit: Money): TemplateResult {
  const { invoices } = view.data;
  const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
  return html`
    <ul class="parts" aria-label="What policy order applies">
      ${renderLines(spreadCredit(invoices, credit.amountCents), numbers, credit.currency, view.locale)}
    </ul>
  `;
}

function renderChosen(view: ApplyCreditView, credit: Money): TemplateResult {
  const error = view.errors['allocations'];
  const total = chosenTotal(view.chosen, view.amounts);
  return html`
    <fieldset aria-describedby=${error ? 'chosen-total allocations-error' : 'chosen-total'} data-field="allocations">
      <legend>Invoices and amounts</legend>
      ${view.data.invoices.map((entry) => renderInvoice(view, entry, credit.currency))}
      <p id="chosen-total" class="running-total">
        Total: <strong>${total === null ? '—' : formatMoney({ amountCents: total, currency: credit.currency }, view.locale)}</strong>
        <span class="hint">of ${formatMoney(credit, view.locale)} credit on account</span>
      </p>
      ${error ? html`<p id="allocations-error" class="field-error" data-error="allocations">${error}</p>` : nothing}
    </fieldset>
  `;
}

function renderInvoice(view: ApplyCreditView, entry: CreditData['invoices'][number], currency: string): TemplateResult {
  const id = entry.invoiceId;
  const checked = view.chosen.includes(id);
  const invoiceError = view.errors[`invoice:${id}`];
  const amountError = view.errors[`amount:${id}`];
  const balance = { amountCents: entry.balanceCents, currency };
  const due = `${entry.invoice.overdue ? 'Overdue since' : 'Due'} ${formatDate(entry.dueDate, view.locale)}`;
  return html`
    <div class="part" data-invoice-id=${id}>
      <label class="choice">
        <input
          type="checkbox"
          name="invoices"
          .value=${id}
          .checked=${checked}
          aria-describedby=${invoiceError ? `invoice-error-${id}` : nothing}
          @change=${(event: Event) => view.toggle(id, (event.target as HTMLInputElement).checked)}
        />
        <span class="choice-text">
          <span class="choice-label">Invoice ${entry.number}</span>
          <span class="why">${due} · balance ${formatMoney(balance, view.locale)}</span>
        </span>
      </label>
      ${invoiceError ? html`<p id=${`invoice-error-${id}`} class="field-error" data-error="invoice">${invoiceError}</p>` : nothing}
      ${checked
        ? html`<alis-amount-input
            class="part-field"
            data-invoice=${id}
            .label=${`Amount to ${entry.number}`}
            .currency=${currency}
            .locale=${view.locale}
            .valueCents=${view.amounts[id] ?? null}
            .max=${entry.balanceCents}
            .maxMessage=${'At most the invoice’s balance, {max}.'}
            .errorText=${amountError ?? null}
            @input=${(event: Event) => view.amountChanged(id, (event.currentTarget as AlisAmountInput).valueCents)}
          ></alis-amount-input>`
        : nothing}
    </div>
  `;
}

function renderReview(view: ApplyCreditView): TemplateResult {
  const request = view.request;
  if (!request) return html``;
  const { payer, invoices } = view.data;
  const locale = view.locale;
  const credit = payer.creditOnAccount;
  const currency = credit.currency;
  const lines = creditApplicationLines(request, invoices, credit.amountCents);
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
  const totalText = formatMoney({ amountCents: total, currency }, locale);
  const flowError = view.errors['flow'];
  return html`
    <div class="step">
      ${heading('Review the credit to apply')}
      <p class="hint">Nothing is applied until you select “Apply ${totalText}”. No money moves: the credit is already paid.</p>
      ${flowError ? flowNotice(flowError) : nothing}
      <dl class="review" part="review">
        <div class="wide"><dt>Payer</dt><dd>${payer.party.name}</dd></div>
        <div><dt>Credit on account</dt><dd data-reviewed-credit>${formatMoney(credit, locale)}</dd></div>
        <div>
          <dt>${request.allocations ? 'To the chosen invoices' : 'In policy order'}</dt>
          <dd>
            <ul class="parts">
              ${renderLines(lines, numbers, currency, locale)}
            </ul>
          </dd>
        </div>
        <div class="total"><dt>Total to apply</dt><dd data-total>${totalText}</dd></div>
        <div><dt>Credit left on account</dt><dd data-credit-left>${formatMoney({ amountCents: credit.amountCents - total, currency }, locale)}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" data-action="change" @click=${view.backToForm}>Change</button>
        <button type="button" class="primary" data-action="confirm" @click=${view.confirm}>Apply ${totalText}</button>
      </div>
    </div>
  `;
}

function renderResult(view: ApplyCreditView): TemplateResult {
  const result = view.result;
  if (!result) return html``;
  const name = view.data.payer.party.name;
  const locale = view.locale;
  return html`
    <div class="step">
      ${heading('Credit applied')}
      <p class="confirmation">Applied ${formatMoney(result.applied, locale)} of ${name}'s credit on account.</p>
      <ul class="payments" part="result" aria-label="What was applied">
        ${result.applications.map(
          (line) => html`<li data-invoice-id=${line.invoiceId}>
            ${formatMoney(line.amount, locale)} to invoice ${line.invoiceNumber}
            <span class="hint">(credit of payment ${line.paymentReference})</span>
          </li>`,
        )}
      </ul>
      <p data-after>
        Credit left on account: <strong>${formatMoney(result.creditLeft, locale)}</strong>. ${name} now owes
        <strong>${formatMoney(result.outstanding, locale)}</strong>.
      </p>
      <div class="actions">
        <button type="button" class="primary" data-action="done" @click=${view.close}>Done</button>
      </div>
    </div>
  `;
}
