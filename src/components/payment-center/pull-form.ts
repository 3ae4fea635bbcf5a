// The staff pull's form: how much to pull from which of the payer's authorized methods, one method
// or a split with an amount each. Plain render functions in the pull's shadow root, so every
// label, hint and error stays beside its field for ARIA.
import { html, nothing, type TemplateResult } from 'lit';
import { renderNotice } from '../shared/states.js';
import { formatMoney } from '../../core/format.js';
import { payerRelation, pullableMethods } from '../../core/pull-methods.js';
import { MAX_PULL_PARTS } from '../../core/pull-words.js';
import { focusFirstError, methodRadioSelector, renderMethodParts, renderMethodRadio } from './method-part.js';
import type { Me, Money, Payer, PaymentMethod } from '../../sdk/types.js';
import '../amount-input/amount-input.js';

/** A pull step's heading (`part="heading"`), which takes focus when the step appears. */
export function renderPullHeading(text: string): TemplateResult {
  return html`<h4 part="heading" tabindex="-1" data-heading>${text}</h4>`;
}

/** The form's or review's error that belongs to no field. */
export function renderPullFlowError(message: string | undefined): TemplateResult | typeof nothing {
  return message ? renderNotice(message, 'danger', { kind: 'flow-error' }) : nothing;
}

/** What the form shows: the payer and what staff chose and typed so far. */
export interface PullFormView {
  payer: Payer;
  me: Me;
  balance: Money;
  splitMode: boolean;
  singleMethodId: string | null;
  singleAmount: number | null;
  chosen: readonly string[];
  amounts: Readonly<Record<string, number | null>>;
  /** The sum of the split's amounts, or null while one is missing. */
  splitTotal: number | null;
  errors: Readonly<Record<string, string>>;
  balanceNotice: string | null;
  /** A quote is being asked for. */
  busy: boolean;
  locale: string | undefined;
}

/** What the form's controls do. */
export interface PullFormActions {
  review: (event: SubmitEvent) => void;
  close: () => void;
  setSplit: (split: boolean) => void;
  chooseSingle: (methodId: string) => void;
  singleAmount: (event: Event) => void;
  toggle: (methodId: string, checked: boolean) => void;
  partAmount: (methodId: string, event: Event) => void;
}

