// The Payment Center's settings form as plain data: what the form holds while someone types, how
// the typed text is read, what Save sends (only what changed), and the sentence that says what was
// saved. Pure, so the element only draws the form and sends the change, and Node tests can read it.
import { formatAmountForInput, parseAmount } from './amount.js';
import { basisPointsAsPercentNumber, parsePercent } from './percent.js';
import { english, type Translate } from './i18n/translate.js';
import type { FeeRules } from './fee-words.js';
import type { AllocationPolicy, BillingOffice, CardFunding, CommunitySettings, FeeOnRefund, UpdateSettingsRequest } from '../sdk/types.js';

/** The fields of the settings form, named as the API names them (so `validation_failed` fields land on them). */
export type SettingsField =
  | Exclude<keyof UpdateSettingsRequest, 'billingOffice'>
  | 'billingOffice.name'
  | 'billingOffice.phone'
  | 'billingOffice.email'
  | 'billingOffice.hours';

/** What the form holds: the switches and policy as values, the fees, office and days as the text typed. */
export interface SettingsDraft {
  gatewayEnabled: boolean;
  portalEnabled: boolean;
  cardFee: string;
  bankFee: string;
  allocationPolicy: AllocationPolicy;
  officeName: string;
  officePhone: string;
  officeEmail: string;
  officeHours: string;
  leadDays: string;
  cardSurchargesProhibited: boolean;
  cardFeeFundings: CardFunding[];
  /** Flat parts and caps as typed; blank is no flat part / no cap. */
  cardFlat: string;
  cardCap: string;
  bankFlat: string;
  bankCap: string;
  feeOnRefund: FeeOnRefund;
}

/** A field's error message, by field. */
export type SettingsErrors = Partial<Record<SettingsField, string>>;

/** The advance notice of a pull may be set from 1 to 30 days. */
export const MAX_LEAD_DAYS = 30;

/** The API's ceiling for either convenience fee: 300 basis points (3.00%). */
export const MAX_FEE_BASIS_POINTS = 300;

/** How Pay Outstanding may apply a payment, as the form offers it, in the reader's words. */
export const ALLOCATION_POLICIES: readonly { value: AllocationPolicy; label: (t: Translate) => string; explanation: (t: Translate) => string }[] = [
  {
    value: 'oldest_first',
    label: (t) => t('Oldest first'),
    explanation: (t) => t('A payment settles the invoice with the oldest due date first, then the next oldest, until it is used up.'),
  },
  {
    value: 'newest_first',
    label: (t) => t('Most recent first'),
    explanation: (t) => t('A payment settles the most recently due invoice first, then older ones.'),
  },
  {
    value: 'unapplied_credit',
    label: (t) => t('Leave unapplied as credit'),
    explanation: (t) => t('A payment is kept as a credit on the account, and the billing team applies it to invoices themselves.'),
  },
];

/** What a refund may do with the fee, as the form offers it, in the reader's words. */
export const REFUND_POLICIES: readonly { value: FeeOnRefund; label: (t: Translate) => string }[] = [
  { value: 'kept', label: (t) => t('Keep the convenience fee') },
  { value: 'refunded', label: (t) => t('Give the fee back in proportion (all of it on a full refund)') },
];

/** Cents as an amount field shows them; zero is blank (no flat part). */
function amountText(cents: number, currency: string, locale?: string): string {
  return cents === 0 ? '' : formatAmountForInput(cents, { locale, currency });
}

