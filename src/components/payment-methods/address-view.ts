// The address group's fields on screen: kept apart so the element holds only its state and events.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ADDRESS_MAX_LENGTHS, COUNTRIES, US_STATES, countryName, formatAddressOneLine, isUsStateCode, usStateName, type AddressField } from '../../core/address.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Address } from '../../sdk/types.js';
import { keepInside, renderFieldError } from './field-group.js';

/** The fields "Same as the resident's address" fills and locks; the name stays the payer's to type. */
export const RESIDENT_FIELDS: readonly AddressField[] = ['country', 'line1', 'line2', 'city', 'state', 'postalCode'];

/** What the address fields show, and where their events go. */
export interface AddressView {
  legend: string;
  /** The name field's label; null leaves the field out (the form asks for the name elsewhere). */
  nameLabel: string | null;
  /** What the fields hold (the resident's address while "same as" is ticked), with an empty second line as ''. */
  entry: Record<AddressField, string>;
  /** The message under each field now. */
  messages: Partial<Record<AddressField, string>>;
  disabled: boolean;
  residentAddress: Address | null;
  sameAsResident: boolean;
  /** Whether the fields the resident's address fills are locked to it. */
  locked: boolean;
  /** The group's words, in the reader's language. */
  t: Translate;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
  onBlur: (event: FocusEvent) => void;
  onSameAsResident: (event: Event) => void;
}

/** The autofill hints of the text fields. */
type TextAutocomplete = 'name' | 'address-line1' | 'address-line2' | 'address-level2' | 'address-level1' | 'postal-code';

/** The group: its legend, every labelled field with its error, city, state and ZIP on one row when there is room. */
export function renderAddressFields(view: AddressView): TemplateResult {
  const { entry, messages, t } = view;
  const us = entry.country.toUpperCase() === 'US';
  const field = (id: AddressField, label: string, control: TemplateResult, optional = false) => html`
    <div class="field ${id}">
      <label for=${id} part="label">${label}${optional ? html` <span class="optional">${t('(optional)')}</span>` : nothing}</label>
      ${control}
      ${renderFieldError(id, messages[id])}
    </div>
  `;
  const text = (id: Exclude<AddressField, 'country'>, autocomplete: TextAutocomplete, options: { required?: boolean; numeric?: boolean } = {}) => html`
    <input
      id=${id}
      part="input"
      type="text"
      autocomplete=${autocomplete}
      inputmode=${options.numeric ? 'numeric' : 'text'}
      maxlength=${ADDRESS_MAX_LENGTHS[id]}
      .value=${live(entry[id])}
      ?disabled=${view.locked && RESIDENT_FIELDS.includes(id)}
      aria-required=${options.required === false ? 'false' : 'true'}
      aria-invalid=${messages[id] ? 'true' : 'false'}
      aria-describedby="${id}-error"
      @input=${view.onInput}
      @change=${view.onChange}
      @blur=${view.onBlur}
    />
  `;
  // A country outside the short list (e.g. from a saved address) is kept as an option of its own, so it is not lost.
  const listedCountry = COUNTRIES.some((option) => option.code === entry.country);
  const countryOptions = html`
    ${listedCountry ? nothing : html`<option value=${entry.country} selected>${regionName(entry.country, t)}</option>`}
    ${COUNTRIES.map((option) => html`<option value=${option.code} ?selected=${option.code === entry.country}>${countryName(option, t)}</option>`)}
  `;
  const stateOptions = html`
    <option value="" ?selected=${!isUsStateCode(entry.state)}>${t('Choose a state')}</option>
    ${US_STATES.map((option) => html`<option value=${option.code} ?selected=${option.code === entry.state}>${usStateName(option, t)}</option>`)}
  `;
  return html`
    <fieldset part="fieldset" ?disabled=${view.disabled}>
      <legend part="legend">${view.legend}</legend>
      <div class="fields">
        ${view.nameLabel === null ? nothing : field('name', view.nameLabel, text('name', 'name'))}
        ${view.residentAddress ? renderSameAsResident(view.residentAddress, view) : nothing}
        ${field('country', t('Country'), renderSelect('country', 'country', countryOptions, view))}
        ${field('line1', t('Street address'), text('line1', 'address-line1'))}
        ${field('line2', t('Apartment, suite or unit'), text('line2', 'address-line2', { required: false }), true)}
        <div class="region">
          ${field('city', t('City'), text('city', 'address-level2'))}
          ${us
            ? field('state', t.ctx('address', 'State'), renderSelect('state', 'address-level1', stateOptions, view))
            : field('state', t('State, province or region'), text('state', 'address-level1'))}
          ${field('postalCode', us ? t('ZIP code') : t('Postal code'), text('postalCode', 'postal-code', { numeric: us }))}
        </div>
      </div>
    </fieldset>
  `;
}

function renderSameAsResident(resident: Address, view: AddressView): TemplateResult {
  return html`
    <label class="choice same-as-resident">
      <input id="same-as-resident" type="checkbox" .checked=${live(view.sameAsResident)} @input=${keepInside} @change=${view.onSameAsResident} />
      <span>${view.t("Same as the resident's address ({address})", { address: formatAddressOneLine(resident, view.t) })}</span>
    </label>
  `;
}

/** The country or US-state drop-down; both are filled from the resident's address while "same as" is ticked. */
function renderSelect(id: 'country' | 'state', autocomplete: 'country' | 'address-level1', options: TemplateResult, view: AddressView): TemplateResult {
  return html`
    <select
      id=${id}
      part="input"
      autocomplete=${autocomplete}
      ?disabled=${view.locked}
      aria-required="true"
      aria-invalid=${view.messages[id] ? 'true' : 'false'}
      aria-describedby="${id}-error"
      @input=${view.onInput}
      @change=${view.onChange}
      @blur=${view.onBlur}
    >
      ${options}
    </select>
  `;
}

/** The name of a region code in the reader's language, or the code itself when the platform does not know it. */
function regionName(code: string, t: Translate): string {
  try {
    return new Intl.DisplayNames([t.lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code || t('Choose a country');
  }
}
