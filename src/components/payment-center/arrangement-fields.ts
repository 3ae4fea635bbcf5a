// The arrangement editor's form: who pays, and when the billing team pulls, from which methods and
// how split. Plain render functions in the editor's shadow root, so every label, hint and error
// stays beside its field for ARIA.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { payerRelation, pullableMethods } from '../../core/pull-methods.js';
import { splitHint, type ArrangementForm, type ArrangementSplit } from '../../core/arrangement-form.js';
import { renderMethodParts, renderMethodRadio } from './method-part.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Arrangement, Payer, PaymentMethod } from '../../sdk/types.js';
import '../amount-input/amount-input.js';

const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);

/** What the form shows. */
export interface ArrangementFormView extends ArrangementForm {
  payer: Payer;
  /** The shares' total in basis points, or null while one cannot be read. */
  shareTotal: number | null;
  /** Messages by field: `day`, `method`, `parts`, `part:<methodId>`, `form`. */
  errors: Readonly<Record<string, string>>;
  /** A save is under way. */
  busy: boolean;
  locale: string | undefined;
  /** The editor's words. */
  t: Translate;
}

/** What the form's controls do. */
export interface ArrangementFormActions {
  save: (event: SubmitEvent) => void;
  close: () => void;
  setMode: (mode: Arrangement['mode']) => void;
  setSplit: (split: ArrangementSplit) => void;
  day: (event: Event) => void;
  chooseSingle: (methodId: string) => void;
  toggle: (methodId: string, checked: boolean) => void;
  amount: (methodId: string, event: Event) => void;
  percent: (methodId: string, text: string) => void;
}

/** The whole form: who pays; when the team pulls, the day, the split and the methods; Save. */
export function renderArrangementForm(view: ArrangementFormView, actions: ArrangementFormActions): TemplateResult {
  const { t } = view;
  const name = view.payer.party.name;
  const formError = view.errors['form'];
  return html`
    <form class="step" novalidate @submit=${actions.save} aria-busy=${view.busy ? 'true' : 'false'}>
      <h4 part="heading" tabindex="-1" data-heading>${t('Arrangement for {payer}', { payer: name })}</h4>
      <p class="hint">${payerRelation(view.payer, t)}</p>
      ${formError ? html`<div class="notice" part="notice" data-tone="danger" role="alert" data-error="form"><p>${formError}</p></div>` : nothing}
      <fieldset>
        <legend>${t('How {payer} pays', { payer: name })}</legend>
        ${renderRadio('mode', 'self_pay', view.mode === 'self_pay', t('Pays on their own'), t('{payer} pays through the portal; the billing team does not pull.', { payer: name }), () =>
          actions.setMode('self_pay'),
        )}
        ${renderRadio(
          'mode',
          'billing_team_pulls',
          view.mode === 'billing_team_pulls',
          t('The billing team pulls each month'),
          t('From methods {payer} authorized for recurring payments.', { payer: name }),
          () => actions.setMode('billing_team_pulls'),
        )}
      </fieldset>
      ${view.mode === 'billing_team_pulls' ? renderPulls(view, actions) : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" @click=${actions.close}>${t('Cancel')}</button>
        <button type="submit" class="primary" data-action="save" ?disabled=${view.busy}>${view.busy ? t('Saving…') : t('Save arrangement')}</button>
      </div>
    </form>
  `;
}

function renderPulls(view: ArrangementFormView, actions: ArrangementFormActions): TemplateResult {
  const { t } = view;
  const dayError = view.errors['day'];
  const split = (value: ArrangementSplit, label: string, hint: string) => renderRadio('split', value, view.split === value, label, hint, () => actions.setSplit(value));
  return html`
    <div class="field">
      <label for="day">${t('Day of the month')}</label>
      <select id="day" name="dayOfMonth" aria-describedby=${dayError ? 'day-hint day-error' : 'day-hint'} aria-invalid=${dayError ? 'true' : 'false'} @change=${actions.day}>
        ${DAYS.map((day) => html`<option .value=${String(day)} ?selected=${day === view.dayOfMonth}>${day}</option>`)}
      </select>
      <p id="day-hint" class="hint">${t('Days 1 to 28, so every month has the day.')}</p>
      ${dayError ? html`<p id="day-error" class="field-error" data-error="day">${dayError}</p>` : nothing}
    </div>
    <fieldset>
      <legend>${t('Pull from')}</legend>
      ${split('single', t('One method'), t('The whole outstanding balance from one method.'))}
      ${split('fixed_amounts', t('Split by fixed amounts'), t('A set amount from each method, never more than is owed.'))}
      ${split('percentages', t('Split by percentages'), t('A share of the outstanding balance from each method; the shares total 100%.'))}
    </fieldset>
    ${view.split === 'single' ? renderSingle(view, actions) : renderSplit(view, actions)}
  `;
}

