// The steps of applying credit on account as plain render functions (form, review, progress,
// unconfirmed, result), so <alis-pc-apply-credit> keeps only its state, its loading and the
// submission. They render into the element's shadow root, so its styles and ARIA ids apply.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { spreadCredit, type CreditTarget } from '../../core/credit-plan.js';
import { chosenTotal, creditApplicationLines, type CreditApplicationErrors, type CreditApplicationMode } from '../../core/credit-application.js';
import { renderNotice } from '../shared/states.js';
import { mark, renderMarked } from './method-part.js';
import type { Translate } from '../../core/i18n/translate.js';
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
  /** The element's words. */
  t: Translate;
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


/** Each step's heading takes focus when the step shows, announcing it. */
function heading(text: string): TemplateResult {
  return html`<h4 part="heading" tabindex="-1" data-heading>${text}</h4>`;
}

/** A refusal of the application as a whole. */
const flowNotice = (message: string): TemplateResult => renderNotice(message, 'danger', { kind: 'flow-error', role: 'alert' });

/** The current step of `view`. */
export function renderApplyCreditStep(view: ApplyCreditView): TemplateResult {
  const { t } = view;
  switch (view.step) {
    case 'form':
      return renderForm(view);
    case 'review':
      return renderReview(view);
    case 'submitting':
      return html`<div class="step">
        ${heading(t('Applying the credit'))}
        <p class="progress" role="status">${t('Sending the application to the billing engine. Please keep this page open.')}</p>
      </div>`;
    case 'checking':
      return html`<div class="step">
        ${heading(t('Checking the application'))}
        <p class="progress" role="status">${t('The connection dropped while the credit was being applied. Checking whether it went through; it is never applied twice.')}</p>
      </div>`;
    case 'unconfirmed':
      return html`<div class="step">
        ${heading(t('The application could not be confirmed'))}
        ${renderNotice(t('We could not reach the billing service to confirm whether the credit was applied. Checking again is safe: it is never applied twice.'), 'warning', {
          role: 'alert',
        })}
        <div class="actions">
          <button type="button" @click=${view.close}>${t('Close')}</button>
          <button type="button" class="primary" data-action="check-again" @click=${view.checkAgain}>${t('Check again')}</button>
        </div>
      </div>`;
    case 'result':
      return renderResult(view);
  }
}

function renderForm(view: ApplyCreditView): TemplateResult {
  const { payer, invoices, me } = view.data;
  const { errors, locale, t } = view;
  const name = payer.party.name;
  const credit = payer.creditOnAccount;
  const canApply = credit.amountCents > 0 && invoices.length > 0;
  // Without the fields (nothing to apply, or an invoice that was paid meanwhile), a refusal about
  // them is shown with the form's own.
  const shown = new Set(canApply && view.mode === 'chosen' ? invoices.map((i) => i.invoiceId) : []);
  const orphans = Object.entries(errors).filter(([key]) => key !== 'flow' && key !== 'allocations' && !shown.has(key.slice(key.indexOf(':') + 1)));
  const flowError = [canApply ? errors['flow'] : Object.values(errors).join(' '), ...(canApply ? orphans.map(([, m]) => m) : [])].filter(Boolean).join(' ');
  // Policy order applies credit oldest due date first, also under "leave unapplied as credit".
  const policyHint =
    me.community.allocationPolicy === 'newest_first'
    ? t('To the open invoices, most recent due date first, as far as the credit reaches.')
    : t('To the open invoices, oldest due date first, as far as the credit reaches.');
  return html`
    <form class="step" novalidate @submit=${view.openReview}>
      ${heading(t("Apply {payer}'s credit on account", { payer: name }))} ${flowError ? flowNotice(flowError) : nothing}
      <p>
        ${renderMarked(t('Credit on account: {amount}', { amount: mark(0) }), [html`<strong data-credit>${formatMoney(credit, locale)}</strong>`])}
        <span class="hint"
          >${t.plural(invoices.length, { one: '{count} open invoice addressed to {payer}', other: '{count} open invoices addressed to {payer}' }, { payer: name })}</span
        >
      </p>
      ${credit.amountCents <= 0 ? renderNotice(t('{payer} holds no credit on account; there is nothing to apply.', { payer: name })) : nothing}
      ${credit.amountCents > 0 && invoices.length === 0 ? renderNotice(t('{payer} has no open invoice to apply the credit to; it stays on account.', { payer: name })) : nothing}
      ${canApply
        ? html`
            <fieldset>
              <legend>${t('Apply the credit')}</legend>
              ${modeRadio(view, 'policy', t('In policy order'), policyHint)}
              ${modeRadio(view, 'chosen', t('To chosen invoices'), t('Choose the invoices and how much goes to each.'))}
            </fieldset>
            ${view.mode === 'chosen' ? renderChosen(view, credit) : renderPolicyPreview(view, credit)}
          `
        : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" @click=${view.close}>${t('Cancel')}</button>
        ${canApply ? html`<button type="submit" class="primary" data-action="review">${t('Review')}</button>` : nothing}
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
        <span class="choice-label">${renderUnbroken(label)}</span>
        <span class="why" id=${`${id}-hint`}>${renderUnbroken(hint)}</span>
      </span>
    </label>
  `;
}

/** Invoice by invoice, what `lines` apply, each amount in `currency`. */
function renderLines(
  lines: readonly { invoiceId: string; amountCents: number }[],
  numbers: ReadonlyMap<string, string>,
  currency: string,
  locale: string | undefined,
  t: Translate,
): TemplateResult[] {
  return lines.map(
    (line) => html`<li data-invoice-id=${line.invoiceId}>
      <span>${t('Invoice {number}', { number: numbers.get(line.invoiceId) ?? line.invoiceId })}</span>
      <span class="amount">${formatMoney({ amountCents: line.amountCents, currency }, locale)}</span>
    </li>`,
  );
}

