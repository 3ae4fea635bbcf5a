// The form plumbing every form-associated element needs, once: ElementInternals, validity, disabled.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A form-associated element (`static formAssociated = true`) with a `disabled` property of its own. */
export type FormControlHost = ReactiveControllerHost & HTMLElement & { disabled: boolean };

/** The element's constraint state: the flags that fail, the sentence for them, the inner control the browser points at. */
export interface ControlValidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement | undefined;
}

/** What a form submits for the element: `value` under its name (null: nothing), `state` what the browser restores. */
export interface ControlFormValue {
  value: string | null;
  state: string;
}

/** How one element tells its form what it holds. */
export interface FormControlOptions {
  /** The element's constraint state now; read after every render and whenever the element calls `sync()`. */
  validity(): ControlValidity;
  /** What the element submits; without it the element takes part in validation only and submits nothing. */
  formValue?(): ControlFormValue;
  /**
   * A form found the element invalid (a blocked submission, `form.checkValidity()`): from then on,
   * leaving a field should show its error, as it does once the payer has edited it.
   */
  onInvalid?(): void;
}

/**
 * Joins a form like a native field does, so each form element only says what its own value and
 * constraints are: the `ElementInternals` behind `form`, `validity`, `validationMessage`,
 * `willValidate` and `checkValidity()`; the value and validity handed to the form after every
 * render; and `disabled`, the element's own property or an ancestor `<fieldset disabled>`.
 * Learned from Shoelace's `FormControlController`, but built on `ElementInternals`, so the browser
 * itself blocks submission, restores and resets the element.
 *
 * The browser calls the lifecycle callbacks (`formDisabledCallback`, `formResetCallback`,
 * `formStateRestoreCallback`) on the element, which forwards the first here and keeps the others:
 * what a reset or a restore brings back is the element's own business.
 */
export class FormControlController implements ReactiveController {
  readonly #host: FormControlHost;
  readonly #options: FormControlOptions;
  readonly #internals: ElementInternals;
  /** Disabled by the form: an ancestor `<fieldset disabled>`, or the element's own `disabled` attribute. */
  #formDisabled = false;

  /** Call from a field initializer or the constructor: `attachInternals()` works only while the element is built. */
  constructor(host: FormControlHost, options: FormControlOptions) {
    this.#host = host;
    this.#options = options;
    this.#internals = host.attachInternals();
    host.addEventListener('invalid', () => options.onInvalid?.());
    host.addController(this);
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Whether the element's inner controls are disabled: by its own `disabled` property or by the form. */
  get disabled(): boolean {
    return this.#host.disabled || this.#formDisabled;
  }

  /** Whether the element is valid; fires a cancelable `invalid` event when it is not, without showing anything. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /**
   * `checkValidity()`, and when the element is invalid and the `invalid` event was not cancelled
   * (the host shows the error itself), `show()` puts the error on screen. Returns whether it is valid.
   */
  reportValidity(show: () => void): boolean {
    let cancelled = false;
    const listener = (event: Event) => {
      cancelled = event.defaultPrevented;
    };
    this.#host.addEventListener('invalid', listener);
    const isValid = this.#internals.checkValidity();
    this.#host.removeEventListener('invalid', listener);
    if (!isValid && !cancelled) show();
    return isValid;
  }

  /** The element's `formDisabledCallback` forwards here. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#host.requestUpdate();
  }

  /** Hands the form the element's current value and validity; also for edits between renders, before `input` fires. */
  sync(): void {
    const { flags, message, anchor } = this.#options.validity();
    this.#internals.setValidity(flags, message, anchor);
    const formValue = this.#options.formValue?.();
    if (formValue) this.#internals.setFormValue(formValue.value, formValue.state);
  }

  hostUpdate(): void {
    // Reflected here rather than with `reflect: true`: the attribute is what disables a
    // form-associated element, and the browser's formDisabledCallback must land before this render
    // (during Lit's own reflection, after render, a property change would be dropped).
    this.#host.toggleAttribute('disabled', this.#host.disabled);
  }

  hostUpdated(): void {
    this.sync();
  }
}