function renderRadio(name: string, value: string, checked: boolean, label: string, hint: string, onChange: () => void): TemplateResult {
  const id = `${name}-${value}`;
  return html`
    <label class="choice">
      <input type="radio" name=${name} .value=${value} .checked=${checked} aria-describedby=${`${id}-hint`} @change=${onChange} />
      <span class="choice-text">
        <span class="choice-label">${renderUnbroken(label)}</span>
        <span class="why" id=${`${id}-hint`}>${renderUnbroken(hint)}</span>
      </span>
    </label>
  `;
}

function renderSingle(view: ArrangementFormView, actions: ArrangementFormActions): TemplateResult {
  const { t } = view;
  const error = view.errors['method'] ?? view.errors['parts'];
  return html`
    <fieldset aria-describedby=${error ? 'method-error' : nothing} data-field="method">
      <legend>${t('Method')}</legend>
      ${renderNoAuthorized(view.payer, t)}
      ${view.payer.methods.map((method) => renderMethodRadio(method, method.id === view.singleMethodId, actions.chooseSingle, t))}
      ${error ? html`<p id="method-error" class="field-error" data-error="method">${error}</p>` : nothing}
    </fieldset>
  `;
}

function renderSplit(view: ArrangementFormView, actions: ArrangementFormActions): TemplateResult {
  const { t } = view;
  const partsError = view.errors['parts'];
  const percentages = view.split === 'percentages';
  const field = (method: PaymentMethod, error: string | undefined) => renderPartField(view, actions, method, error);
  return html`
    <fieldset aria-describedby=${partsError ? 'parts-total parts-error' : 'parts-total'} data-field="parts">
      <legend>${percentages ? t('Methods and shares') : t('Methods and amounts')}</legend>
      ${renderNoAuthorized(view.payer, t)}
      ${renderMethodParts(view.payer.methods, { chosen: view.chosen, errors: view.errors, field, onToggle: actions.toggle, t })}
      <p id="parts-total" class="running-total hint">${splitHint(view.split, percentages ? view.shareTotal : null, view.locale, t)}</p>
      ${partsError ? html`<p id="parts-error" class="field-error" data-error="parts">${partsError}</p>` : nothing}
    </fieldset>
  `;
}

/** A chosen part's field: its fixed amount, or its share as typed. */
function renderPartField(view: ArrangementFormView, actions: ArrangementFormActions, method: PaymentMethod, error: string | undefined): TemplateResult {
  if (view.split === 'fixed_amounts') {
    return html`
      <alis-amount-input
        class="part-field"
        data-part=${method.id}
        .label=${view.t('Amount from {method}', { method: method.label })}
        .currency=${view.payer.outstanding.currency}
        .locale=${view.locale}
        .valueCents=${view.amounts[method.id] ?? null}
        .errorText=${error ?? null}
        @input=${(event: Event) => actions.amount(method.id, event)}
      ></alis-amount-input>
    `;
  }
  const id = `pct-${method.id}`;
  return html`
    <div class="field part-field">
      <label for=${id}>${renderUnbroken(view.t('Share from {method} (%)', { method: method.label }))}</label>
      <input
        id=${id}
        data-part=${method.id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        size="8"
        .value=${view.percents[method.id] ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(event: Event) => actions.percent(method.id, (event.target as HTMLInputElement).value)}
      />
      ${error ? html`<p id=${`${id}-error`} class="field-error" data-error="part">${error}</p>` : nothing}
    </div>
  `;
}

function renderNoAuthorized(payer: Payer, t: Translate): TemplateResult | typeof nothing {
  if (pullableMethods(payer.methods).length > 0) return nothing;
  return html`<p class="hint" data-kind="no-authorized">
    ${t(
      '{payer} has no saved method authorized for recurring payments. They can allow automatic payments on a method in the portal; until then they pay on their own.',
      { payer: payer.party.name },
    )}
  </p>`;
}
