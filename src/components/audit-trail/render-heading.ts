import { html, type TemplateResult } from 'lit';

/** A heading level an element's heading may take. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A heading of `level` (clamped to 2–6) that can take focus without a ring when a step sends
 * focus there, so an element fits the outline of the page it sits in.
 */
export function renderHeading(level: number, id: string, part: string, content: unknown): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 id=${id} part=${part} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} tabindex="-1">${content}</h6>`;
  }
}
