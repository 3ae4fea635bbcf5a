// What the address and bank-account groups share: when a field shows its error, validate(), the form.
import { html, nothing, type TemplateResult } from 'lit';
import { FormControlController, type FormControlHost } from '../shared/form-control.js';
import type { Translate } from '../../core/i18n/translate.js';

/** Messages by field; a field without one (or with '') is fine. */
export type FieldMessages<Field extends string> = Partial<Record<Field, string | undefined>>;

/** What a group of fields tells its controller. */
export interface FieldGroupOptions<Field extends string> {
  /** Every field, in the order they appear, which is also the order errors are looked for in. */
  order: readonly Field[];
  /** The group's own problems now (what the payer typed), by field. */
  problems(): FieldMessages<Field>;
  /** Messages from the host (e.g. a refused save), shown at once; they win over the group's own. */
  errors(): FieldMessages<Field> | null | undefined;
  /** Whether a field is empty: a missing value rather than a wrong one, for the form's validity. */
  isEmpty(field: Field): boolean;
  /** Where to take the payer for a field's error. */
  focusTarget(field: Field): HTMLElement | null;
  /** The group's words in the reader's language at this moment, for its announcements. */
  t(): Translate;
}

/**
 * Decides, for a group of fields in one form-associated element, which errors are on screen:
 * a field's own problem shows once the payer leaves it after editing it, or after `validate()` (or
 * a form that found the group invalid); a message from the host shows at once. It joins the form
 * through a {@link FormControlController} with the first outstanding error, and keeps the group's
 * announcements for its live region.
 */
export class FieldGroupController<Field extends string> {
  readonly #host: FormControlHost;
  readonly #options: FieldGroupOptions<Field>;
  readonly #formControl: FormControlController;
  /** Fields whose own problems are shown (left after an edit, or after `validate()`). */
  #shown: ReadonlySet<Field> = new Set();
  /** Fields the payer has changed: leaving one of these shows its error. */
  readonly #edited = new Set<Field>();
  #announcement = '';
  /** The language the live region's text was said in: after a switch it falls silent (it was already spoken). */
  #announcementLang = '';

