// Additions to states.ts for the access widgets, kept in their own file so states.ts (which every
// widget imports) stays as it is.
import { html, type TemplateResult } from 'lit';
import type { NoticeTone } from './states.js';

/**
 * A notice (`part="notice"`) like `renderNotice`'s that names what it is about in `data-problem`,
 * so a host or a test can tell one refusal from another without reading its words.
 */
export function renderProblemNotice(message: string, tone: NoticeTone, problem: string): TemplateResult {
  return html`<div class="notice" part="notice" data-tone=${tone} role=${tone === 'danger' ? 'alert' : 'status'} data-problem=${problem}><p>${message}</p></div>`;
}
