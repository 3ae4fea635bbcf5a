import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from './unbroken.js';
import { formatDate } from '../../core/format.js';
import { advanceNoticeSentence } from '../../core/billing-words.js';
import { english, type Translate } from '../../core/i18n/translate.js';
import type { ArrangementView } from '../../sdk/types.js';

/**
 * The words that stop a double payment: when the billing team collects the balance itself, a
 * payer about to pay on their own is told when and from which method, and what paying now means.
 */
export function arrangementSentence(arrangement: ArrangementView, communityName: string, locale?: string, t: Translate = english): string | null {
  if (arrangement.mode !== 'billing_team_pulls') return null;
  const methods = arrangement.parts.map((part) => part.method.label);
  const community = communityName;
  const day = arrangement.dayOfMonth;
  const from = methods.length > 0 ? listFormat(methods, locale) : null;
  let collects: string;
  if (day && from) {
    collects = t("{community}'s billing team collects your balance automatically on day {day} of each month from {methods}.", { community, day, methods: from });
  } else if (day) {
    collects = t("{community}'s billing team collects your balance automatically on day {day} of each month.", { community, day });
  } else if (from) {
    collects = t("{community}'s billing team collects your balance automatically from {methods}.", { community, methods: from });
  } else {
    collects = t("{community}'s billing team collects your balance automatically.", { community });
  }
  const next = arrangement.nextPullDate
    ? ` ${t('The next collection is on {date}.', { date: formatDate(arrangement.nextPullDate, locale, 'long') })}`
    : '';
  return `${collects}${next} ${t('You do not need to pay here; if you do, that collection only takes what is still owed then.')}`;
}

/**
 * {@link arrangementSentence} as a notice, or nothing for self-pay. When the payer was already
 * emailed about the next collection (`arrangement.advanceNotice`), the notice repeats what that
 * email said; pass the community's `timeZone` so its date is the day the payer saw, and the
 * element's words as `t` (`this.t`; English by default).
 */
export function renderArrangementNotice(
  arrangement: ArrangementView | null | undefined,
  communityName: string,
  locale?: string,
  options: { timeZone?: string | undefined; t?: Translate | undefined } = {},
): TemplateResult | typeof nothing {
  const t = options.t ?? english;
  const sentence = arrangement ? arrangementSentence(arrangement, communityName, locale, t) : null;
  if (!sentence || !arrangement) return nothing;
  const notice = arrangement.advanceNotice;
  return html`<div class="notice" part="notice" data-tone="warning" data-kind="arrangement">
    <p>${renderUnbroken(sentence)}</p>
    ${notice
      ? html`<p data-kind="advance-notice">${renderUnbroken(advanceNoticeSentence(notice, { locale, timeZone: options.timeZone, t }))}</p>`
      : nothing}
  </div>`;
}

function listFormat(items: string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
