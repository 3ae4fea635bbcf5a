import { LitElement, html } from 'lit';
import { AlisElement } from '../shared/alis-element.js';
import { renderAnnouncer } from '../shared/states.js';
import { hostStyles } from '../shared/tokens.js';
import {
  accountNumberProblem,
  confirmAccountNumberProblem,
  digitsOnly,
  holderNameProblem,
  routingNumberProblem,
  type BankAccountEntry,
  type BankAccountField,
  type BankAccountType,
} from '../../core/bank-account.js';
import { fieldsStyles } from './fields.styles.js';
import { bankAccountFieldsStyles } from './bank-account-fields.styles.js';
import { renderBankAccountFields, type BankAccountFormField, type BankAccountNumberField } from './bank-account-view.js';
import { FieldGroupController, withoutFields, type FieldMessages, type ValidateOptions } from './field-group.js';

type Field = BankAccountFormField;
type NumberField = BankAccountNumberField;

/** Every field, in the order they appear and `validate()` looks for the first error in. */
const FIELD_ORDER: readonly Field[] = ['holderName', 'accountType', 'routingNumber', 'accountNumber', 'confirmAccountNumber'];

/** The fields whose digits live only in their inputs. */
const NUMBER_FIELDS: readonly NumberField[] = ['routingNumber', 'accountNumber', 'confirmAccountNumber'];

/**
 * The bank-account group of a payment method form: holder's name, checking or savings, routing
 * number (checked against the ABA check digit) and account number, typed twice.
 *
 * The routing and account numbers live only in their inputs: they are not kept in properties,
 * reflected to attributes, submitted as form data, autocompleted or restored by the browser, or
 * stored anywhere. `value` reads them when the host saves, and `clear()` empties them afterwards so
 * that only the last four digits the server returns remain.
 *
 * Errors appear once the payer leaves a field they edited, or all at once on `validate()`, which
 * also moves focus to the first field that needs attention and announces how many do. Errors from
 * the host (`errors`, e.g. the server's `routingNumber`) appear at once and go when the payer edits
 * that field. Inside a `<form>` it blocks submission while incomplete, follows a disabled
 * `<fieldset>`, and empties on reset.
 *
 * @tagname alis-bank-account-fields
 * @summary The bank account of a payment method: holder, type, routing and account numbers, checked as typed.
 *
 * @fires {Event} input - Whenever a field changes, after `value` is updated.
 * @fires {Event} change - When the payer commits a change to a field (leaves a text field, picks an account type).
 *
 * @csspart fieldset - The group around all the fields.
 * @csspart legend - The group's caption.
 * @csspart label - Each field's visible label.
 * @csspart input - Each text box.
 * @csspart hint - The help text under a label.
 * @csspart error - Each field's error message (empty while there is nothing to say).
 * @csspart help - The "Where do I find these numbers?" disclosure.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-font-size - Size of labels and entries.
 * @cssprop --alis-font-size-small - Size of hints, error messages and the help text.
 * @cssprop --alis-line-height - Line height of all text.
 * @cssprop --alis-color-text - Label and entry colour.
 * @cssprop --alis-color-text-muted - Hints and disabled entries.
 * @cssprop --alis-color-surface - Background of the boxes.
 * @cssprop --alis-color-surface-alt - Background of disabled boxes and of the check sketch.
 * @cssprop --alis-color-border - Border of the boxes.
 * @cssprop --alis-color-danger - Border of a box and text of its message when there is an error.
 * @cssprop --alis-color-primary - Colour of the radio buttons and of the help link.
 * @cssprop --alis-color-focus-ring - Colour of the focus ring.
 * @cssprop --alis-focus-ring-width - Width of the focus ring.
 * @cssprop --alis-radius-small - Corner radius of the boxes.
 * @cssprop --alis-space-xs - Space between a label, its box and its message.
 * @cssprop --alis-space-s - Padding inside the boxes.
 * @cssprop --alis-space-m - Space between fields.
 * @cssprop --alis-space-l - Space between the two account types.
 * @cssprop --alis-target-size - Minimum height of every box, radio row and the help link (44px by default).
 */
