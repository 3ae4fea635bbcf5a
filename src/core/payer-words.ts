// The Payers panel's sentences: who a payer is, how they pay, what they were told before a pull,
// and how the table sorts. Pure, so the panel only draws them and Node tests can read them.
import { formatBasisPoints, formatDate, formatDayCount, formatMoney } from './format.js';
import { formatInstantDate } from './instant.js';
import type { AdvanceNotice, ArrangementEnded, ArrangementView, CommunitySettings, Payer } from '../sdk/types.js';

/** The columns the payers table sorts by. */
export type PayerSortKey = 'payer' | 'resident' | 'outstanding' | 'invoices' | 'arrangement';

/** Who a payer is to the resident: "Resident", or the contact's relationship ("Son"), else "Contact". */
export function payerRole(kind: Payer['party']['kind'], relationship: string | null | undefined): string {
  if (kind === 'resident') return 'Resident';
  return relationship ?? 'Contact';
}

/**
 * How a payer pays, in words: "Pays on their own", "Billing team pulls on day 5 from Checking •••• 4257",
 * or a split with each method's amount or share.
 */
export function arrangementWords(arrangement: ArrangementView, currency: string, locale?: string): string {
  if (arrangement.mode !== 'billing_team_pulls') return 'Pays on their own';
  const day = arrangement.dayOfMonth ? ` on day ${arrangement.dayOfMonth}` : '';
  const parts = arrangement.parts;
  const [first] = parts;
  if (!first) return `Billing team pulls${day}`;
  if (parts.length === 1 && first.amountCents === null && first.basisPoints === null) return `Billing team pulls${day} from ${first.method.label}`;
  const each = parts.map((part) =>
    part.amountCents !== null
      ? `${formatMoney({ amountCents: part.amountCents, currency }, locale)} from ${part.method.label}`
      : part.basisPoints !== null
        ? `${formatBasisPoints(part.basisPoints, locale)} from ${part.method.label}`
        : `from ${part.method.label}`,
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(each);
  return parts.length === 1 ? `Billing team pulls${day}: ${list}` : `Billing team pulls${day}, split: ${list}`;
}

/** How the payer ended the billing team's pulls, e.g. "Automatic payments ended: … withdrew Checking •••• 8273; no pulls from Dec 5, 2026 on." */
export function endedWords(ended: ArrangementEnded, locale?: string): string {
  const what = ended.reason === 'method_removed' ? 'removed' : 'withdrew the authorization of';
  return `Automatic payments ended: ${ended.endedBy} ${what} ${ended.method.label}; no pulls from ${formatDate(ended.firstSkippedPullDate, locale)} on.`;
}

/**
 * "Notice emailed Nov 25, 2026 for $7,472.15 from Checking •••• 5460.", or, when the payer had no
 * address on file (`recipients` empty), that nobody could be notified.
 */
export function noticeWords(notice: AdvanceNotice, community: Pick<CommunitySettings, 'timeZone'>, locale?: string): string {
  const methods = notice.methods.map((m) => m.label).join(' and ');
  const date = formatInstantDate(notice.sentAt, community.timeZone, locale);
  const what = `${formatMoney(notice.amount, locale)}${methods ? ` from ${methods}` : ''}`;
  return notice.recipients.length > 0
    ? `Notice emailed ${date} for ${what}.`
    : `Nobody could be notified: no email address on file. Notice recorded ${date} for ${what}.`;
}

/** What the payer was told about the next pull, or when they will be. */
export function nextNoticeWords(arrangement: ArrangementView, community: Pick<CommunitySettings, 'timeZone' | 'pullNoticeLeadDays'>, locale?: string): string {
  const notice = arrangement.advanceNotice;
  if (notice && notice.pullDate === arrangement.nextPullDate) return noticeWords(notice, community, locale);
  return `No advance notice sent yet; it goes out ${formatDayCount(community.pullNoticeLeadDays, locale)} before the pull.`;
}

/**
 * What a switch that is off means for the Payers panel, or null: ALIS Pay off stops pulls (a
 * warning); ALIS Connect off alone does not (the billing team still pulls).
 */
export function payersSwitchNotice(community: Pick<CommunitySettings, 'communityName' | 'gatewayEnabled' | 'portalEnabled'>): { text: string; tone: 'warning' | 'info' } | null {
  if (!community.gatewayEnabled) {
    return { text: `ALIS Pay is switched off at ${community.communityName}: pulls are off until it is on again. Arrangements can still be recorded.`, tone: 'warning' };
  }
  if (!community.portalEnabled) {
    return { text: `ALIS Connect is switched off at ${community.communityName}: payers cannot sign in, but the billing team can still pull payments from authorized methods.`, tone: 'info' };
  }
  return null;
}

/** The payers table's caption: "Payers matching “Ada”: 2 shown, more to load". */
export function payersCaption(search: string, count: number, more: boolean): string {
  return `Payers${search ? ` matching “${search}”` : ''}: ${count === 1 ? '1 shown' : `${count} shown`}${more ? ', more to load' : ''}`;
}

/** What an empty list says: nobody matches the search, or there is nobody yet. */
export function noPayersSentence(search: string): string {
  return search ? `No payer or resident matches “${search}”.` : 'There are no payers yet.';
}

/** Whether staff may pull from this payer now: ALIS Pay on (the portal does not matter), a balance, and a usable method authorized for recurring. */
export function canPull(payer: Payer, community: Pick<CommunitySettings, 'gatewayEnabled'>): boolean {
  return community.gatewayEnabled && payer.outstanding.amountCents > 0 && payer.methods.some((m) => m.usable && m.recurringAuthorization);
}

/** What each payers column sorts by. */
const payerSortValues: Record<PayerSortKey, (payer: Payer, locale?: string) => string | number> = {
  payer: (payer) => payer.party.name,
  resident: (payer) => payer.residentName,
  outstanding: (payer) => payer.outstanding.amountCents,
  invoices: (payer) => payer.openInvoiceCount,
  arrangement: (payer, locale) => arrangementWords(payer.arrangement, payer.outstanding.currency, locale),
};

/** The value a payers column sorts by. */
export function payerSortValue(payer: Payer, key: PayerSortKey, locale?: string): string | number {
  return payerSortValues[key](payer, locale);
}
