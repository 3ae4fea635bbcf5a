// Every pay-flow step opens with a heading that takes focus when the step appears (WCAG 2.4.3), at
// the level the host asked for; one function so no step forgets the part or the focus hook.
import { html, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';

/** The heading levels a pay flow's steps may use (the host's own heading is one above). */
export type StepHeadingLevel = 2 | 3 | 4;

/** A step's heading (`part="step-heading"`, focusable by script, found by `data-step-heading`). */
export function renderStepHeading(level: StepHeadingLevel, words: string): TemplateResult {
  // "Pay invoice INV-2026-0090": the number stays whole.
  const text = renderUnbroken(words);
  // A static tag per level: lit cannot bind a tag name.
  switch (level) {
    case 2:
      return html`<h2 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h2>`;
    case 4:
      return html`<h4 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h4>`;
    default:
      return html`<h3 class="step-heading" part="step-heading" tabindex="-1" data-step-heading>${text}</h3>`;
  }
}

/** What takes focus when a step has rendered: its heading, or the one thing the payer must look at or fix. */
export type StepFocus = 'heading' | 'amount' | 'method' | 'quote-notice';

/**
 * Moves focus into the step just rendered in `root`: the add-method form (once it has rendered),
 * else the field to fix or the changed-quote notice, else the step's heading (WCAG 2.4.3; the
 * heading is not a tab stop).
 */
export function focusStep(root: ParentNode, focus: StepFocus): void {
  const addForm = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('alis-add-payment-method');
  if (addForm) {
    void addForm.updateComplete.then(() => addForm.focus());
    return;
  }
  const selectors: Record<StepFocus, string | null> = {
    heading: null,
    amount: 'alis-amount-input',
    method: 'input[name="method"]:checked, input[name="method"]:not(:disabled)',
    'quote-notice': '[data-kind="quote-changed"]',
  };
  const selector = selectors[focus];
  const field = selector ? root.querySelector<HTMLElement>(selector) : null;
  (field ?? root.querySelector<HTMLElement>('[data-step-heading]'))?.focus();
}
