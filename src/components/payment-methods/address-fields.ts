import { LitElement, html } from 'lit';
import { AlisElement } from '../shared/alis-element.js';
import { renderAnnouncer } from '../shared/states.js';
import { hostStyles } from '../shared/tokens.js';
import { addressProblems, emptyAddress, isUsStateCode, normalizeAddress, type AddressField, type AddressProblems } from '../../core/address.js';
import type { Address } from '../../sdk/types.js';
import { fieldsStyles } from './fields.styles.js';
import { addressFieldsStyles } from './address-fields.styles.js';
import { RESIDENT_FIELDS, renderAddressFields } from './address-view.js';
import { FieldGroupController, withoutFields, type ValidateOptions } from './field-group.js';

/** The fields in the order they appear, which is also the order `validate()` looks for the first error in. */
const FIELD_ORDER: readonly AddressField[] = ['name', 'country', 'line1', 'line2', 'city', 'state', 'postalCode'];

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
 * @fires {Event} input - Whenever a field changes, after `value` is updated.
 * @fires {Event} change - When the payer commits a change to a field (leaves a text field, picks an option, ticks the box).
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
    withoutName: { type: Boolean, attribute: 'without-name' },
    residentAddress: { attribute: false },
    sameAsResident: { type: Boolean, attribute: 'same-as-resident' },
    errors: { attribute: false },
    disabled: { type: Boolean },
    entry: { state: true, attribute: false },
  };

  /** The group's caption; “Billing address”, in the reader's language, when unset. */
  declare legend: string | undefined;

  /**
   * Label of the name field, naming whose name it is: "Name on the card" when the group belongs to a
   * card. “Full name”, in the reader's language, when unset.
   */
  declare nameLabel: string | undefined;

  /**
   * Leaves the name field out, for a form that asks for the name once elsewhere (a bank account's
   * holder): `value.name` is then empty, for the host to fill, and the name is not checked here.
   */
  declare withoutName: boolean;

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

  /** Which errors are on screen, and the group's place in its form. */
  readonly #fields = new FieldGroupController<AddressField>(this, {
    order: FIELD_ORDER,
    problems: () => this.#problems(),
    // Without its field, the name has no message to show (the host places what is said about it).
    errors: () => (this.withoutName ? withoutFields(this.errors ?? {}, isName) : this.errors),
    isEmpty: (field) => this.#current()[field].trim() === '',
    focusTarget: (field) => this.#focusTarget(field),
    t: () => this.t,
  });

  constructor() {
    super();
    this.legend = undefined;
    this.nameLabel = undefined;
    this.withoutName = false;
    this.residentAddress = null;
    this.sameAsResident = false;
    this.errors = {};
    this.disabled = false;
    this.entry = toEntry(emptyAddress());
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
    this.#fields.forget(everyField);
  }

  /** The form this group belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#fields.form;
  }

  /** Whether the address is complete and has no outstanding error from the host, without showing anything. */
  checkValidity(): boolean {
    return this.#fields.checkValidity();
  }

  /**
   * Checks every field, shows every error, moves focus to the first field that needs attention and
   * announces how many do. Outstanding errors from the host count too, so after a refused save the
   * host can call this to take the payer to the first one. Returns whether the address is fine.
   * `announce: false` leaves the count to a form that checks these fields with others (see `invalidFields`).
   */
  validate(options?: ValidateOptions): boolean {
    return this.#fields.validate(options);
  }

  /** The fields that need attention now, in the order they appear, whether their errors are shown yet or not. */
  get invalidFields(): AddressField[] {
    return this.#fields.invalidFields();
  }

  /** Moves focus to the first field (the name, or the country without it). */
  override focus(options?: FocusOptions): void {
    (this.#control('name') ?? this.#focusTarget('country'))?.focus(options);
  }

  /** Called by the form on reset: every field empty, the resident's address unticked. */
  formResetCallback(): void {
    this.entry = toEntry(emptyAddress());
    this.sameAsResident = false;
    this.errors = {};
    this.#fields.forget(everyField);
  }

  /** Called by the form when it or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#fields.formDisabledCallback(disabled);
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
    const problems = addressProblems(fromEntry(this.#current()), this.t);
    return this.withoutName ? withoutFields(problems, isName) : problems;
  }

  #control(field: AddressField): HTMLInputElement | HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field}`) ?? null;
  }

  /** Where to take the payer for `field`; a field filled from the resident's address is disabled, so its checkbox stands in. */
  #focusTarget(field: AddressField): HTMLElement | null {
    if (this.#usingResident && RESIDENT_FIELDS.includes(field)) return this.renderRoot.querySelector<HTMLInputElement>('#same-as-resident');
    return this.#control(field);
  }

  protected override render() {
    const t = this.t;
    return html`
      ${renderAnnouncer(this.#fields.announcement)}
      ${renderAddressFields({
        legend: this.legend ?? t('Billing address'),
        nameLabel: this.withoutName ? null : (this.nameLabel ?? t('Full name')),
        t,
        entry: this.#current(),
        messages: this.#fields.visibleMessages(),
        disabled: this.#fields.disabled,
        residentAddress: this.residentAddress,
        sameAsResident: this.sameAsResident,
        locked: this.#usingResident,
        onInput: (event) => this.#onInput(event),
        onChange: (event) => this.#onChange(event),
        onBlur: (event) => this.#onBlur(event),
        onSameAsResident: (event) => this.#onSameAsResident(event),
      })}
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
      this.#fields.hide((shown) => shown === 'state');
    }
    this.entry = entry;
    this.#fields.markEdited(field);
    if (this.errors?.[field]) this.errors = withoutFields(this.errors, (name) => name === field);
    // Once shown, an error follows the edits and goes as soon as the field is fine.
    if (this.#fields.isShown(field) && !this.#problems()[field]) this.#fields.hide((shown) => shown === field);
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
    this.#fields.leave((event.target as HTMLElement).id as AddressField);
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
      this.errors = withoutFields(this.errors ?? {}, isResidentField);
      this.#fields.hide(isResidentField);
    }
    this.emit(new Event('input', { bubbles: true, composed: true }));
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }
}

const everyField = (): boolean => true;

const isName = (field: AddressField): boolean => field === 'name';

function isResidentField(field: AddressField): boolean {
  return RESIDENT_FIELDS.includes(field);
}

function toEntry(address: Address): Entry {
  return { ...address, line2: address.line2 ?? '' };
}

function fromEntry(entry: Entry): Address {
  return { ...entry, line2: entry.line2 === '' ? null : entry.line2 };
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-address-fields': AlisAddressFields;
  }
}
