// How the billing team picks a payer's methods, the same in the pull flow and the arrangement
// editor: every method listed, the ones that may not be pulled from disabled with the reason
// beside them (and referenced by aria-describedby, in the same shadow root).
import { html, nothing, type TemplateResult } from 'lit';
import { blockReason, methodChoiceLabel } from '../../core/pull-methods.js';
import type { PaymentMethod } from '../../sdk/types.js';

/** The method's label, and why it is not offered (`#why-<id>`) or that it is authorized. */
function methodText(method: PaymentMethod, why: string | null): TemplateResult {
  return html`
    <span class="choice-text">
      <span class="choice-label">${methodChoiceLabel(method)}</span>
      ${why ? html`<span class="why" id=${`why-${method.id}`}>Not offered: ${why}</span>` : html`<span class="why">Authorized for recurring payments</span>`}
    </span>
  `;
}

/** One method as a radio of the `method` group (pulling from a single method). */
export function renderMethodRadio(method: PaymentMethod, selected: boolean, onChoose: (methodId: string) => void): TemplateResult {
  const why = blockReason(method);
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
      ${methodText(method, why)}
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
}

/**
 * One method as a part of a split (`.part[data-method-id]`): a checkbox of the `methods` group and,
 * once chosen, its field; a part's error stays visible (`#part-error-<id>`) when it is not chosen.
 */
export function renderMethodPart(method: PaymentMethod, part: MethodPartState): TemplateResult {
  const why = blockReason(method);
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
        ${methodText(method, why)}
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