/** The whole form: balance, notices, one method or a split, Review. */
export function renderPullForm(view: PullFormView, actions: PullFormActions): TemplateResult {
  const { payer, me, balance, errors, locale } = view;
  const offered = pullableMethods(payer.methods);
  // Only the gateway matters to a staff pull: the portal being off does not stop it.
  const canPull = me.community.gatewayEnabled && balance.amountCents > 0 && offered.length > 0;
  // Without the fields (nothing left to pull from), a refusal about them is shown with the form's own.
  const flowError = canPull ? errors['flow'] : Object.values(errors).join(' ');
  return html`
    <form class="step" novalidate @submit=${actions.review} aria-busy=${view.busy ? 'true' : 'false'}>
      ${renderPullHeading(`Pull a payment from ${payer.party.name}`)}
      <p class="hint">${payerRelation(payer)}</p>
      ${view.balanceNotice ? renderNotice(view.balanceNotice, 'warning', { kind: 'balance-changed', role: 'alert' }) : nothing}
      ${renderPullFlowError(flowError)}
      ${me.community.gatewayEnabled
        ? nothing
        : renderNotice(`ALIS Pay is switched off at ${me.community.communityName}: nothing can be pulled until it is on again.`, 'warning')}
      <p>
        Outstanding balance: <strong data-outstanding>${formatMoney(balance, locale)}</strong>
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
              ${renderModeRadio(view, actions, false, 'One method', 'The amount from a single authorized method.')}
              ${renderModeRadio(view, actions, true, 'Split across methods', `An amount from each of up to ${MAX_PULL_PARTS} authorized methods.`)}
            </fieldset>
            ${view.splitMode ? renderSplit(view, actions) : renderSingle(view, actions)}
          `
        : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" @click=${actions.close}>Cancel</button>
        ${canPull ? html`<button type="submit" class="primary" data-action="review" ?disabled=${view.busy}>Review pull</button>` : nothing}
      </div>
    </form>
  `;
}

function renderModeRadio(view: PullFormView, actions: PullFormActions, split: boolean, label: string, hint: string): TemplateResult {
  const id = split ? 'mode-split' : 'mode-single';
  return html`
    <label class="choice">
      <input type="radio" name="mode" .value=${id} .checked=${view.splitMode === split} aria-describedby=${`${id}-hint`} @change=${() => actions.setSplit(split)} />
      <span class="choice-text">
        <span class="choice-label">${label}</span>
        <span class="why" id=${`${id}-hint`}>${hint}</span>
      </span>
    </label>
  `;
}

/** The most a field may take, and how it says so. */
const maxMessage = 'The most you can pull is the outstanding balance, {max}.';

function renderSingle(view: PullFormView, actions: PullFormActions): TemplateResult {
  const { balance, locale } = view;
  const error = view.errors['method'];
  return html`
    <fieldset aria-describedby=${error ? 'method-error' : nothing} data-field="method">
      <legend>Method</legend>
      ${view.payer.methods.map((method) => renderMethodRadio(method, method.id === view.singleMethodId, actions.chooseSingle))}
      ${error ? html`<p id="method-error" class="field-error" data-error="method">${error}</p>` : nothing}
    </fieldset>
    <alis-amount-input
      data-field="amount"
      .label=${'Amount to pull'}
      .hint=${`Up to the outstanding balance of ${formatMoney(balance, locale)}.`}
      .currency=${balance.currency}
      .locale=${locale}
      .valueCents=${view.singleAmount}
      .max=${balance.amountCents}
      .maxMessage=${maxMessage}
      .errorText=${view.errors['amount'] ?? null}
      @input=${actions.singleAmount}
    ></alis-amount-input>
  `;
}

function renderSplit(view: PullFormView, actions: PullFormActions): TemplateResult {
  const { balance, locale, splitTotal } = view;
  const partsError = view.errors['parts'];
  const field = (method: PaymentMethod, error: string | undefined) => html`<alis-amount-input
    class="part-field"
    data-part=${method.id}
    .label=${`Amount from ${method.label}`}
    .currency=${balance.currency}
    .locale=${locale}
    .valueCents=${view.amounts[method.id] ?? null}
    .max=${balance.amountCents}
    .maxMessage=${maxMessage}
    .errorText=${error ?? null}
    @input=${(event: Event) => actions.partAmount(method.id, event)}
  ></alis-amount-input>`;
  return html`
    <fieldset aria-describedby=${partsError ? 'parts-total parts-error' : 'parts-total'} data-field="parts">
      <legend>Methods and amounts</legend>
      ${renderMethodParts(view.payer.methods, { chosen: view.chosen, errors: view.errors, field, onToggle: actions.toggle })}
      <p id="parts-total" class="running-total">
        Total: <strong>${splitTotal === null ? '—' : formatMoney({ amountCents: splitTotal, currency: balance.currency }, locale)}</strong>
        <span class="hint">of ${formatMoney(balance, locale)} outstanding</span>
      </p>
      ${partsError ? html`<p id="parts-error" class="field-error" data-error="parts">${partsError}</p>` : nothing}
    </fieldset>
  `;
}

/** Focuses what the pull's first error is about: the heading for the flow's own error, the method, the amount, a part, the split. */
export function focusFirstPullError(root: ParentNode, errors: Readonly<Record<string, string>>, chosen: readonly string[]): void {
  focusFirstError(root, errors, chosen, {
    fields: [
      ['flow', '[data-heading]'],
      ['method', methodRadioSelector],
      ['amount', 'alis-amount-input[data-field="amount"]'],
    ],
    inPart: ['alis-amount-input, input'],
    firstPartField: 'alis-amount-input[data-part]',
  });
}
