// The Payers panel's sentences: who a payer is, how they pay, what they were told before a pull,
// and how the table sorts. Pure, so the panel only draws them and Node tests can read them.
import { formatBasisPoints, formatDate, formatMoney } from './format.js';
import { formatInstantDate } from './instant.js';
import { english, type Translate } from './i18n/translate.js';
import type { AdvanceNotice, ArrangementEnded, ArrangementView, CommunitySettings, Payer } from '../sdk/types.js';

/** The columns the payers table sorts by. */
export type PayerSortKey = 'payer' | 'resident' | 'outstanding' | 'invoices' | 'arrangement';

/** Who a payer is to the resident: "Resident", or the contact's relationship ("Son"), else "Contact". */
export function payerRole(kind: Payer['party']['kind'], relationship: string | null | undefined, t: Translate = english): string {
  if (kind === 'resident') return t('Resident');
  // The relationship ("Son") is the community's data, as recorded.
  return relationship ?? t('Contact');
}

/**
 * How a payer pays, in words: "Pays on their own", "Billing team pulls on day 5 from Checking •••• 4257",
 * or a split with each method's amount or share.
 */
export function arrangementWords(arrangement: ArrangementView, currency: string, locale?: string, t: Translate = english): string {
  if (arrangement.mode !== 'billing_team_pulls') return t('Pays on their own');
  const day = arrangement.dayOfMonth;
  const parts = arrangement.parts;
  const [first] = parts;
  if (!first) return day ? t('Billing team pulls on day {day}', { day }) : t('Billing team pulls');
  if (parts.length === 1 && first.amountCents === null && first.basisPoints === null) {
    const method = first.method.label;
    return day ? t('Billing team pulls on day {day} from {method}', { day, method }) : t('Billing team pulls from {method}', { method });
  }
  const each = parts.map((part) =>
    part.amountCents !== null
      ? t('{amount} from {method}', { amount: formatMoney({ amountCents: part.amountCents, currency }, locale), method: part.method.label })
      : part.basisPoints !== null
        ? t('{amount} from {method}', { amount: formatBasisPoints(part.basisPoints, locale), method: part.method.label })
        : t('from {method}', { method: part.method.label }),
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(each);
  if (parts.length === 1) return day ? t('Billing team pulls on day {day}: {parts}', { day, parts: list }) : t('Billing team pulls: {parts}', { parts: list });
  return day ? t('Billing team pulls on day {day}, split: {parts}', { day, parts: list }) : t('Billing team pulls, split: {parts}', { parts: list });
}

/** How the payer ended the billing team's pulls, e.g. "Automatic payments ended: … withdrew Checking •••• 8273; no pulls from Dec 5, 2026 on." */
export function endedWords(ended: ArrangementEnded, locale?: string, t: Translate = english): string {
  const params = { person: ended.endedBy, method: ended.method.label, date: formatDate(ended.firstSkippedPullDate, locale) };
  return ended.reason === 'method_removed'
    ? t('Automatic payments ended: {person} removed {method}; no pulls from {date} on.', params)
    : t('Automatic payments ended: {person} withdrew the authorization of {method}; no pulls from {date} on.', params);
}

/**
 * "Notice emailed Nov 25, 2026 for $7,472.15 from Checking •••• 5460.", or, when the payer had no
 * address on file (`recipients` empty), that nobody could be notified.
 */
export function noticeWords(notice: AdvanceNotice, community: Pick<CommunitySettings, 'timeZone'>, locale?: string, t: Translate = english): string {
  const labels = notice.methods.map((m) => m.label);
  const methods = labels.length > 0 ? labels.reduce((first, second) => t('{first} and {second}', { first, second })) : '';
  const params = { date: formatInstantDate(notice.sentAt, community.timeZone, locale), amount: formatMoney(notice.amount, locale), methods };
  if (notice.recipients.length > 0) {
    return methods ? t('Notice emailed {date} for {amount} from {methods}.', params) : t('Notice emailed {date} for {amount}.', params);
  }
  return methods
    ? t('Nobody could be notified: no email address on file. Notice recorded {date} for {amount} from {methods}.', params)
    : t('Nobody could be notified: no email address on file. Notice recorded {date} for {amount}.', params);
}

/** What the payer was told about the next pull, or when they will be. */
export function nextNoticeWords(
  arrangement: ArrangementView,
  community: Pick<CommunitySettings, 'timeZone' | 'pullNoticeLeadDays'>,
  locale?: string,
  t: Translate = english,
): string {
  const notice = arrangement.advanceNotice;
  if (notice && notice.pullDate === arrangement.nextPullDate) return noticeWords(notice, community, locale, t);
  return t.plural(community.pullNoticeLeadDays, {
    one: 'No advance notice sent yet; it goes out {count} day before the pull.',
    other: 'No advance notice sent yet; it goes out {count} days before the pull.',
  });
}

/**
 * What a switch that is off means for the Payers panel, or null: ALIS Pay off stops pulls (a
 * warning); ALIS Connect off alone does not (the billing team still pulls).
 */
export function payersSwitchNotice(
  community: Pick<CommunitySettings, 'communityName' | 'gatewayEnabled' | 'portalEnabled'>,
  t: Translate = english,
): { text: string; tone: 'warning' | 'info' } | null {
  const params = { community: community.communityName };
  if (!community.gatewayEnabled) {
    return { text: t('ALIS Pay is switched off at {community}: pulls are off until it is on again. Arrangements can still be recorded.', params), tone: 'warning' };
  }
  if (!community.portalEnabled) {
    return {
      text: t('ALIS Connect is switched off at {community}: payers cannot sign in, but the billing team can still pull payments from authorized methods.', params),
      tone: 'info',
    };
  }
  return null;
}

/** The payers table's caption: "Payers matching “Ada”: 2 shown, more to load". */
export function payersCaption(search: string, count: number, more: boolean, t: Translate = english): string {
  if (search) {
    return more
      ? t.plural(count, { one: 'Payers matching “{search}”: {count} shown, more to load', other: 'Payers matching “{search}”: {count} shown, more to load' }, { search })
      : t.plural(count, { one: 'Payers matching “{search}”: {count} shown', other: 'Payers matching “{search}”: {count} shown' }, { search });
  }
  return more
    ? t.plural(count, { one: 'Payers: {count} shown, more to load', other: 'Payers: {count} shown, more to load' })
    : t.plural(count, { one: 'Payers: {count} shown', other: 'Payers: {count} shown' });
}

/** What an empty list says: nobody matches the search, or there is nobody yet. */
export function noPayersSentence(search: string, t: Translate = english): string {
  return search ? t('No payer or resident matches “{search}”.', { search }) : t('There are no payers yet.');
}

/** Whether staff may pull from this payer now: ALIS Pay on (the portal does not matter), a balance, and a usable method authorized for recurring. */
export function canPull(payer: Payer, community: Pick<CommunitySettings, 'gatewayEnabled'>): boolean {
  return community.gatewayEnabled && payer.outstanding.amountCents > 0 && payer.methods.some((m) => m.usable && m.recurringAuthorization);
}

/** What each payers column sorts by. */
const payerSortValues: Record<PayerSortKey, (payer: Payer, locale: string | undefined, t: Translate) => string | number> = {
  payer: (payer) => payer.party.name,
  resident: (payer) => payer.residentName,
  outstanding: (payer) => payer.outstanding.amountCents,
  invoices: (payer) => payer.openInvoiceCount,
  // By the words the reader sees, in their language.
  arrangement: (payer, locale, t) => arrangementWords(payer.arrangement, payer.outstanding.currency, locale, t),
};

/** The value a payers column sorts by. */
export function payerSortValue(payer: Payer, key: PayerSortKey, locale?: string, t: Translate = english): string | number {
  return payerSortValues[key](payer, locale, t);
}