  constructor(host: FormControlHost, options: FieldGroupOptions<Field>) {
    this.#host = host;
    this.#options = options;
    this.#formControl = new FormControlController(host, {
      validity: () => this.#validity(),
      // A form found the group invalid: from now on every field shows its error when left.
      onInvalid: () => options.order.forEach((field) => this.#edited.add(field)),
    });
  }

  /** The form the group belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#formControl.form;
  }

  /** Whether the fields are disabled: by the element's `disabled` property or by the form. */
  get disabled(): boolean {
    return this.#formControl.disabled;
  }

  /** Text for the group's polite live region, while the reader's language is the one it was said in. */
  get announcement(): string {
    return this.#announcementLang === this.#options.t().lang ? this.#announcement : '';
  }

  /** The element's `formDisabledCallback` forwards here. */
  formDisabledCallback(disabled: boolean): void {
    this.#formControl.formDisabledCallback(disabled);
  }

  /** Host errors and the group's own problems together; the host's win (they are what the server said). */
  allMessages(): Partial<Record<Field, string>> {
    return { ...withoutEmpty(this.#options.problems()), ...withoutEmpty(this.#options.errors() ?? {}) };
  }

  /** What each field shows under it now. */
  visibleMessages(): Partial<Record<Field, string>> {
    const problems = this.#options.problems();
    const errors: FieldMessages<Field> = this.#options.errors() ?? {};
    const visible: Partial<Record<Field, string>> = {};
    for (const field of this.#options.order) {
      const message = errors[field] || (this.#shown.has(field) ? problems[field] : undefined);
      if (message) visible[field] = message;
    }
    return visible;
  }

  /** Whether every field is fine and no error from the host is outstanding, without showing anything. */
  checkValidity(): boolean {
    return Object.keys(this.allMessages()).length === 0;
  }

  /** The fields that need attention now (their own problems and the host's errors), in order, shown or not. */
  invalidFields(): Field[] {
    const messages = this.allMessages();
    return this.#options.order.filter((field) => messages[field]);
  }

  /**
   * Shows every error, moves focus to the first field that needs attention and announces how many
   * do; with `announce: false` it says nothing, for a form that says one count for these and its other fields.
   */
  validate({ announce = true }: ValidateOptions = {}): boolean {
    const invalid = this.invalidFields();
    this.#shown = new Set(this.#options.order);
    for (const field of this.#options.order) this.#edited.add(field);
    this.#host.requestUpdate();
    const first = invalid[0];
    if (!first) {
      this.#announcement = '';
      return true;
    }
    if (announce) this.#announce(needsAttentionSentence(invalid.length, this.#options.t()));
    else this.#announcement = '';
    this.#options.focusTarget(first)?.focus();
    return false;
  }

  /** The payer changed `field`: leaving it from now on shows its error. */
  markEdited(field: Field): void {
    this.#edited.add(field);
  }

  isShown(field: Field): boolean {
    return this.#shown.has(field);
  }

  /** Stops showing the own problems of the fields `which` picks (until they are left after an edit again). */
  hide(which: (field: Field) => boolean): void {
    const kept = [...this.#shown].filter((field) => !which(field));
    if (kept.length === this.#shown.size) return;
    this.#shown = new Set(kept);
    this.#host.requestUpdate();
  }

  /** Hides the fields `which` picks and forgets they were edited: as if the payer had not touched them yet. */
  forget(which: (field: Field) => boolean): void {
    this.hide(which);
    for (const field of [...this.#edited]) if (which(field)) this.#edited.delete(field);
  }

  /** The payer left `field`: an edited field with a problem shows it, and the live region says it with the field's label. */
  leave(field: Field): void {
    if (!this.#edited.has(field)) return;
    const message = this.#options.problems()[field];
    if (!message || this.#shown.has(field)) return;
    this.#shown = new Set([...this.#shown, field]);
    this.#host.requestUpdate();
    const label = this.#host.shadowRoot?.querySelector(`label[for="${field}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    this.#announce(label ? `${label}: ${message}` : message);
  }

  /** Says `text` in the live region; a trailing no-break space alternates so a repeat is announced again. */
  #announce(text: string): void {
    this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
    this.#announcementLang = this.#options.t().lang;
    this.#host.requestUpdate();
  }

  /** The form's view: the first outstanding error, as a missing value when its field is empty. */
  #validity() {
    const messages = this.allMessages();
    const first = this.#options.order.find((field) => messages[field]);
    if (!first) return { flags: {}, message: '' };
    const flags: ValidityStateFlags = this.#options.isEmpty(first) ? { valueMissing: true } : { customError: true };
    return { flags, message: messages[first] ?? '', anchor: this.#options.focusTarget(first) ?? undefined };
  }
}

/** How a group of fields (or a whole form) is checked by `validate()`. */
export interface ValidateOptions {
  /**
   * Whether the group announces how many of its fields need attention (the default). A form that
   * checks these with other fields passes `false` and says one count for all of them.
   */
  announce?: boolean;
}

/** "3 fields need attention.": what a form or group says when a check found problems. */
export function needsAttentionSentence(count: number, t: Translate): string {
  return t.plural(count, { one: '{count} field needs attention.', other: '{count} fields need attention.' });
}

/** A field's error paragraph (`part="error"`), which its control's `aria-describedby` points at. */
export function renderFieldError(field: string, message: string | undefined): TemplateResult {
  return html`<p id="${field}-error" class="error" part="error">${message ?? nothing}</p>`;
}

/** Keeps an inner control's composed `input` event inside; the element sends its own once its state is current. */
export function keepInside(event: Event): void {
  event.stopPropagation();
}

/** `messages` without the fields `which` picks. */
export function withoutFields<Field extends string>(messages: FieldMessages<Field>, which: (field: Field) => boolean): FieldMessages<Field> {
  return Object.fromEntries(Object.entries(messages).filter(([field]) => !which(field as Field))) as FieldMessages<Field>;
}

function withoutEmpty<Field extends string>(messages: FieldMessages<Field>): Partial<Record<Field, string>> {
  return Object.fromEntries(Object.entries(messages).filter(([, message]) => Boolean(message))) as Partial<Record<Field, string>>;
}
