// The test tokenizer's fields, imported when card entry opens (see `createTestTokenizer`). Plain
// DOM, so the SDK needs no rendering library.
import { CardTokenizeError, type MountOptions } from './card-tokenizer.js';
import {
  brandOf,
  cardDigits,
  checkCardEntry,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  formatCardNumber,
  formatExpiry,
  parseExpiry,
  testCardToken,
  type CardField,
  type CardFieldError,
  type CheckedCard,
} from './card-number.js';

const FIELDS: readonly CardField[] = ['number', 'expiry', 'cvc'];

/**
 * The words the test fields show around the inputs. English unless the page gives others through
 * `createTestTokenizer({ labels })`, or the widget mounting them through `MountOptions.labels`
 * (this SDK has no language of its own; the widgets' words live above it). The messages about what
 * was typed stay in English.
 */
export interface TestCardLabels {
  /** The banner's warning, in bold. */
  testMode: string;
  /** The banner's sentence after the warning. */
  testNumberHint: string;
  /** The card number's label. */
  number: string;
  /** The expiry date's label. */
  expiry: string;
  /** The expiry date's placeholder: how the date is written. */
  expiryPlaceholder: string;
  /** The security code's label. */
  cvc: string;
  /** Where the security code is, under its input. */
  cvcHint: string;
}

/** The test fields' words in English, the default. */
export const ENGLISH_TEST_CARD_LABELS: Readonly<TestCardLabels> = Object.freeze({
  testMode: 'Test mode — do not enter a real card.',
  testNumberHint: 'Use a test number such as 4242 4242 4242 4242.',
  number: 'Card number',
  expiry: 'Expiry date (MM/YY)',
  expiryPlaceholder: 'MM/YY',
  cvc: 'Security code (CVC)',
  cvcHint: '3 digits on the back, 4 on the front for American Express',
});

interface FieldSpec {
  label: keyof TestCardLabels;
  autocomplete: string;
  maxLength: number;
  /** A fixed placeholder, or the word that gives it. */
  placeholder: string | { word: keyof TestCardLabels };
  hint?: keyof TestCardLabels;
}

const SPECS: Readonly<Record<CardField, FieldSpec>> = {
  number: { label: 'number', autocomplete: 'cc-number', maxLength: 23, placeholder: '1234 1234 1234 1234' },
  expiry: { label: 'expiry', autocomplete: 'cc-exp', maxLength: 7, placeholder: { word: 'expiryPlaceholder' } },
  cvc: { label: 'cvc', autocomplete: 'cc-csc', maxLength: 4, placeholder: '123', hint: 'cvcHint' },
};

let mountCount = 0;

/** The fields' stylesheet, one per document (an adopted sheet must belong to its root's document). */
const sheets = new WeakMap<Document, CSSStyleSheet>();
/** How many mounted fields use the stylesheet in each root it is adopted into. */
const adoptions = new WeakMap<Document | ShadowRoot, number>();

/**
 * Styles the fields in the tree `container` is in (the document, or the shadow root of the element
 * that slots them) through an adopted stylesheet, which `style-src 'self'` allows where an inline
 * `<style>` is blocked. Returns what undoes it; the sheet leaves the root with its last fields. A
 * browser without constructable stylesheets gets a `<style>` element, as Lit does.
 */
function styleFields(container: HTMLElement, root: HTMLElement): () => void {
  const doc = container.ownerDocument;
  const node = container.getRootNode();
  // A detached container has no document or shadow root yet: style it as part of the document.
  const isShadowRoot = node.nodeType === 11 && 'host' in node;
  const tree = isShadowRoot ? (node as ShadowRoot) : doc;
  const View = doc.defaultView;
  if (!View || !('adoptedStyleSheets' in tree) || !('replaceSync' in View.CSSStyleSheet.prototype)) {
    const style = doc.createElement('style');
    style.textContent = STYLES;
    root.prepend(style);
    return () => style.remove();
  }
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    sheets.set(doc, sheet);
  }
  const users = adoptions.get(tree) ?? 0;
  if (users === 0 && !tree.adoptedStyleSheets.includes(sheet)) tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
  adoptions.set(tree, users + 1);
  const adopted = sheet;
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    const left = (adoptions.get(tree) ?? 1) - 1;
    adoptions.set(tree, left);
    if (left === 0) tree.adoptedStyleSheets = tree.adoptedStyleSheets.filter((s) => s !== adopted);
  };
}

