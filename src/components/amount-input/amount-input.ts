import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderUnbroken } from '../shared/unbroken.js';
import { AlisElement } from '../shared/alis-element.js';
import { FormControlController } from '../shared/form-control.js';
import { hostStyles } from '../shared/tokens.js';
import { currencyAffix, formatAmountForInput, parseAmount, type AmountOptions, type AmountParse } from '../../core/amount.js';
import { formatMoney } from '../../core/format.js';
import { amountInputStyles } from './amount-input.styles.js';

/** The control's constraint state: which flags fail, and the sentence shown for them ('' when valid). */
interface Validation {
  flags: ValidityStateFlags;
  message: string;
}

const valid: Validation = { flags: {}, message: '' };

/**
 * A money amount field for forms. The payer types in their own conventions (`1,234.56`,
 * `1.234,56`, `12,5`, `$20`) and the element exposes integer minor units as `valueCents`; it never
 * reformats while they type, and shows how it read the amount when they leave the field.
 *
 * It is form-associated: inside a `<form>` it submits the cents under `name`, takes part in
 * `checkValidity()` / `reportValidity()`, resets and restores like a native input, and follows a
 * disabled `<fieldset>`. Its own messages appear under the input once the payer leaves the field or
 * when `reportValidity()` is called; a message from the host (`errorText`, e.g. the server's
 * `amount_exceeds_balance`) appears at once. When a form submission is blocked, the browser shows
 * the same message at the input, as it does for native fields.
 *
 * @tagname alis-amount-input
 * @summary A money amount field that reads what the payer types as integer cents.
 *
 * @fires {Event} input - Whenever the text changes, after `valueCents` and the validity are updated.
 * @fires {Event} change - When the payer commits an edit by leaving the field; `valueCents` is current.
 *
 * @csspart label - The visible label.
 * @csspart input - The text input.
 * @csspart error - The error message under the input (empty while there is nothing to say).
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-font-size - Size of the label and the amount.
 * @cssprop --alis-font-size-small - Size of the hint and the error message.
 * @cssprop --alis-line-height - Line height of all text.
 * @cssprop --alis-color-text - Label and amount colour.
 * @cssprop --alis-color-text-muted - Hint, currency symbol and "(optional)" colour.
 * @cssprop --alis-color-surface - Background of the input box.
 * @cssprop --alis-color-surface-alt - Background of the input box when disabled.
 * @cssprop --alis-color-border - Border of the input box.
 * @cssprop --alis-color-danger - Border of the box and text of the message when there is an error.
 * @cssprop --alis-color-focus-ring - Colour of the focus ring around the box.
 * @cssprop --alis-focus-ring-width - Width of the focus ring.
 * @cssprop --alis-radius-small - Corner radius of the box.
 * @cssprop --alis-space-xs - Space between the label, the box and the message.
 * @cssprop --alis-space-s - Padding inside the box.
 * @cssprop --alis-target-size - Minimum height of the input (44px by default).
 */