/** The engine's settings as the form's values. */
export function draftFromSettings(settings: CommunitySettings, locale?: string): SettingsDraft {
  const currency = settings.currency;
  return {
    gatewayEnabled: settings.gatewayEnabled,
    portalEnabled: settings.portalEnabled,
    cardFee: basisPointsAsPercentNumber(settings.cardFeeBasisPoints, locale),
    bankFee: basisPointsAsPercentNumber(settings.bankFeeBasisPoints, locale),
    allocationPolicy: settings.allocationPolicy,
    officeName: settings.billingOffice.name,
    officePhone: settings.billingOffice.phone ?? '',
    officeEmail: settings.billingOffice.email ?? '',
    officeHours: settings.billingOffice.hours ?? '',
    leadDays: String(settings.pullNoticeLeadDays),
    cardSurchargesProhibited: settings.cardSurchargesProhibited,
    cardFeeFundings: [...settings.cardFeeFundings],
    cardFlat: amountText(settings.cardFeeFlatCents, currency, locale),
    cardCap: settings.cardFeeCapCents === null ? '' : amountText(settings.cardFeeCapCents, currency, locale),
    bankFlat: amountText(settings.bankFeeFlatCents, currency, locale),
    bankCap: settings.bankFeeCapCents === null ? '' : amountText(settings.bankFeeCapCents, currency, locale),
    feeOnRefund: settings.feeOnRefund,
  };
}

/** A fee read as whole basis points, or the sentence saying what to type. */
export type FeeParse = { ok: true; basisPoints: number } | { ok: false; error: string };

/** A fee typed in percent ("1.75", "1,75", "2", "0.5 %") as whole basis points, or the sentence saying what to type. */
export function parseFee(text: string, locale?: string, t: Translate = english): FeeParse {
  const parsed = parsePercent(text, { min: 0, max: MAX_FEE_BASIS_POINTS });
  if (parsed.ok) return parsed;
  switch (parsed.refusal) {
    case 'not_a_percent':
      return { ok: false, error: t('Enter the fee in percent, such as 2.50 (or 0 for no fee).') };
    case 'too_many_decimals':
      return { ok: false, error: t('Use at most two decimals, such as 1.75: fees are whole basis points.') };
    case 'out_of_range':
      return {
        ok: false,
        error: t('The fee can be at most {percent}% ({basisPoints} basis points).', {
          percent: basisPointsAsPercentNumber(MAX_FEE_BASIS_POINTS, locale),
          basisPoints: MAX_FEE_BASIS_POINTS,
        }),
      };
  }
}

/** The lead time typed, as whole days from 1 to 30, or null. */
export function parseLeadDays(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*$/.exec(text);
  const days = match ? Number(match[1]) : NaN;
  return Number.isInteger(days) && days >= 1 && days <= MAX_LEAD_DAYS ? days : null;
}

/** The office as the draft holds it, trimmed, blanks as null; null when it has no name. */
export function draftOffice(draft: SettingsDraft): BillingOffice | null {
  const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());
  const name = draft.officeName.trim();
  if (name === '') return null;
  return { name, phone: optional(draft.officePhone), email: optional(draft.officeEmail), hours: optional(draft.officeHours) };
}

function sameOffice(a: BillingOffice, b: BillingOffice): boolean {
  return a.name === b.name && a.phone === b.phone && a.email === b.email && a.hours === b.hours;
}

/** The fee settings the draft holds once its amounts are read; null parts could not be read, undefined caps stay as saved. */
interface DraftFees {
  cardFeeFlatCents: number | null;
  cardFeeCapCents: number | null | undefined;
  bankFeeFlatCents: number | null;
  bankFeeCapCents: number | null | undefined;
}

function draftFees(draft: SettingsDraft, currency: string, locale?: string): DraftFees {
  const options = { locale, currency };
  const flat = (text: string): number | null => {
    const read = parseAmount(text, options);
    return read.kind === 'empty' ? 0 : read.kind === 'ok' ? read.cents : null;
  };
  const cap = (text: string): number | null | undefined => {
    const read = parseAmount(text, options);
    return read.kind === 'empty' ? null : read.kind === 'ok' && read.cents > 0 ? read.cents : undefined;
  };
  return { cardFeeFlatCents: flat(draft.cardFlat), cardFeeCapCents: cap(draft.cardCap), bankFeeFlatCents: flat(draft.bankFlat), bankFeeCapCents: cap(draft.bankCap) };
}