/** The mounted fields of one test-tokenizer mount: light DOM, checked locally, cleared after use. */
export class TestCardFields {
  readonly #root: HTMLDivElement;
  readonly #inputs = {} as Record<CardField, HTMLInputElement>;
  readonly #errorTexts = {} as Record<CardField, HTMLElement>;
  readonly #options: MountOptions;
  readonly #now: () => Date;
  /** The errors shown, by field. */
  readonly #errors = new Map<CardField, CardFieldError>();
  #lastState = '';
  readonly #unstyle: () => void;
  /** The labels the page gave `createTestTokenizer`: they win over the widget's. */
  readonly #pageLabels: Partial<TestCardLabels>;
  /** Each node that shows one of the words, to change them in place (see {@link relabel}). */
  readonly #worded: { node: HTMLElement; word: keyof TestCardLabels; attribute?: string }[] = [];

  constructor(container: HTMLElement, options: MountOptions, now: () => Date, labels: Partial<TestCardLabels> = {}) {
    this.#options = options;
    this.#now = now;
    this.#pageLabels = labels;
    const words = this.#words(options.labels);
    const doc = container.ownerDocument;
    const id = `alis-test-card-${++mountCount}`;
    const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
      const node = doc.createElement(tag);
      node.className = className;
      node.textContent = text;
      return node;
    };

    this.#root = element('div', 'alis-test-card');
    const hintText = element('span', '', words.testNumberHint);
    const warning = element('strong', '', words.testMode);
    const banner = element('p', 'alis-test-card__banner');
    banner.append(warning, ' ', hintText);
    this.#worded.push({ node: warning, word: 'testMode' }, { node: hintText, word: 'testNumberHint' });
    const content = element('div', 'alis-test-card__content');
    const row = element('div', 'alis-test-card__row');

    for (const field of FIELDS) {
      const spec = SPECS[field];
      const inputId = `${id}-${field}`;
      const box = element('div', `alis-test-card__field alis-test-card__field--${field}`);
      const label = element('label', '', words[spec.label]);
      label.htmlFor = inputId;
      this.#worded.push({ node: label, word: spec.label });
      box.append(label);
      const describedBy: string[] = [];
      const input = doc.createElement('input');
      // No `name`: a surrounding form never submits card data.
      const attributes = { id: inputId, type: 'text', inputmode: 'numeric', autocomplete: spec.autocomplete, maxlength: String(spec.maxLength) };
      const placeholder = typeof spec.placeholder === 'string' ? spec.placeholder : words[spec.placeholder.word];
      for (const [name, value] of Object.entries({ ...attributes, placeholder, spellcheck: 'false', autocapitalize: 'off' })) {
        input.setAttribute(name, value);
      }
      if (typeof spec.placeholder !== 'string') this.#worded.push({ node: input, word: spec.placeholder.word, attribute: 'placeholder' });
      input.setAttribute('aria-invalid', 'false');
      box.append(input);
      // The hint goes under the input, so that the fields of a row stay level.
      if (spec.hint) {
        const hint = element('span', 'alis-test-card__hint', words[spec.hint]);
        hint.id = `${inputId}-hint`;
        this.#worded.push({ node: hint, word: spec.hint });
        describedBy.push(hint.id);
        box.append(hint);
      }
      const errorText = element('span', 'alis-test-card__error');
      errorText.id = `${inputId}-error`;
      describedBy.push(errorText.id);
      input.setAttribute('aria-describedby', describedBy.join(' '));
      box.append(errorText);
      this.#inputs[field] = input;
      this.#errorTexts[field] = errorText;
      (field === 'number' ? content : row).append(box);
    }
    content.append(row);
    content.prepend(banner);
    this.#root.append(content);
    this.#root.addEventListener('input', this.#onInput);
    this.#root.addEventListener('focusout', this.#onLeave);
    container.append(this.#root);
    this.#unstyle = styleFields(container, this.#root);
  }

