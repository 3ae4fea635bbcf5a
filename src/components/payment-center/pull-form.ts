// The staff pull's form: how much to pull from which of the payer's authorized methods, one method
// or a split with an amount each. Plain render functions in the pull's shadow root, so every
// label, hint and error stays beside its field for ARIA.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { renderNotice } from '../shared/states.js';
import { formatMoney } from '../../core/format.js';
import { payerRelation, pullableMethods } from '../../core/pull-methods.js';
import { MAX_PULL_PARTS } from '../../core/pull-words.js';
import { focusFirstError, mark, methodRadioSelector, renderMarked, renderMethodParts, renderMethodRadio } from './method-part.js';
import type { Translate } from '../../core/i18n/translate.js';
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
  /** The element's words. */
  t: Translate;
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
  const { payer, me, balance, errors, locale, t } = view;
  const name = payer.party.name;
  const offered = pullableMethods(payer.methods);
  // Only the gateway matters to a staff pull: the portal being off does not stop it.
  const canPull = me.community.gatewayEnabled && balance.amountCents > 0 && offered.length > 0;
  // Without the fields (nothing left to pull from), a refusal about them is shown with the form's own.
  const flowError = canPull ? errors['flow'] : Object.values(errors).join(' ');
  return html`
    <form class="step" novalidate @submit=${actions.review} aria-busy=${view.busy ? 'true' : 'false'}>
      ${renderPullHeading(t('Pull a payment from {payer}', { payer: name }))}
      <p class="hint">${payerRelation(payer, t)}</p>
      ${view.balanceNotice ? renderNotice(view.balanceNotice, 'warning', { kind: 'balance-changed', role: 'alert' }) : nothing}
      ${renderPullFlowError(flowError)}
      ${me.community.gatewayEnabled
        ? nothing
        : renderNotice(t('ALIS Pay is switched off at {community}: nothing can be pulled until it is on again.', { community: me.community.communityName }), 'warning')}
      <p>
        ${renderMarked(t('Outstanding balance: {amount}', { amount: mark(0) }), [html`<strong data-outstanding>${formatMoney(balance, locale)}</strong>`])}
        <span class="hint">${t.plural(payer.openInvoiceCount, { one: 'across {count} open invoice', other: 'across {count} open invoices' })}</span>
      </p>
      ${balance.amountCents <= 0 ? renderNotice(t('{payer} owes nothing now; there is nothing to pull.', { payer: name })) : nothing}
      ${offered.length === 0
        ? html`<p class="hint" data-kind="no-authorized">
            ${t(
              '{payer} has no saved method authorized for recurring payments, so the billing team cannot pull. They can allow automatic payments on a method in the portal.',
              { payer: name },
            )}
          </p>`
        : nothing}
      ${canPull
        ? html`
            <fieldset>
              <legend>${t('Pull from')}</legend>
              ${renderModeRadio(view, actions, false, t('One method'), t('The amount from a single authorized method.'))}
              ${renderModeRadio(view, actions, true, t('Split across methods'), t('An amount from each of up to {max} authorized methods.', { max: MAX_PULL_PARTS }))}
            </fieldset>
            ${view.splitMode ? renderSplit(view, actions) : renderSingle(view, actions)}
          `
        : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" @click=${actions.close}>${t('Cancel')}</button>
        ${canPull ? html`<button type="submit" class="primary" data-action="review" ?disabled=${view.busy}>${t('Review pull')}</button>` : nothing}
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
        <span class="choice-label">${renderUnbroken(label)}</span>
        <span class="why" id=${`${id}-hint`}>${renderUnbroken(hint)}</span>
      </span>
    </label>
  `;
}

/** The most a field may take, and how it says so: the amount field fills in `{max}` itself. */
function maxMessage(t: Translate): string {
  return t('The most you can pull is the outstanding balance, {max}.');
}

function renderSingle(view: PullFormView, actions: PullFormActions): TemplateResult {
  const { balance, locale, t } = view;
  const error = view.errors['method'];
  return html`
    <fieldset aria-describedby=${error ? 'method-error' : nothing} data-field="method">
      <legend>${t('Method')}</legend>
      ${view.payer.methods.map((method) => renderMethodRadio(method, method.id === view.singleMethodId, actions.chooseSingle, t))}
      ${error ? html`<p id="method-error" class="field-error" data-error="method">${error}</p>` : nothing}
    </fieldset>
    <alis-amount-input
      data-field="amount"
      .label=${t('Amount to pull')}
      .hint=${t('Up to the outstanding balance of {balance}.', { balance: formatMoney(balance, locale) })}
      .currency=${balance.currency}
      .locale=${locale}
      .valueCents=${view.singleAmount}
      .max=${balance.amountCents}
      .maxMessage=${maxMessage(t)}
      .errorText=${view.errors['amount'] ?? null}
      @input=${actions.singleAmount}
    ></alis-amount-input>
  `;
}

function renderSplit(view: PullFormView, actions: PullFormActions): TemplateResult {
  const { balance, locale, splitTotal, t } = view;
  const partsError = view.errors['parts'];
  const field = (method: PaymentMethod, error: string | undefined) => html`<alis-amount-input
    class="part-field"
    data-part=${method.id}
    .label=${t('Amount from {method}', { method: method.label })}
    .currency=${balance.currency}
    .locale=${locale}
    .valueCents=${view.amounts[method.id] ?? null}
    .max=${balance.amountCents}
    .maxMessage=${maxMessage(t)}
    .errorText=${error ?? null}
    @input=${(event: Event) => actions.partAmount(method.id, event)}
  ></alis-amount-input>`;
  return html`
    <fieldset aria-describedby=${partsError ? 'parts-total parts-error' : 'parts-total'} data-field="parts">
      <legend>${t('Methods and amounts')}</legend>
      ${renderMethodParts(view.payer.methods, { chosen: view.chosen, errors: view.errors, field, onToggle: actions.toggle, t })}
      <p id="parts-total" class="running-total">
        ${renderMarked(t('Total: {total}', { total: mark(0) }), [
          html`<strong>${splitTotal === null ? '—' : formatMoney({ amountCents: splitTotal, currency: balance.currency }, locale)}</strong>`,
        ])}
        <span class="hint">${t('of {balance} outstanding', { balance: formatMoney(balance, locale) })}</span>
      </p>
      ${partsError ? html`<p id="parts-error" class="field-error" data-error="parts">${partsError}</p>` : nothing}
    </fieldset>
  `;
}

/** Focuses what the pull's first error is about: the heading for the flow's own error, the method, the amount, a part, the split. */
export function focusFirstPullError(root: ParentNode, errors: Readonly<Record<string, unknown>>, chosen: readonly string[]): void {
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