export class AlisBankAccountFields extends AlisElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [hostStyles, fieldsStyles, bankAccountFieldsStyles];

  static override properties = {
    legend: {},
    errors: { attribute: false },
    disabled: { type: Boolean },
    holderName: { state: true, attribute: false },
    accountType: { state: true, attribute: false },
  };

  /** The group's caption; “Bank account”, in the reader's language, when unset. */
  declare legend: string | undefined;

  /** Messages from the host by field, e.g. `{ routingNumber: '…' }` from a refused save; each goes when the payer edits its field. */
  declare errors: Partial<Record<BankAccountField, string>>;

  /** Disables every field. */
  declare disabled: boolean;

  /** The holder's name as typed. */
  declare private holderName: string;

  /** Checking unless the payer picks savings. */
  declare private accountType: BankAccountType;

  /** Which errors are on screen, and the group's place in its form. */
  readonly #fields = new FieldGroupController<Field>(this, {
    order: FIELD_ORDER,
    problems: () => this.#problems(),
    errors: () => this.errors,
    isEmpty: (field) => (field === 'holderName' ? this.holderName.trim() === '' : field !== 'accountType' && this.#read(field).trim() === ''),
    focusTarget: (field) => this.#control(field),
    t: () => this.t,
  });

  constructor() {
    super();
    this.legend = undefined;
    this.errors = {};
    this.disabled = false;
    this.holderName = '';
    this.accountType = 'checking';
  }

  /** The account as a save request needs it: the name trimmed, the routing and account numbers as digits only. */
  get value(): BankAccountEntry {
    return {
      holderName: this.holderName.trim(),
      accountType: this.accountType,
      routingNumber: digitsOnly(this.#read('routingNumber')),
      accountNumber: digitsOnly(this.#read('accountNumber')),
    };
  }

  /** The form this group belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#fields.form;
  }

  /** Whether every field is fine and no error from the host is outstanding, without showing anything. */
  checkValidity(): boolean {
    return this.#fields.checkValidity();
  }

  /**
   * Checks every field, shows every error, moves focus to the first field that needs attention and
   * announces how many do. Outstanding errors from the host count too, so after a refused save the
   * host can call this to take the payer to the first one. Returns whether the account is fine.
   * `announce: false` leaves the count to a form that checks these fields with others (see `invalidFields`).
   */
  validate(options?: ValidateOptions): boolean {
    return this.#fields.validate(options);
  }

  /** The fields that need attention now, in the order they appear, whether their errors are shown yet or not. */
  get invalidFields(): BankAccountFormField[] {
    return this.#fields.invalidFields();
  }

  /**
   * Empties the routing number, account number and confirmation, with their errors. The host calls
   * it once a save succeeded (or is abandoned), so the full account number is nowhere on the page.
   */
  clear(): void {
    for (const field of NUMBER_FIELDS) {
      const input = this.#control(field);
      if (input) input.value = '';
    }
    this.#fields.forget(isNumberField);
    if (this.errors?.routingNumber || this.errors?.accountNumber) this.errors = withoutFields(this.errors, isNumberField);
    this.requestUpdate();
  }

  /** Moves focus to the first field (the holder's name). */
  override focus(options?: FocusOptions): void {
    this.#control('holderName')?.focus(options);
  }

  /** Called by the form on reset: every field empty, checking selected. */
  formResetCallback(): void {
    this.clear();
    this.holderName = '';
    this.accountType = 'checking';
    this.errors = {};
    this.#fields.forget(() => true);
  }

  /** Called by the form when it or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#fields.formDisabledCallback(disabled);
  }

  /** What a number field holds; read from the input itself, the only place it is kept. */
  #read(field: NumberField): string {
    return this.#control(field)?.value ?? '';
  }

  #control(field: Field): HTMLInputElement | null {
    // The account type's target is its selected radio.
    const selector = field === 'accountType' ? `input[name="account-type"][value="${this.accountType}"]` : `#${field}`;
    return this.renderRoot?.querySelector<HTMLInputElement>(selector) ?? null;
  }

  #problems(): FieldMessages<Field> {
    const t = this.t;
    const account = this.#read('accountNumber');
    const accountProblem = accountNumberProblem(account, t);
    return {
      holderName: holderNameProblem(this.holderName, t) ?? undefined,
      routingNumber: routingNumberProblem(this.#read('routingNumber'), t) ?? undefined,
      accountNumber: accountProblem ?? undefined,
      // Asking to repeat a number that is itself wrong would only add noise.
      confirmAccountNumber: accountProblem ? undefined : (confirmAccountNumberProblem(account, this.#read('confirmAccountNumber'), t) ?? undefined),
    };
  }

  protected override render() {
    const t = this.t;
    return html`
      ${renderAnnouncer(this.#fields.announcement)}
      ${renderBankAccountFields({
        legend: this.legend ?? t('Bank account'),
        t,
        holderName: this.holderName,
        accountType: this.accountType,
        messages: this.#fields.visibleMessages(),
        disabled: this.#fields.disabled,
        onInput: (event) => this.#onInput(event),
        onChange: () => this.#onChange(),
        onBlur: (event) => this.#onBlur(event),
        onAccountType: (event) => this.#onAccountType(event),
      })}
    `;
  }

  #onInput(event: Event): void {
    // The native event would reach the host before it re-renders; the host gets its own, once `value` is current.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const field = input.id as Field;
    if (field === 'holderName') this.holderName = input.value;
    this.#fields.markEdited(field);
    if (field !== 'confirmAccountNumber' && this.errors?.[field]) this.errors = withoutFields(this.errors, (name) => name === field);
    // Once shown, an error follows the edits and goes as soon as the field is fine.
    const problems = this.#problems();
    const fine = (name: Field) => this.#fields.isShown(name) && !problems[name];
    if (fine(field) || fine('confirmAccountNumber')) this.#fields.hide(fine);
    this.requestUpdate();
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  #onChange(): void {
    // The inner `change` is not composed, so it never leaves the shadow root.
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  #onBlur(event: FocusEvent): void {
    this.#fields.leave((event.target as HTMLElement).id as Field);
  }

  #onAccountType(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.accountType = input.value === 'savings' ? 'savings' : 'checking';
    this.#fields.markEdited('accountType');
    if (this.errors?.accountType) this.errors = withoutFields(this.errors, (name) => name === 'accountType');
    this.emit(new Event('input', { bubbles: true, composed: true }));
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }
}

function isNumberField(field: Field): field is NumberField {
  return (NUMBER_FIELDS as readonly Field[]).includes(field);
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-bank-account-fields': AlisBankAccountFields;
  }
}