/** The fee rules the draft would save, parts that cannot be read yet taken as saved: what the fee consequences describe. */
export function draftRules(draft: SettingsDraft, saved: CommunitySettings, locale?: string): FeeRules {
  const fees = draftFees(draft, saved.currency, locale);
  const card = parseFee(draft.cardFee, locale);
  const bank = parseFee(draft.bankFee, locale);
  return {
    currency: saved.currency,
    cardFeeBasisPoints: card.ok ? card.basisPoints : saved.cardFeeBasisPoints,
    bankFeeBasisPoints: bank.ok ? bank.basisPoints : saved.bankFeeBasisPoints,
    cardFeeFundings: draft.cardFeeFundings,
    cardFeeFlatCents: fees.cardFeeFlatCents ?? saved.cardFeeFlatCents,
    cardFeeCapCents: fees.cardFeeCapCents === undefined ? saved.cardFeeCapCents : fees.cardFeeCapCents,
    bankFeeFlatCents: fees.bankFeeFlatCents ?? saved.bankFeeFlatCents,
    bankFeeCapCents: fees.bankFeeCapCents === undefined ? saved.bankFeeCapCents : fees.bankFeeCapCents,
    cardSurchargesProhibited: draft.cardSurchargesProhibited,
    feeOnRefund: draft.feeOnRefund,
  };
}

/** The draft read for Save: the change to send (empty when nothing changed), or what to type instead, by field. */
export type SettingsReading = { ok: true; change: UpdateSettingsRequest } | { ok: false; errors: SettingsErrors };

/** Reads the draft against the saved settings: every field that cannot be read, or only what changed. */
export function readSettingsDraft(draft: SettingsDraft, saved: CommunitySettings, locale?: string, t: Translate = english): SettingsReading {
  const amountError = t('Enter an amount such as 1.00, or leave it blank.');
  const capError = t('Enter the most a fee may be, such as 50.00, or leave it blank for no cap.');
  const errors: SettingsErrors = {};
  const card = parseFee(draft.cardFee, locale, t);
  const bank = parseFee(draft.bankFee, locale, t);
  if (!card.ok) errors.cardFeeBasisPoints = card.error;
  if (!bank.ok) errors.bankFeeBasisPoints = bank.error;
  const leadDays = parseLeadDays(draft.leadDays);
  if (leadDays === null) errors.pullNoticeLeadDays = t('Enter a whole number of days from 1 to {max}.', { max: MAX_LEAD_DAYS });
  const office = draftOffice(draft);
  if (office === null) errors['billingOffice.name'] = t('Enter the name payers should ask for, e.g. “Business office”.');
  const fees = draftFees(draft, saved.currency, locale);
  if (fees.cardFeeFlatCents === null) errors.cardFeeFlatCents = amountError;
  if (fees.bankFeeFlatCents === null) errors.bankFeeFlatCents = amountError;
  if (fees.cardFeeCapCents === undefined) errors.cardFeeCapCents = capError;
  if (fees.bankFeeCapCents === undefined) errors.bankFeeCapCents = capError;
  if (!card.ok || !bank.ok || leadDays === null || office === null || Object.keys(errors).length > 0) return { ok: false, errors };
  const change: UpdateSettingsRequest = {};
  if (draft.gatewayEnabled !== saved.gatewayEnabled) change.gatewayEnabled = draft.gatewayEnabled;
  if (draft.portalEnabled !== saved.portalEnabled) change.portalEnabled = draft.portalEnabled;
  if (card.basisPoints !== saved.cardFeeBasisPoints) change.cardFeeBasisPoints = card.basisPoints;
  if (bank.basisPoints !== saved.bankFeeBasisPoints) change.bankFeeBasisPoints = bank.basisPoints;
  if (draft.allocationPolicy !== saved.allocationPolicy) change.allocationPolicy = draft.allocationPolicy;
  if (leadDays !== saved.pullNoticeLeadDays) change.pullNoticeLeadDays = leadDays;
  // The API takes the office whole: all four parts, blanks as null.
  if (!sameOffice(office, saved.billingOffice)) change.billingOffice = office;
  if (draft.cardSurchargesProhibited !== saved.cardSurchargesProhibited) change.cardSurchargesProhibited = draft.cardSurchargesProhibited;
  if (draft.cardFeeFundings.join() !== saved.cardFeeFundings.join()) change.cardFeeFundings = draft.cardFeeFundings;
  if (fees.cardFeeFlatCents !== null && fees.cardFeeFlatCents !== saved.cardFeeFlatCents) change.cardFeeFlatCents = fees.cardFeeFlatCents;
  if (fees.cardFeeCapCents !== undefined && fees.cardFeeCapCents !== saved.cardFeeCapCents) change.cardFeeCapCents = fees.cardFeeCapCents;
  if (fees.bankFeeFlatCents !== null && fees.bankFeeFlatCents !== saved.bankFeeFlatCents) change.bankFeeFlatCents = fees.bankFeeFlatCents;
  if (fees.bankFeeCapCents !== undefined && fees.bankFeeCapCents !== saved.bankFeeCapCents) change.bankFeeCapCents = fees.bankFeeCapCents;
  if (draft.feeOnRefund !== saved.feeOnRefund) change.feeOnRefund = draft.feeOnRefund;
  return { ok: true, change };
}

