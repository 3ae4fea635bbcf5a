// How the billing team picks a payer's methods, the same in the pull flow and the arrangement
// editor: every method listed, the ones that may not be pulled from disabled with the reason
// beside them (and referenced by aria-describedby, in the same shadow root).
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { blockReason, methodChoiceLabel } from '../../core/pull-methods.js';
import { methodUnusableSentence } from '../../core/payment-method-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { serviceText } from '../shared/service-text.js';
import type { PaymentMethod } from '../../sdk/types.js';

/**
 * Why `method` cannot pay now, in the reader's words: for an English reader the service's own
 * sentence (`fallback` when it gave none), for another language ours from the method's fields (an
 * expired card, a bank return), and the service's English, marked as such, only where no field says why.
 */
export function unusableText(method: PaymentMethod, t: Translate, fallback: string): string | TemplateResult {
  const sentence = t.lang === 'en' ? (method.unusableReason ?? fallback) : (methodUnusableSentence(method, t) ?? fallback);
  return sentence === method.unusableReason ? serviceText(sentence, t) : sentence;
}

/** Why staff may not pull from `method` (see `blockReason`), or null when they may. */
function whyNotOffered(method: PaymentMethod, t: Translate): string | TemplateResult | null {
  return method.usable ? blockReason(method, t) : unusableText(method, t, t('It cannot be used to pay now.'));
}

/** The method's label, and why it is not offered (`#why-<id>`) or that it is authorized. */
function methodText(method: PaymentMethod, why: string | TemplateResult | null, t: Translate): TemplateResult {
  return html`
    <span class="choice-text">
      <span class="choice-label">${renderUnbroken(methodChoiceLabel(method))}</span>
      ${why
        ? html`<span class="why" id=${`why-${method.id}`}>${renderMarked(t('Not offered: {reason}', { reason: mark(0) }), [why])}</span>`
        : html`<span class="why">${t('Authorized for recurring payments')}</span>`}
    </span>
  `;
}

/** One method as a radio of the `method` group (pulling from a single method). */
export function renderMethodRadio(method: PaymentMethod, selected: boolean, onChoose: (methodId: string) => void, t: Translate): TemplateResult {
  const why = whyNotOffered(method, t);
  return html`
    <label class="choice" data-method-id=${method.id} ?data-disabled=${why !== null}>
      <input
        type="radio"
        name="method"
        .value=${method.id}
        .checked=${selected && why === null}
        ?disabled=${why !== null}
        aria-describedby=${why ? `why-${method.id}` : nothing}
        @change=${() => onChoose(method.id)}
      />
      ${methodText(method, why, t)}
    </label>
  `;
}

/** What one part of a split shows beside its checkbox. */
export interface MethodPartState {
  /** The method is among the split's. */
  chosen: boolean;
  /** The refusal or validation message for this part. */
  error: string | undefined;
  /** Its amount or share field, shown while the part is chosen. */
  field: (method: PaymentMethod, error: string | undefined) => TemplateResult;
  onToggle: (methodId: string, checked: boolean) => void;
  /** The element's words. */
  t: Translate;
}

/**
 * One method as a part of a split (`.part[data-method-id]`): a checkbox of the `methods` group and,
 * once chosen, its field; a part's error stays visible (`#part-error-<id>`) when it is not chosen.
 */
export function renderMethodPart(method: PaymentMethod, part: MethodPartState): TemplateResult {
  const why = whyNotOffered(method, part.t);
  const checked = part.chosen && why === null;
  const { error } = part;
  const describedBy = [why ? `why-${method.id}` : '', error && !checked ? `part-error-${method.id}` : ''].filter(Boolean).join(' ');
  return html`
    <div class="part" data-method-id=${method.id}>
      <label class="choice" ?data-disabled=${why !== null}>
        <input
          type="checkbox"
          name="methods"
          .value=${method.id}
          .checked=${checked}
          ?disabled=${why !== null}
          aria-describedby=${describedBy || nothing}
          @change=${(event: Event) => part.onToggle(method.id, (event.target as HTMLInputElement).checked)}
        />
        ${methodText(method, why, part.t)}
      </label>
      ${checked
        ? part.field(method, error)
        : error
          ? html`<p id=${`part-error-${method.id}`} class="field-error" data-error="part">${error}</p>`
          : nothing}
    </div>
  `;
}

/** Every method of the payer, in their order, as the split's parts. */
export function renderMethodParts(methods: readonly PaymentMethod[], parts: Omit<MethodPartState, 'chosen' | 'error'> & { chosen: readonly string[]; errors: Readonly<Record<string, string>> }): TemplateResult[] {
  return methods.map((method) => renderMethodPart(method, { ...parts, chosen: parts.chosen.includes(method.id), error: parts.errors[`part:${method.id}`] }));
}

/** Where {@link focusFirstError} looks, besides the methods' parts. */
export interface ErrorFocusPlaces {
  /** Field errors in the order they are looked at, each with the selector of what takes focus. */
  fields: ReadonlyArray<readonly [key: string, selector: string]>;
  /** Inside the first part with an error, the selectors tried in turn. */
  inPart: readonly string[];
  /** For an error about the whole split, the first part's field (else the first method's checkbox). */
  firstPartField: string;
}

/**
 * Focuses what the form's first error is about in `root`: the first field error in `places.fields`'
 * order, else the first part with an error (in the split's order), else the split; the heading
 * when none of these is on screen.
 */
export function focusFirstError(root: ParentNode, errors: Readonly<Record<string, unknown>>, chosen: readonly string[], places: ErrorFocusPlaces): void {
  const field = places.fields.find(([key]) => errors[key]);
  let target: HTMLElement | null = null;
  if (field) {
    target = root.querySelector<HTMLElement>(field[1]);
  } else {
    const partId = chosen.find((id) => `part:${id}` in errors) ?? Object.keys(errors).find((k) => k.startsWith('part:'))?.slice(5);
    const part = partId ? root.querySelector(`.part[data-method-id="${CSS.escape(partId)}"]`) : null;
    for (const selector of places.inPart) target ??= part?.querySelector<HTMLElement>(selector) ?? null;
    if (!target && errors['parts']) target = root.querySelector<HTMLElement>(places.firstPartField) ?? root.querySelector<HTMLElement>('input[name="methods"]:not(:disabled)');
  }
  (target ?? root.querySelector<HTMLElement>('[data-heading]'))?.focus();
}

/** The single-method radio that takes focus for an error about the method: the chosen one, else the first offered. */
export const methodRadioSelector = 'input[name="method"]:checked, input[name="method"]:not(:disabled)';

/** How the staff flows opened on one payer (pull, arrangement, credit) word their load, with Close after a failure. */
export function payerLoadWords(t: Translate): { loading: string; subject: string; t: Translate } {
  // `subject` in English: the shared load states translate the widgets' subjects themselves.
  return { loading: t('Loading the payer…'), subject: 'payer', t };
}

/**
 * A placeholder's value that a sentence's markup stands in for: `t('Total: {total}', { total: mark(0) })`
 * then {@link renderMarked} puts `<strong>…</strong>` where the translation put the value, so the
 * sentence is translated whole, whatever its word order.
 */
export function mark(index: number): string {
  return `\uE000${index}\uE001`;
}

/** `sentence` with each {@link mark} replaced by the part of the same index (text, or a template). */
export function renderMarked(sentence: string, parts: readonly unknown[]): unknown[] {
  return sentence.split(/\uE000(\d+)\uE001/).map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece));
}
