import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/translate.js';
import { renderUnbroken } from './unbroken.js';

/**
 * Text the billing service wrote in its own words, in English, that has no code or fields the
 * widgets could say in the reader's language (the authorization a payment records, an audit entry's
 * summary). A reader of another language gets it marked `lang="en"`, so a screen reader speaks it
 * as English rather than mispronouncing it as Spanish.
 */
export function serviceText(text: string, t: Translate): TemplateResult | string {
  // Its references, dates and amounts each stay on one line, as everywhere else.
  return t.lang === 'en' ? renderUnbroken(text) : html`<span lang="en">${renderUnbroken(text)}</span>`;
}
