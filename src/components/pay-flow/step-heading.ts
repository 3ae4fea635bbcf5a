// Every pay-flow step opens with a heading that takes focus when the step appears (WCAG 2.4.3), at
// the level the host asked for; one function so no step forgets the part or the focus hook.
import { html, type TemplateResult } from 'lit';

/** The heading levels a pay flow's steps may use (the host's own heading is one above). */
export type StepHeadingLevel = 2 | 3 | 4;

/** A step's heading (`part="step-heading"`, focusable by script, found by `data-step-heading`). */
export function renderStepHeading(level: StepHeadingLevel, text: string): TemplateResult {
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