/** What a saved change set, e.g. "card fee 2.75% (275 basis points), the billing office’s contact". */
export function describeSettingsChange(change: UpdateSettingsRequest, settings: CommunitySettings, locale?: string, t: Translate = english): string {
  const parts: string[] = [];
  const fee = (basisPoints: number) => ({ percent: basisPointsAsPercentNumber(basisPoints, locale) });
  if (change.gatewayEnabled !== undefined) parts.push(settings.gatewayEnabled ? t('ALIS Pay on') : t('ALIS Pay off'));
  if (change.portalEnabled !== undefined) parts.push(settings.portalEnabled ? t('ALIS Connect on') : t('ALIS Connect off'));
  // One basis point is 0.01%: the smallest fee there is, so it is said in the singular.
  if (change.cardFeeBasisPoints !== undefined) {
    parts.push(t.plural(settings.cardFeeBasisPoints, { one: 'card fee {percent}% ({count} basis point)', other: 'card fee {percent}% ({count} basis points)' }, fee(settings.cardFeeBasisPoints)));
  }
  if (change.bankFeeBasisPoints !== undefined) {
    parts.push(t.plural(settings.bankFeeBasisPoints, { one: 'bank fee {percent}% ({count} basis point)', other: 'bank fee {percent}% ({count} basis points)' }, fee(settings.bankFeeBasisPoints)));
  }
  if (change.allocationPolicy !== undefined) {
    const policy = ALLOCATION_POLICIES.find((p) => p.value === settings.allocationPolicy)?.label(t) ?? settings.allocationPolicy;
    parts.push(t('allocation “{policy}”', { policy }));
  }
  if (change.billingOffice !== undefined) parts.push(t('the billing office’s contact'));
  if (change.pullNoticeLeadDays !== undefined) {
    parts.push(t.plural(settings.pullNoticeLeadDays, { one: 'advance notice {count} day before each pull', other: 'advance notice {count} days before each pull' }));
  }
  if (change.cardSurchargesProhibited !== undefined) parts.push(settings.cardSurchargesProhibited ? t('card surcharges not allowed') : t('card surcharges allowed'));
  if (change.cardFeeFundings !== undefined || change.cardFeeFlatCents !== undefined || change.cardFeeCapCents !== undefined) parts.push(t('who pays the card fee and how much'));
  if (change.bankFeeFlatCents !== undefined || change.bankFeeCapCents !== undefined) parts.push(t('the bank account fee’s flat part and cap'));
  if (change.feeOnRefund !== undefined) parts.push(settings.feeOnRefund === 'kept' ? t('refunds keep the fee') : t('refunds give the fee back'));
  return parts.join(', ');
}