  /** The words shown: English, under the widget's `labels`, under the page's. */
  #words(labels: Partial<TestCardLabels> | undefined): TestCardLabels {
    return { ...ENGLISH_TEST_CARD_LABELS, ...labels, ...this.#pageLabels };
  }

  /** Shows the widget's new `labels` (the reader switched language); what was typed stays. */
  relabel(labels: Partial<TestCardLabels> | undefined): void {
    const words = this.#words(labels);
    for (const { node, word, attribute } of this.#worded) {
      if (attribute) node.setAttribute(attribute, words[word]);
      else if (node.textContent !== words[word]) node.textContent = words[word];
    }
  }

  /** Checks the whole entry; shows every problem and throws for the first, focusing its field. */
  check(): { card: CheckedCard; token: string } {
    const { result, problems } = this.#checkAndShow();
    if (result.ok) return { card: result.card, token: testCardToken(result.card.digits) };
    throw problems[0] ?? new Error('unreachable: an entry that is not ok has an error');
  }

  /** Checks the whole entry; shows every problem, focuses the first field with one and returns them all, in order. */
  validate(): CardTokenizeError[] {
    return this.#checkAndShow().problems;
  }

  /** Checks every field, shows what is wrong with each and focuses the first that has a problem. */
  #checkAndShow(): { result: ReturnType<typeof checkCardEntry>; problems: CardTokenizeError[] } {
    const result = checkCardEntry({ number: this.#value('number'), expiry: this.#value('expiry'), cvc: this.#value('cvc') }, this.#now());
    this.#errors.clear();
    for (const field of FIELDS) {
      const error = result.ok ? undefined : result.errors[field];
      if (error) this.#errors.set(field, error);
    }
    this.#render();
    this.#notify();
    const problems = FIELDS.flatMap((field) => {
      const error = this.#errors.get(field);
      return error ? [new CardTokenizeError(error.code, error.message, field)] : [];
    });
    const first = problems[0]?.field;
    if (first) this.#inputs[first].focus();
    return { result, problems };
  }

  /** Empties the number and the security code, so neither lingers in the page. */
  clearSecrets(): void {
    this.#inputs.number.value = '';
    this.#inputs.cvc.value = '';
    this.#notify();
  }

  focus(): void {
    this.#inputs.number.focus();
  }

  destroy(): void {
    this.clearSecrets();
    this.#root.removeEventListener('input', this.#onInput);
    this.#root.removeEventListener('focusout', this.#onLeave);
    this.#root.remove();
    this.#unstyle();
  }

  #show(field: CardField, problem: CardFieldError | null): void {
    if (problem) this.#errors.set(field, problem);
    else this.#errors.delete(field);
  }

