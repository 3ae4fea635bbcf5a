import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import {
  ADDRESS_MAX_LENGTHS,
  COUNTRIES,
  US_STATES,
  addressProblems,
  emptyAddress,
  formatAddressOneLine,
  isUsStateCode,
  normalizeAddress,
  type AddressField,
  type AddressProblems,
} from '../../core/address.js';
import type { Address } from '../../sdk/types.js';
import { fieldsStyles } from './fields.styles.js';
import { addressFieldsStyles } from './address-fields.styles.js';

/** The fields in the order they appear, which is also the order `validate()` looks for the first error in. */
const FIELD_ORDER: readonly AddressField[] = ['name', 'country', 'line1', 'line2', 'city', 'state', 'postalCode'];

/** The fields "Same as the resident's address" fills; the name stays the payer's to type. */
const RESIDENT_FIELDS: readonly AddressField[] = ['country', 'line1', 'line2', 'city', 'state', 'postalCode'];

/** The autofill hints of the text fields. */
type TextAutocomplete = 'name' | 'address-line1' | 'address-line2' | 'address-level2' | 'address-level1' | 'postal-code';

/** What the inputs hold: the address as typed, with an empty second line as ''. */
type Entry = Record<AddressField, string>;

/**
 * The billing-address group of a payment method form: name, country, street lines, city, state
 * and ZIP (or region and postal code outside the US), each with its label, the browser's autofill
 * hint and its error under it.
 *
 * Errors appear once the payer leaves a field they edited, or all at once on `validate()`, which
 * also moves focus to the first field that needs attention and announces how many do. Errors from
 * the host (`errors`, e.g. the server's `billingAddress.postalCode`) appear at once and go when the
 * payer edits that field.
 *
 * It is form-associated for validity only: inside a `<form>` it blocks submission while the
 * address is incomplete, follows a disabled `<fieldset>` and empties on reset. It submits no form
 * data; the host reads `value`.
 *
 * @tagname alis-address-fields
 * @summary The billing address of a payment method: a labelled, autofillable group of address fields.
 *
 * @fires input - Whenever a field changes, after `value` is updated.
 * @fires change - When the payer commits a change to a field (leaves a text field, picks an option, ticks the box).
 *
 * @csspart fieldset - The group around all the fields.
 * @csspart legend - The group's caption.
 * @csspart label - Each field's visible label.
 * @csspart input - Each text box and drop-down.
 * @csspart error - Each field's error message (empty while there is nothing to say).
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-font-size - Size of labels and entries.
 * @cssprop --alis-font-size-small - Size of error messages.
 * @cssprop --alis-line-height - Line height of all text.
 * @cssprop --alis-color-text - Label and entry colour.
 * @cssprop --alis-color-text-muted - "(optional)" and disabled entries.
 * @cssprop --alis-color-surface - Background of the boxes.
 * @cssprop --alis-color-surface-alt - Background of disabled boxes.
 * @cssprop --alis-color-border - Border of the boxes.
 * @cssprop --alis-color-danger - Border of a box and text of its message when there is an error.
 * @cssprop --alis-color-primary - Colour of the checkbox.
 * @cssprop --alis-color-focus-ring - Colour of the focus ring.
 * @cssprop --alis-focus-ring-width - Width of the focus ring.
 * @cssprop --alis-radius-small - Corner radius of the boxes.
 * @cssprop --alis-space-xs - Space between a label, its box and its message.
 * @cssprop --alis-space-s - Padding inside the boxes.
 * @cssprop --alis-space-m - Space between fields.
 * @cssprop --alis-target-size - Minimum height of every box and of the checkbox row (44px by default).
 */