export class AlisAmountInput extends AlisElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [hostStyles, amountInputStyles];

  static override properties = {
    label: {},
    hint: {},
    currency: {},
    locale: {},
    valueCents: { type: Number, attribute: 'value-cents' },
    min: { type: Number },
    max: { type: Number },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean },
    name: { reflect: true },
    errorText: { attribute: 'error-text' },
    maxMessage: { attribute: 'max-message' },
    text: { state: true, attribute: false },
    showError: { state: true, attribute: false },
  };

  /** The visible label (required: it is the field's accessible name). */
  declare label: string;

  /** Help text shown under the label, e.g. "You can pay part of the balance." */
  declare hint: string | undefined;

  /** ISO 4217 code of the amount; decides the symbol and how many decimals are allowed. */
  declare currency: string;

  /** BCP 47 locale for reading and showing the amount; the browser's language when unset. */
  declare locale: string | undefined;

  /** The amount in integer minor units, or null when the field is empty or unreadable; set it to prefill. */
  declare valueCents: number | null;

  /** The smallest amount accepted, in minor units (1 by default, so zero is refused). */
  declare min: number | undefined;

  /** The largest amount accepted, in minor units, e.g. the balance due; no limit when unset. */
  declare max: number | undefined;

  /** Whether an amount must be entered (true by default; remove the attribute to make it optional). */
  declare required: boolean;

  /** Disables the field; a disabled field is not submitted or validated. */
  declare disabled: boolean;

  /** The name the cents are submitted under in the form's data. */
  declare name: string | undefined;

  /** An error from the host (e.g. the server refused the amount); shown at once and cleared when the payer edits. */
  declare errorText: string | null;

  /**
   * What the field says when the amount is above `max`, with `{max}` standing for the formatted
   * maximum; "The most you can pay here is {max}." (in the reader's language) when unset. A refund
   * or a staff pull says what the limit is in its own words.
   */
  declare maxMessage: string | undefined;

  /** Exactly what is in the input, as the payer typed it. */
  declare private text: string;

  /** Whether the current validation message is shown (after leaving the field, or `reportValidity()`). */
  declare private showError: boolean;

  /** Set once the payer has edited, or a form found the field invalid: from then on, leaving it shows its error. */
  #touched = false;

  /** The field's place in its form: validity anchored at the input, the cents submitted, the text restored. */
  readonly #formControl = new FormControlController(this, {
    validity: () => ({ ...this.#validate(), anchor: this.#input ?? undefined }),
    formValue: () => {
      const parsed = this.#parse();
      return { value: parsed.kind === 'ok' ? String(parsed.cents) : null, state: this.text };
    },
    onInvalid: () => {
      this.#touched = true;
    },
  });

  constructor() {
    super();
    this.currency = 'USD';
    this.valueCents = null;
    this.min = 1;
    this.required = true;
    this.disabled = false;
    this.errorText = null;
    this.maxMessage = undefined;
    this.text = '';
    this.showError = false;
  }

  /** The form this field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#formControl.form;
  }

  /** The field's validity, as for a native input. */
  get validity(): ValidityState {
    return this.#formControl.validity;
  }

  /** The sentence describing why the field is invalid, or '' when it is valid. */
  get validationMessage(): string {
    return this.#formControl.validationMessage;
  }

  /** Whether the field takes part in constraint validation (false when disabled). */
  get willValidate(): boolean {
    return this.#formControl.willValidate;
  }

  /** Whether the field is valid; fires a cancelable `invalid` event when it is not, without showing anything. */
  checkValidity(): boolean {
    return this.#formControl.checkValidity();
  }

  /**
   * Like `checkValidity()`, and when the field is invalid (and `invalid` was not cancelled) shows the
   * error under the input and moves focus to it.
   */
  reportValidity(): boolean {
    return this.#formControl.reportValidity(() => {
      this.showError = true;
      this.#input?.focus();
    });
  }

  /** Called by the form on reset: back to the `value-cents` attribute's amount, or empty. */
  formResetCallback(): void {
    const initial = this.getAttribute('value-cents');
    this.#showValue(initial === null ? null : Number(initial));
    this.errorText = null;
    this.showError = false;
    this.#touched = false;
  }

  /** Called by the form when it or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formControl.formDisabledCallback(disabled);
  }

  /** Called when the browser restores the form (history navigation, autofill): the text comes back as typed. */
  formStateRestoreCallback(state: string | File | FormData | null, _mode: 'restore' | 'autocomplete'): void {
    if (typeof state !== 'string') return;
    this.text = state;
    this.valueCents = this.#textCents();
  }

  get #options(): AmountOptions {
    return { locale: this.formatLocale, currency: this.currency };
  }

  get #input(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector('input') ?? null;
  }

  #parse(): AmountParse {
    return parseAmount(this.text, { ...this.#options, t: this.t });
  }

  #textCents(): number | null {
    const parsed = this.#parse();
    return parsed.kind === 'ok' ? parsed.cents : null;
  }

  /** Puts an amount set from outside (property, attribute, reset) into the input, formatted. */
  #showValue(cents: number | null | undefined): void {
    let value = cents ?? null;
    if (value !== null && !(Number.isSafeInteger(value) && value >= 0)) {
      console.warn(`<alis-amount-input>: valueCents must be a whole, non-negative number of minor units; got ${value}.`);
      value = null;
    }
    this.valueCents = value;
    this.text = value === null ? '' : formatAmountForInput(value, this.#options);
  }

  #validate(): Validation {
    if (this.errorText) return { flags: { customError: true }, message: this.errorText };
    const t = this.t;
    const parsed = this.#parse();
    if (parsed.kind === 'empty') return this.required ? { flags: { valueMissing: true }, message: t('Enter an amount.') } : valid;
    if (parsed.kind === 'invalid') return { flags: { badInput: true }, message: parsed.message };
    if (isCents(this.min) && parsed.cents < this.min) {
      return { flags: { rangeUnderflow: true }, message: t('Enter at least {amount}.', { amount: this.#money(this.min) }) };
    }
    if (isCents(this.max) && parsed.cents > this.max) {
      const max = this.#money(this.max);
      const message = this.maxMessage ? this.maxMessage.replaceAll('{max}', max) : t('The most you can pay here is {max}.', { max });
      return { flags: { rangeOverflow: true }, message };
    }
    return valid;
  }

  #money(cents: number): string {
    return formatMoney({ amountCents: cents, currency: this.currency }, this.formatLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host setting the value it already got from the input must not rewrite what the payer typed.
    if (changed.has('valueCents')) {
      if (this.valueCents !== this.#textCents()) this.#showValue(this.valueCents);
    } else if (changed.has('locale') || changed.has('currency')) {
      this.valueCents = this.#textCents();
    }
  }

  protected override render() {
    const affix = currencyAffix(this.#options);
    const message = this.errorText || this.showError ? this.#validate().message : '';
    const disabled = this.#formControl.disabled;
    const describedBy = this.hint ? 'currency hint error' : 'currency error';
    return html`
      <div class="field">
        <label for="input" part="label">${renderUnbroken(this.label)}${this.required ? nothing : html` <span class="optional">${this.t('(optional)')}</span>`}</label>
        ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
        <div class="control" data-currency=${affix.position} ?data-invalid=${message !== ''} ?data-disabled=${disabled}>
          <span id="currency" class="currency" @click=${this.#focusInput}>${affix.symbol}</span>
          <input
            id="input"
            part="input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.text)}
            ?disabled=${disabled}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${message ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${this.#onInput}
            @change=${this.#onChange}
            @blur=${this.#onBlur}
            @keydown=${this.#onKeydown}
          />
        </div>
        <p id="error" class="error" part="error" aria-live="polite">${message || nothing}</p>
      </div>
    `;
  }

  #onInput(event: Event): void {
    // The native event would reach the host before it re-renders; the host gets its own, once everything is current.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    this.valueCents = this.#textCents();
    this.errorText = null;
    this.#touched = true;
    this.#formControl.sync();
    // Once shown, an error follows the edits and goes as soon as the amount is fine.
    if (this.showError && this.#validate().message === '') this.showError = false;
    this.emit(new Event('input', { bubbles: true, composed: true }));
  }

  #onChange(): void {
    // The input's own `change` is not composed, so it never leaves the shadow root.
    this.emit(new Event('change', { bubbles: true, composed: true }));
  }

  #onBlur(): void {
    const parsed = this.#parse();
    if (parsed.kind === 'ok') this.text = formatAmountForInput(parsed.cents, this.#options);
    if (this.#touched) this.showError = this.#validate().message !== '';
  }

  #onKeydown(event: KeyboardEvent): void {
    // Enter submits the form, as in a native text field (the inner input belongs to no form itself).
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }

  #focusInput(): void {
    this.#input?.focus();
  }
}

function isCents(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-amount-input': AlisAmountInput;
  }
}