function renderPolicyPreview(view: ApplyCreditView, credit: Money): TemplateResult {
  const { invoices } = view.data;
  const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
  return html`
    <ul class="parts" aria-label=${view.t('What policy order applies')}>
      ${renderLines(spreadCredit(invoices, credit.amountCents), numbers, credit.currency, view.locale, view.t)}
    </ul>
  `;
}

function renderChosen(view: ApplyCreditView, credit: Money): TemplateResult {
  const { t } = view;
  const error = view.errors['allocations'];
  const total = chosenTotal(view.chosen, view.amounts);
  return html`
    <fieldset aria-describedby=${error ? 'chosen-total allocations-error' : 'chosen-total'} data-field="allocations">
      <legend>${t('Invoices and amounts')}</legend>
      ${view.data.invoices.map((entry) => renderInvoice(view, entry, credit.currency))}
      <p id="chosen-total" class="running-total">
        ${renderMarked(t('Total: {total}', { total: mark(0) }), [
          html`<strong>${total === null ? '—' : formatMoney({ amountCents: total, currency: credit.currency }, view.locale)}</strong>`,
        ])}
        <span class="hint">${t('of {credit} credit on account', { credit: formatMoney(credit, view.locale) })}</span>
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
  const { t } = view;
  const balance = { amountCents: entry.balanceCents, currency };
  const date = formatDate(entry.dueDate, view.locale);
  const due = entry.invoice.overdue ? t('Overdue since {date}', { date }) : t('Due {date}', { date });
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
          <span class="choice-label">${renderUnbroken(t('Invoice {number}', { number: entry.number }))}</span>
          <span class="why">${renderUnbroken(t('{due} · balance {balance}', { due, balance: formatMoney(balance, view.locale) }))}</span>
        </span>
      </label>
      ${invoiceError ? html`<p id=${`invoice-error-${id}`} class="field-error" data-error="invoice">${invoiceError}</p>` : nothing}
      ${checked
        ? html`<alis-amount-input
            class="part-field"
            data-invoice=${id}
            .label=${t('Amount to {number}', { number: entry.number })}
            .currency=${currency}
            .locale=${view.locale}
            .valueCents=${view.amounts[id] ?? null}
            .max=${entry.balanceCents}
            .maxMessage=${t('At most the invoice’s balance, {max}.')}
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
  const { locale, t } = view;
  const credit = payer.creditOnAccount;
  const currency = credit.currency;
  const lines = creditApplicationLines(request, invoices, credit.amountCents);
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const numbers = new Map(invoices.map((i) => [i.invoiceId, i.number]));
  const totalText = formatMoney({ amountCents: total, currency }, locale);
  const flowError = view.errors['flow'];
  return html`
    <div class="step">
      ${heading(t('Review the credit to apply'))}
      <p class="hint">${t('Nothing is applied until you select “Apply {total}”. No money moves: the credit is already paid.', { total: totalText })}</p>
      ${flowError ? flowNotice(flowError) : nothing}
      <dl class="review" part="review">
        <div class="wide"><dt>${t('Payer')}</dt><dd>${payer.party.name}</dd></div>
        <div><dt>${t('Credit on account')}</dt><dd data-reviewed-credit>${formatMoney(credit, locale)}</dd></div>
        <div>
          <dt>${request.allocations ? t('To the chosen invoices') : t('In policy order')}</dt>
          <dd>
            <ul class="parts">
              ${renderLines(lines, numbers, currency, locale, t)}
            </ul>
          </dd>
        </div>
        <div class="total"><dt>${t('Total to apply')}</dt><dd data-total>${totalText}</dd></div>
        <div><dt>${t('Credit left on account')}</dt><dd data-credit-left>${formatMoney({ amountCents: credit.amountCents - total, currency }, locale)}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" data-action="change" @click=${view.backToForm}>${t('Change')}</button>
        <button type="button" class="primary" data-action="confirm" @click=${view.confirm}>${t('Apply {total}', { total: totalText })}</button>
      </div>
    </div>
  `;
}

function renderResult(view: ApplyCreditView): TemplateResult {
  const result = view.result;
  if (!result) return html``;
  const name = view.data.payer.party.name;
  const { locale, t } = view;
  return html`
    <div class="step">
      ${heading(t('Credit applied'))}
      <p class="confirmation">${renderUnbroken(t("Applied {amount} of {payer}'s credit on account.", { amount: formatMoney(result.applied, locale), payer: name }))}</p>
      <ul class="payments" part="result" aria-label=${t('What was applied')}>
        ${result.applications.map(
          (line) => html`<li data-invoice-id=${line.invoiceId}>
            ${renderUnbroken(t('{amount} to invoice {number}', { amount: formatMoney(line.amount, locale), number: line.invoiceNumber }))}
            <span class="hint">${renderUnbroken(t('(credit of payment {reference})', { reference: line.paymentReference }))}</span>
          </li>`,
        )}
      </ul>
      <p data-after>
        ${renderMarked(t('Credit left on account: {left}. {payer} now owes {owed}.', { left: mark(0), payer: name, owed: mark(1) }), [
          html`<strong>${formatMoney(result.creditLeft, locale)}</strong>`,
          html`<strong>${formatMoney(result.outstanding, locale)}</strong>`,
        ])}
      </p>
      <div class="actions">
        <button type="button" class="primary" data-action="done" @click=${view.close}>${t('Done')}</button>
      </div>
    </div>
  `;
}
