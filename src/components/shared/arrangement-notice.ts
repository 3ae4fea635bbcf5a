import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import { advanceNoticeSentence } from '../../core/billing-words.js';
import type { ArrangementView } from '../../sdk/types.js';

/**
 * The words that stop a double payment: when the billing team collects the balance itself, a
 * payer about to pay on their own is told when and from which method, and what paying now means.
 */
export function arrangementSentence(arrangement: ArrangementView, communityName: string, locale?: string): string | null {
  if (arrangement.mode !== 'billing_team_pulls') return null;
  const methods = arrangement.parts.map((part) => part.method.label);
  const from = methods.length > 0 ? ` from ${listFormat(methods, locale)}` : '';
  const day = arrangement.dayOfMonth ? ` on day ${arrangement.dayOfMonth} of each month` : '';
  const next = arrangement.nextPullDate ? ` The next collection is on ${formatDate(arrangement.nextPullDate, locale, 'long')}.` : '';
  return (
    `${communityName}'s billing team collects your balance automatically${day}${from}.${next}` +
    ' You do not need to pay here; if you do, that collection only takes what is still owed then.'
  );
}

/**
 * {@link arrangementSentence} as a notice, or nothing for self-pay. When the payer was already
 * emailed about the next collection (`arrangement.advanceNotice`), the notice repeats what that
 * email said; pass the community's `timeZone` so its date is the day the payer saw.
 */
export function renderArrangementNotice(
  arrangement: ArrangementView | null | undefined,
  communityName: string,
  locale?: string,
  options: { timeZone?: string | undefined } = {},
): TemplateResult | typeof nothing {
  const sentence = arrangement ? arrangementSentence(arrangement, communityName, locale) : null;
  if (!sentence || !arrangement) return nothing;
  const notice = arrangement.advanceNotice;
  return html`<div class="notice" part="notice" data-tone="warning" data-kind="arrangement">
    <p>${sentence}</p>
    ${notice
      ? html`<p data-kind="advance-notice">${advanceNoticeSentence(notice, { locale, timeZone: options.timeZone })}</p>`
      : nothing}
  </div>`;
}

function listFormat(items: string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