  #value(field: CardField): string {
    return this.#inputs[field].value;
  }

  #fieldOf(target: EventTarget | null): CardField | undefined {
    return FIELDS.find((field) => target === this.#inputs[field]);
  }

  /** The field's problem, or null (the CVC's length depends on the brand of the number typed). */
  #problem(field: CardField): CardFieldError | null {
    if (field === 'number') return checkCardNumber(this.#value('number'));
    if (field === 'expiry') return checkExpiry(this.#value('expiry'), this.#now());
    return checkCvc(this.#value('cvc'), brandOf(cardDigits(this.#value('number')) ?? ''));
  }

  /** Re-checks the fields that show an error, so a fixed field clears at once (new errors wait for leaving). */
  #recheckShown(): void {
    for (const field of FIELDS) {
      if (this.#errors.has(field)) this.#show(field, this.#problem(field));
    }
  }

  readonly #onInput = (): void => {
    this.#recheckShown();
    this.#render();
    this.#notify();
  };

  readonly #onLeave = (event: FocusEvent): void => {
    const field = this.#fieldOf(event.target);
    if (!field || this.#value(field).trim() === '') return;
    const input = this.#inputs[field];
    // Show what was read, the way it is printed on a card.
    if (field === 'number') {
      const digits = cardDigits(input.value);
      if (digits) input.value = formatCardNumber(digits);
    } else if (field === 'expiry') {
      const expiry = parseExpiry(input.value);
      if (expiry && expiry.month >= 1 && expiry.month <= 12) input.value = formatExpiry(expiry);
    }
    this.#show(field, this.#problem(field));
    this.#recheckShown();
    this.#render();
    this.#notify();
  };

  /** Tells `onChange` when completeness or the first error shown changed. */
  #notify(): void {
    const complete = checkCardEntry({ number: this.#value('number'), expiry: this.#value('expiry'), cvc: this.#value('cvc') }, this.#now()).ok;
    const field = FIELDS.find((f) => this.#errors.get(f)?.message);
    const problem = field ? this.#errors.get(field) : undefined;
    const error = problem?.message ?? null;
    const state = JSON.stringify([complete, error]);
    if (state === this.#lastState) return;
    this.#lastState = state;
    this.#options.onChange?.(problem && field ? { complete, error, code: problem.code, field } : { complete, error });
  }

  /** Shows each field's error beside it and marks the field invalid. */
  #render(): void {
    for (const field of FIELDS) {
      const message = this.#errors.get(field)?.message ?? '';
      if (this.#errorTexts[field].textContent !== message) this.#errorTexts[field].textContent = message;
      this.#inputs[field].setAttribute('aria-invalid', message ? 'true' : 'false');
    }
  }
}

// Light DOM: every rule is under the root's class so nothing reaches the host page's own elements.
// Adopted by the document or shadow root the fields are in (see `styleFields`), never inline.
const STYLES = `
.alis-test-card__content {
  display: grid;
  gap: var(--alis-space-s, 0.5rem);
  min-width: 0;
  font-family: var(--alis-font-family, inherit);
  line-height: var(--alis-line-height, 1.5);
  color: var(--alis-color-text, #1f2933);
}
.alis-test-card *, .alis-test-card *::before, .alis-test-card *::after { box-sizing: border-box; }
.alis-test-card__banner {
  margin: 0;
  padding: var(--alis-space-s, 0.5rem) var(--alis-space-m, 1rem);
  border: 2px dashed var(--alis-color-warning, #8a4b00);
  border-radius: var(--alis-radius-small, 4px);
  background: var(--alis-color-warning-surface, #fff4e0);
  color: var(--alis-color-warning, #8a4b00);
}
.alis-test-card__row { display: flex; flex-wrap: wrap; gap: var(--alis-space-s, 0.5rem) var(--alis-space-m, 1rem); }
.alis-test-card__row > .alis-test-card__field { flex: 1 1 9rem; }
.alis-test-card__field { display: flex; flex-direction: column; gap: var(--alis-space-xs, 0.25rem); min-width: 0; }
.alis-test-card__field label { font-weight: 600; }
.alis-test-card__hint { color: var(--alis-color-text-muted, #52606d); font-size: var(--alis-font-size-small, 0.875rem); }
.alis-test-card__field input {
  width: 100%;
  min-height: var(--alis-target-size, 44px);
  padding: var(--alis-space-s, 0.5rem) var(--alis-space-m, 1rem);
  font: inherit;
  font-variant-numeric: tabular-nums;
  color: inherit;
  background: var(--alis-color-surface, #ffffff);
  border: 1px solid var(--alis-color-text-muted, #52606d);
  border-radius: var(--alis-radius-small, 4px);
}
.alis-test-card__field input:focus-visible {
  outline: var(--alis-focus-ring-width, 3px) solid var(--alis-color-focus-ring, #1f5f8b);
  outline-offset: 1px;
}
.alis-test-card__field input[aria-invalid='true'] { border: 2px solid var(--alis-color-danger, #b42318); }
.alis-test-card__error { color: var(--alis-color-danger, #b42318); font-size: var(--alis-font-size-small, 0.875rem); }
.alis-test-card__error:empty { display: none; }
`;
