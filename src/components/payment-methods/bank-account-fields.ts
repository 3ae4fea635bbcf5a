import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import {
  HOLDER_NAME_MAX_LENGTH,
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

/** Every field, in the order they appear and `validate()` looks for the first error in. */
type Field = BankAccountField | 'confirmAccountNumber';
const FIELD_ORDER: readonly Field[] = ['holderName', 'accountType', 'routingNumber', 'accountNumber', 'confirmAccountNumber'];

/** The fields whose digits live only in their inputs. */
type NumberField = 'routingNumber' | 'accountNumber' | 'confirmAccountNumber';
const NUMBER_FIELDS: readonly NumberField[] = ['routingNumber', 'accountNumber', 'confirmAccountNumber'];

const LABELS: Record<Field, string> = {
  holderName: "Account holder's name",
  accountType: 'Account type',
  routingNumber: 'Routing number',
  accountNumber: 'Account number',
  confirmAccountNumber: 'Confirm account number',
};

type Messages = Partial<Record<Field, string>>;

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
 * @fires input - Whenever a field changes, after `value` is updated.
 * @fires change - When the payer commits a change to a field (leaves a text field, picks an account type).
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
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };

  /** The group's caption. */
  declare legend: string;

  /** Messages from the host by field, e.g. `{ routingNumber: '…' }` from a refused save; each goes when the payer edits its field. */
  declare errors: Partial<Record<BankAccountField, string>>;

  /** Disables every field. */
  declare disabled: boolean;

  /** The holder's name as typed. */
  declare private holderName: string;

  /** Checking unless the payer picks savings. */
  declare private accountType: BankAccountType;

  /** Fields whose own problems are shown (left after an edit, or after `validate()`). */
  declare private shown: ReadonlySet<Field>;

  /** Text of the polite status region. */
  declare private announcement: string;

  /** Disabled by an ancestor `<fieldset disabled>` or the `disabled` attribute. */
  declare private formDisabled: boolean;

  readonly #internals: ElementInternals;

  /** Fields the payer has changed: leaving one of these shows its error. */
  readonly #edited = new Set<Field>();

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.legend = 'Bank account';
    this.errors = {};
    this.disabled = false;
    this.holderName = '';
    this.accountType = 'checking';
    this.shown = new Set();
    this.announcement = '';
    this.formDisabled = false;
    // A form found the group invalid: from now on every field shows its error when left.
    this.addEventListener('invalid', () => {
      for (const field of FIELD_ORDER) this.#edited.add(field);
    });
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
    return this.#internals.form;
  }

  /** Whether every field is fine and no error from the host is outstanding, without showing anything. */
  checkValidity(): boolean {
    return Object.keys(this.#allMessages()).length === 0;
  }

  /**
   * Checks every field, shows every error, moves focus to the first field that needs attention and
   * announces how many do. Outstanding errors from the host count too, so after a refused save the
   * host can call this to take the payer to the first one. Returns whether the account is fine.
   */
  validate(): boolean {
    const messages = this.#allMessages();
    const invalid = FIELD_ORDER.filter((field) => messages[field]);
    this.shown = new Set(FIELD_ORDER);
    for (const field of FIELD_ORDER) this.#edited.add(field);
    const first = invalid[0];
    if (!first) {
      this.announcement = '';
      return true;
    }
    this.#announce(invalid.length === 1 ? '1 field needs attention.' : `${invalid.length} fields need attention.`);
    this.#control(first)?.focus();
    return false;
  }

  /**
   * Empties the routing number, account number and confirmation, with their errors. The host calls
   * it once a save succeeded (or is abandoned), so the full account number is nowhere on the page.
   */
  clear(): void {
    for (const field of NUMBER_FIELDS) {
      const input = this.#control(field);
      if (input) input.value = '';
      this.#edited.delete(field);
    }
    this.shown = new Set([...this.shown].filter((field) => !isNumberField(field)));
    if (this.errors?.routingNumber || this.errors?.accountNumber) {
      const { routingNumber: _routing, accountNumber: _account, ...rest } = this.errors;
      this.errors = rest;
    }
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
    this.shown = new Set();
    this.#edited.clear();
  }

  /** Called by the form when it or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
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

  #problems(): Messages {
    const account = this.#read('accountNumber');
    const accountProblem = accountNumberProblem(account);
    const problems: Messages = {
      holderName: holderNameProblem(this.holderName) ?? undefined,
      routingNumber: routingNumberProblem(this.#read('routingNumber')) ?? undefined,
      accountNumber: accountProblem ?? undefined,
      // Asking to repeat a number that is itself wrong would only add noise.
      confirmAccountNumber: accountProblem ? undefined : (confirmAccountNumberProblem(account, this.#read('confirmAccountNumber')) ?? undefined),
    };
    return withoutEmpty(problems);
  }

  #allMessages(): Messages {
    return { ...this.#problems(), ...withoutEmpty(this.errors ?? {}) };
  }

  #visibleMessages(): Messages {
    const problems = this.#problems();
    const errors: Messages = this.errors ?? {};
    const visible: Messages = {};
    for (const field of FIELD_ORDER) {
      const message = errors[field] || (this.shown.has(field) ? problems[field] : undefined);
      if (message) visible[field] = message;
    }
    return visible;
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
    if (!first) {
      this.#internals.setValidity({});
      return;
    }
    const empty = first === 'holderName' ? this.holderName.trim() === '' : first !== 'accountType' && this.#read(first).trim() === '';
    this.#internals.setValidity(empty ? { valueMissing: true } : { customError: true }, messages[first], this.#control(first) ?? undefined);
  }

  protected override render() {
    const messages = this.#visibleMessages();
    const disabled = this.disabled || this.formDisabled;
    const error = (field: Field) => html`<p id="${field}-error" class="error" part="error">${messages[field] ?? nothing}</p>`;
    const invalid = (field: Field) => (messages[field] ? 'true' : 'false');
    // The numbers are never bound to a value: the input is the only place they exist.
    const number = (field: NumberField, hint: string, maxlength?: number) => html`
      <div class="field">
        <label for=${field} part="label">${LABELS[field]}</label>
        <p id="${field}-hint" class="hint" part="hint">${hint}</p>
        <input
          id=${field}
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="off"
          maxlength=${ifDefined(maxlength)}
          aria-required="true"
          aria-invalid=${invalid(field)}
          aria-describedby="${field}-hint ${field}-error"
          @input=${this.#onInput}
          @change=${this.#onChange}
          @blur=${this.#onBlur}
        />
        ${error(field)}
      </div>
    `;
    return html`
      <fieldset part="fieldset" ?disabled=${disabled}>
        <legend part="legend">${this.legend}</legend>
        <div class="fields">
          <div class="field">
            <label for="holderName" part="label">${LABELS.holderName}</label>
            <input
              id="holderName"
              part="input"
              type="text"
              autocomplete="name"
              maxlength=${HOLDER_NAME_MAX_LENGTH}
              .value=${live(this.holderName)}
              aria-required="true"
              aria-invalid=${invalid('holderName')}
              aria-describedby="holderName-error"
              @input=${this.#onInput}
              @change=${this.#onChange}
              @blur=${this.#onBlur}
            />
            ${error('holderName')}
          </div>
          <fieldset class="account-type" aria-describedby="accountType-error">
            <legend part="label">${LABELS.accountType}</legend>
            <div class="options">
              ${(['checking', 'savings'] as const).map(
                (type) => html`
                  <label class="choice">
                    <input
                      type="radio"
                      name="account-type"
                      value=${type}
                      .checked=${live(this.accountType === type)}
                      @input=${stopPropagation}
                      @change=${this.#onAccountType}
                    />
                    ${type === 'checking' ? 'Checking' : 'Savings'}
                  </label>
                `,
              )}
            </div>
            ${error('accountType')}
          </fieldset>
          <details part="help">
            <summary><span>Where do I find these numbers?</span></summary>
            <p>
              They are printed along the bottom of a check. From the left: the 9-digit routing number, then your account
              number, then the check number. Your bank's app or statement shows them too.
            </p>
            <div class="check" aria-hidden="true">
              <div><span class="digits">123456789</span><span class="caption">Routing</span></div>
              <div><span class="digits">0001234567</span><span class="caption">Account</span></div>
              <div><span class="digits">1001</span><span class="caption">Check</span></div>
            </div>
          </details>
          ${number('routingNumber', 'The 9 digits at the bottom left of a check', 9)}
          ${number('accountNumber', '4 to 17 digits')}
          ${number('confirmAccountNumber', "Type it again, so a typo can't send a payment to the wrong account.")}
        </div>
      </fieldset>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #onInput(event: Event): void {
    // The native event would reach the host before it re-renders; the host gets its own, once `value` is current.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const field = input.id as Field;
    if (field === 'holderName') this.holderName = input.value;
    this.#edited.add(field);
    if (field !== 'confirmAccountNumber' && this.errors?.[field]) {
      const { [field]: _cleared, ...rest } = this.errors;
      this.errors = rest;
    }
    // Once shown, an error follows the edits and goes as soon as the field is fine.
    const problems = this.#problems();
    const fine = (name: Field) => this.shown.has(name) && !problems[name];
    if (fine(field) || fine('confirmAccountNumber')) {
      this.shown = new Set([...this.shown].filter((name) => !fine(name)));
    }
    this.requestUpdate();
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  #onChange(): void {
    // The inner `change` is not composed, so it never leaves the shadow root.
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  #onBlur(event: FocusEvent): void {
    const field = (event.target as HTMLElement).id as Field;
    if (!this.#edited.has(field)) return;
    const message = this.#problems()[field];
    if (message && !this.shown.has(field)) {
      this.shown = new Set([...this.shown, field]);
      this.#announce(`${LABELS[field]}: ${message}`);
    }
  }

  #onAccountType(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.accountType = input.value === 'savings' ? 'savings' : 'checking';
    this.#edited.add('accountType');
    if (this.errors?.accountType) {
      const { accountType: _cleared, ...rest } = this.errors;
      this.errors = rest;
    }
    this.emit(new Event('input', { bubbles: true, composed: true }));
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }
}

/** Keeps an inner control's composed `input` event inside; the element sends its own once its state is current. */
function stopPropagation(event: Event): void {
  event.stopPropagation();
}

function isNumberField(field: Field): field is NumberField {
  return (NUMBER_FIELDS as readonly Field[]).includes(field);
}

function withoutEmpty<T extends string>(messages: Partial<Record<T, string | undefined>>): Partial<Record<T, string>> {
  return Object.fromEntries(Object.entries(messages).filter(([, message]) => Boolean(message))) as Partial<Record<T, string>>;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-bank-account-fields': AlisBankAccountFields;
  }
}