export class AlisAddressFields extends AlisElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [hostStyles, fieldsStyles, addressFieldsStyles];

  static override properties = {
    legend: {},
    nameLabel: { attribute: 'name-label' },
    residentAddress: { attribute: false },
    sameAsResident: { type: Boolean, attribute: 'same-as-resident' },
    errors: { attribute: false },
    disabled: { type: Boolean },
    entry: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };

  /** The group's caption. */
  declare legend: string;

  /** Label of the name field; e.g. "Name on the card" when the group belongs to a card. */
  declare nameLabel: string;

  /** The resident's own address; when set, a checkbox offers to use it as the billing address. */
  declare residentAddress: Address | null;

  /** Whether "Same as the resident's address" is ticked: the address (not the name) is the resident's and cannot be edited. */
  declare sameAsResident: boolean;

  /** Messages from the host by field, e.g. `{ postalCode: '…' }` from a refused save; each goes when the payer edits its field. */
  declare errors: AddressProblems;

  /** Disables every field. */
  declare disabled: boolean;

  /** What the fields hold, as typed. */
  declare private entry: Entry;

  /** Fields whose own problems are shown (left after an edit, or after `validate()`). */
  declare private shown: ReadonlySet<AddressField>;

  /** Text of the polite status region. */
  declare private announcement: string;

  /** Disabled by an ancestor `<fieldset disabled>` or the `disabled` attribute. */
  declare private formDisabled: boolean;

  readonly #internals: ElementInternals;

  /** Fields the payer has changed: leaving one of these shows its error. */
  readonly #edited = new Set<AddressField>();

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.legend = 'Billing address';
    this.nameLabel = 'Name on the account';
    this.residentAddress = null;
    this.sameAsResident = false;
    this.errors = {};
    this.disabled = false;
    this.entry = toEntry(emptyAddress());
    this.shown = new Set();
    this.announcement = '';
    this.formDisabled = false;
    // A form found the group invalid: from now on every field shows its error when left.
    this.addEventListener('invalid', () => {
      for (const field of FIELD_ORDER) this.#edited.add(field);
    });
  }

  /**
   * The address as it would be sent: trimmed, state and country upper-cased, an empty second line
   * as null. Setting it fills the fields, hides the errors shown so far, and unticks "Same as the
   * resident's address" (an address given explicitly wins).
   */
  get value(): Address {
    return normalizeAddress(this.#current());
  }

  set value(address: Address | null | undefined) {
    const normalized = normalizeAddress(address ?? emptyAddress());
    if (normalized.country === '') normalized.country = 'US';
    this.entry = toEntry(normalized);
    this.sameAsResident = false;
    this.shown = new Set();
    this.#edited.clear();
  }

  /** The form this group belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the address is complete and has no outstanding error from the host, without showing anything. */
  checkValidity(): boolean {
    return Object.keys(this.#allMessages()).length === 0;
  }

  /**
   * Checks every field, shows every error, moves focus to the first field that needs attention and
   * announces how many do. Outstanding errors from the host count too, so after a refused save the
   * host can call this to take the payer to the first one. Returns whether the address is fine.
   */
  validate(): boolean {
    const messages = this.#allMessages();
    const invalid = FIELD_ORDER.filter((field) => messages[field]);
    this.shown = new Set(FIELD_ORDER);
    for (const field of FIELD_ORDER) this.#edited.add(field);
    if (invalid.length === 0) {
      this.announcement = '';
      return true;
    }
    this.#announce(invalid.length === 1 ? '1 field needs attention.' : `${invalid.length} fields need attention.`);
    const first = invalid[0];
    if (first) this.#focusTarget(first)?.focus();
    return false;
  }

  /** Moves focus to the first field (the name). */
  override focus(options?: FocusOptions): void {
    this.#control('name')?.focus(options);
  }

  /** Called by the form on reset: every field empty, the resident's address unticked. */
  formResetCallback(): void {
    this.entry = toEntry(emptyAddress());
    this.sameAsResident = false;
    this.errors = {};
    this.shown = new Set();
    this.#edited.clear();
  }

  /** Called by the form when it or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  get #usingResident(): boolean {
    return this.sameAsResident && this.residentAddress != null;
  }

  /** The entry with the resident's address in place while "same as" is ticked. */
  #current(): Entry {
    if (!this.#usingResident || !this.residentAddress) return this.entry;
    return { ...toEntry(normalizeAddress(this.residentAddress)), name: this.entry.name };
  }

  #problems(): AddressProblems {
    return addressProblems(fromEntry(this.#current()));
  }

  /** Host errors and the address's own problems together; the host's come first (they are what the server said). */
  #allMessages(): AddressProblems {
    return { ...this.#problems(), ...withoutEmpty(this.errors) };
  }

  /** What each field shows under it now. */
  #visibleMessages(): AddressProblems {
    const problems = this.#problems();
    const visible: AddressProblems = {};
    for (const field of FIELD_ORDER) {
      const message = this.errors?.[field] || (this.shown.has(field) ? problems[field] : undefined);
      if (message) visible[field] = message;
    }
    return visible;
  }

  #control(field: AddressField): HTMLInputElement | HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field}`) ?? null;
  }

  /** Where to take the payer for `field`; a field filled from the resident's address is disabled, so its checkbox stands in. */
  #focusTarget(field: AddressField): HTMLElement | null {
    if (this.#usingResident && RESIDENT_FIELDS.includes(field)) return this.renderRoot.querySelector<HTMLInputElement>('#same-as-resident');
    return this.#control(field);
  }

  /** Says `text` in the status region; a trailing no-break space alternates so a repeat is announced again. */
  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reflected here, not with `reflect: true`: the attribute is what disables a form-associated
    // element, and formDisabledCallback must land before this render.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
  }

  protected override updated(): void {
    const messages = this.#allMessages();
    const first = FIELD_ORDER.find((field) => messages[field]);
    if (first) {
      const anchor = this.#focusTarget(first) ?? undefined;
      const missing = this.#current()[first].trim() === '';
      this.#internals.setValidity(missing ? { valueMissing: true } : { customError: true }, messages[first], anchor);
    } else {
      this.#internals.setValidity({});
    }
  }

  protected override render() {
    const entry = this.#current();
    const messages = this.#visibleMessages();
    const disabled = this.disabled || this.formDisabled;
    const locked = this.#usingResident;
    const us = entry.country.toUpperCase() === 'US';
    const field = (id: AddressField, label: string, control: TemplateResult, optional = false) => html`
      <div class="field ${id}">
        <label for=${id} part="label">${label}${optional ? html` <span class="optional">(optional)</span>` : nothing}</label>
        ${control}
        <p id="${id}-error" class="error" part="error">${messages[id] ?? nothing}</p>
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
        ?disabled=${locked && RESIDENT_FIELDS.includes(id)}
        aria-required=${options.required === false ? 'false' : 'true'}
        aria-invalid=${messages[id] ? 'true' : 'false'}
        aria-describedby="${id}-error"
        @input=${this.#onInput}
        @change=${this.#onChange}
        @blur=${this.#onBlur}
      />
    `;
    return html`
      <fieldset part="fieldset" ?disabled=${disabled}>
        <legend part="legend">${this.legend}</legend>
        <div class="fields">
          ${field('name', this.nameLabel, text('name', 'name'))}
          ${this.residentAddress ? this.#renderSameAsResident(this.residentAddress) : nothing}
          ${field('country', 'Country', this.#renderCountry(entry.country, locked, messages.country))}
          ${field('line1', 'Street address', text('line1', 'address-line1'))}
          ${field('line2', 'Apartment, suite or unit', text('line2', 'address-line2', { required: false }), true)}
          <div class="region">
            ${field('city', 'City', text('city', 'address-level2'))}
            ${us
              ? field('state', 'State', this.#renderStateSelect(entry.state, locked, messages.state))
              : field('state', 'State, province or region', text('state', 'address-level1'))}
            ${field('postalCode', us ? 'ZIP code' : 'Postal code', text('postalCode', 'postal-code', { numeric: us }))}
          </div>
        </div>
      </fieldset>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #renderSameAsResident(resident: Address) {
    return html`
      <label class="choice same-as-resident">
        <input id="same-as-resident" type="checkbox" .checked=${live(this.sameAsResident)} @input=${stopPropagation} @change=${this.#onSameAsResident} />
        <span>Same as the resident's address (${formatAddressOneLine(resident)})</span>
      </label>
    `;
  }

  #renderStateSelect(state: string, locked: boolean, message: string | undefined) {
    const known = isUsStateCode(state);
    return html`
      <select
        id="state"
        part="input"
        autocomplete="address-level1"
        ?disabled=${locked}
        aria-required="true"
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby="state-error"
        @input=${this.#onInput}
        @change=${this.#onChange}
        @blur=${this.#onBlur}
      >
        <option value="" ?selected=${!known}>Choose a state</option>
        ${US_STATES.map((option) => html`<option value=${option.code} ?selected=${option.code === state}>${option.name}</option>`)}
      </select>
    `;
  }

  #renderCountry(country: string, locked: boolean, message: string | undefined) {
    // A country outside the short list (e.g. from a saved address) is kept as an option of its own, so it is not lost.
    const listed = COUNTRIES.some((option) => option.code === country);
    return html`
      <select
        id="country"
        part="input"
        autocomplete="country"
        ?disabled=${locked}
        aria-required="true"
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby="country-error"
        @input=${this.#onInput}
        @change=${this.#onChange}
        @blur=${this.#onBlur}
      >
        ${listed ? nothing : html`<option value=${country} selected>${regionName(country)}</option>`}
        ${COUNTRIES.map((option) => html`<option value=${option.code} ?selected=${option.code === country}>${option.name}</option>`)}
      </select>
    `;
  }

  #onInput(event: Event): void {
    // The native event would reach the host before it re-renders; the host gets its own, once `value` is current.
    event.stopPropagation();
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const field = control.id as AddressField;
    const entry = { ...this.entry, [field]: control.value };
    if (field === 'country') {
      // A state only carries over when it still makes sense: a US code into the US.
      const state = normalizeAddress({ ...fromEntry(entry), country: control.value }).state;
      entry.state = control.value === 'US' && isUsStateCode(state) ? state : '';
      this.shown = without(this.shown, 'state');
    }
    this.entry = entry;
    this.#edited.add(field);
    if (this.errors?.[field]) this.errors = omit(this.errors, field);
    // Once shown, an error follows the edits and goes as soon as the field is fine.
    if (this.shown.has(field) && !this.#problems()[field]) this.shown = without(this.shown, field);
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  #onChange(event: Event): void {
    // A select's edits arrive only as `change` in some browsers; treat it like input when the value moved.
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (this.entry[control.id as AddressField] !== control.value) this.#onInput(event);
    // The inner `change` is not composed, so it never leaves the shadow root.
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  #onBlur(event: FocusEvent): void {
    const field = (event.target as HTMLElement).id as AddressField;
    if (!this.#edited.has(field)) return;
    const message = this.#problems()[field];
    if (message && !this.shown.has(field)) {
      this.shown = new Set([...this.shown, field]);
      const label = this.renderRoot.querySelector(`label[for="${field}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
      this.#announce(label ? `${label}: ${message}` : message);
    }
  }

  #onSameAsResident(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (!checked && this.residentAddress) {
      // Unticked: the resident's address stays in the fields, now editable (e.g. to add a unit number).
      this.entry = { ...toEntry(normalizeAddress(this.residentAddress)), name: this.entry.name };
    }
    this.sameAsResident = checked;
    if (checked) {
      // The fields now hold the resident's address: what the host said about the typed one no longer applies.
      this.errors = omit(this.errors ?? {}, ...RESIDENT_FIELDS);
      this.shown = new Set([...this.shown].filter((field) => !RESIDENT_FIELDS.includes(field)));
    }
    this.emit(new Event('input', { bubbles: true, composed: true }));
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }
}

/** Keeps an inner control's composed `input` event inside; the element sends its own once its state is current. */
function stopPropagation(event: Event): void {
  event.stopPropagation();
}

function toEntry(address: Address): Entry {
  return { ...address, line2: address.line2 ?? '' };
}

function fromEntry(entry: Entry): Address {
  return { ...entry, line2: entry.line2 === '' ? null : entry.line2 };
}

function without<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const copy = new Set(set);
  copy.delete(item);
  return copy;
}

function omit(errors: AddressProblems, ...fields: AddressField[]): AddressProblems {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !fields.includes(field as AddressField)));
}

function withoutEmpty(errors: AddressProblems | null | undefined): AddressProblems {
  return Object.fromEntries(Object.entries(errors ?? {}).filter(([, message]) => Boolean(message)));
}

/** The English name of a region code, or the code itself when the platform does not know it. */
function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code || 'Choose a country';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-address-fields': AlisAddressFields;
  }
}
